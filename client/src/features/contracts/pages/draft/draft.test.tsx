import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { pageLink } from '@renshe/shared/platform/pages'
import { answer, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { expectNoAxeViolations } from '../../test-a11y'
import { awaitingWorker, draftContract, employer, signatoryIdNumber, signedContract, workerIdNumber } from '../../test-fixtures'
import DraftContractPage from './index'

const request = vi.mocked(Taro.request)

const box = (name: string | RegExp) => screen.getByRole('textbox', { name })
const type = (name: string | RegExp, value: string) => fireEvent.change(box(name), { target: { value } })
const typeNumber = (name: string | RegExp, value: string) => fireEvent.change(screen.getByRole('spinbutton', { name }), { target: { value } })
const button = (name: string | RegExp) => screen.getByRole('button', { name })

function openPage(params: Record<string, string> = {}) {
  sessionStore.set({ token: 'token-firm', me: employer })
  vi.mocked(useRouter).mockReturnValue({ params } as unknown as ReturnType<typeof useRouter>)
  render(<DraftContractPage />)
}

/** A three-year fixed-term contract for her as a carpenter in Lucheng, 5,200 yuan a month. */
function fillIn() {
  fireEvent.click(screen.getByRole('radio', { name: '固定期限劳动合同' }))
  type('劳动者姓名', '张小红')
  type('劳动者身份证号码', workerIdNumber)
  fireEvent.click(within(screen.getByRole('group', { name: /工作地所在区（县）/ })).getByRole('button', { name: '鹿城区' }))
  type('工作岗位', '木工')
  type('工作地点', '温州市鹿城区滨江街道某工地')
  type('合同开始日期', '2026-12-01')
  type('合同终止日期', '2029-11-30')
  typeNumber('试用期（月）', '2')
  type('月工资（元）', '5,200')
  typeNumber('每月发工资的日子（几号）', '15')
}

test('the employer chooses a template described in plain words, fills in the terms, reads the whole text and saves; the amount goes in fen', async () => {
  openPage()
  expect(screen.getByRole('heading', { name: '起草劳动合同', level: 1 })).toBeTruthy()
  expect(screen.getAllByRole('radio', { name: /合同|协议/ }).length).toBeGreaterThanOrEqual(5)
  expect(screen.getByText('按小时计酬，平均每天不超过 4 小时、每周不超过 24 小时，工资最长 15 天结算一次。不能约定试用期。')).toBeTruthy()
  fillIn()
  // The limit of art. 19 for a term of one to three years.
  expect(screen.getByText('按这份合同的期限，试用期最长 2 个月；不约定填 0。')).toBeTruthy()

  fireEvent.click(button('预览合同全文'))
  const preview = within(screen.getByRole('heading', { name: '合同全文预览' }).parentElement as HTMLElement)
  expect(preview.getByText('一、双方')).toBeTruthy()
  // The number as she typed it: the signed PDF states it whole (劳动合同法 art. 17).
  expect(preview.getByText(`乙方（劳动者）：张小红，公民身份号码 ${workerIdNumber}。`, { exact: false })).toBeTruthy()
  expect(preview.getByText(/甲方（用人单位）：（本单位名称，保存后填入）/)).toBeTruthy()
  expect(preview.getByText(/乙方工资为 5200 元每月/)).toBeTruthy()
  expect(preview.getByText(/试用期 2 个月/)).toBeTruthy()

  request.mockResolvedValueOnce(answer(201, draftContract))
  fireEvent.click(button('保存草稿'))
  expect(await screen.findByText('草稿已保存，合同编号 HT3303022026000001。请核对全文，然后由单位授权代表核验身份并签署。')).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({
    url: '/api/contracts',
    method: 'POST',
    data: {
      kind: 'fixed_term',
      worker: { name: '张小红', idNumber: workerIdNumber },
      regionCode: '330302',
      terms: { position: '木工', startsOn: '2026-12-01', endsOn: '2029-11-30', task: '', probationMonths: 2, wageBasis: 'monthly', wageFen: 520_000, payDay: 15, hoursSystem: 'standard', socialInsurance: true },
    },
  })
  expect(sent(request, 0).header['Idempotency-Key']).toBeTruthy()
  // Once saved, the preview is the server's own text, the employer's registered name in it.
  expect(screen.getByText(/甲方（用人单位）：温州市鹿城建工有限公司/)).toBeTruthy()
  await expectNoAxeViolations()
})

test('once saved, its authorised person passes the (development) identity check and signs; the contract page opens', async () => {
  openPage()
  fillIn()
  request.mockResolvedValueOnce(answer(201, draftContract))
  fireEvent.click(button('保存草稿'))
  await screen.findByRole('heading', { name: '单位签署' })

  // Nobody named, nobody checked.
  fireEvent.click(button('核验身份并签署'))
  expect(await screen.findByText('签署人姓名：请输入姓名')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)

  type('签署人姓名', '王建国')
  type('签署人身份证号码', signatoryIdNumber)
  request.mockResolvedValueOnce(answer(200, { attemptId: 'sig-1', verifyId: 'dev-face:sig-1', provider: 'development' }))
  fireEvent.click(button('核验身份并签署'))
  expect(await screen.findByRole('heading', { name: '开发用人脸核验（非真实核验）' })).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/contracts/ct-1/signing', method: 'POST', data: { signatory: { name: '王建国', idNumber: signatoryIdNumber } } })
  expect(typeof (sent(request, 1).data as { device: unknown }).device).toBe('string')
  expect(document.body.textContent).not.toContain('dev-face:sig-1')

  request.mockResolvedValueOnce(answer(200, { ...awaitingWorker, myRole: 'employer', allowedActions: ['withdraw'] }))
  fireEvent.click(button('模拟本人通过'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: pageLink('contract', { id: 'ct-1', signed: '1' }) }))
  expect(sent(request, 2)).toMatchObject({ url: '/api/contracts/ct-1/signatures', method: 'POST', data: { attemptId: 'sig-1', verifyId: 'dev-face:sig-1', simulated: 'pass' } })
  expect(sent(request, 2).header['Idempotency-Key']).toBeTruthy()
})

test('the law’s limits are said at their fields before anything is sent: probation, an end day, a task, part-time by the hour, the minimum wage', async () => {
  openPage()
  fillIn()
  typeNumber('试用期（月）', '3')
  type('月工资（元）', '2000')
  fireEvent.click(button('保存草稿'))
  expect(await screen.findByRole('alert', { name: '请修改以下问题' })).toBeTruthy()
  expect(screen.getAllByText(/^试用期超过法定上限/).length).toBeGreaterThan(0)
  expect(screen.getAllByText('月工资不得低于当地最低工资标准').length).toBeGreaterThan(0)
  expect(screen.getByRole('spinbutton', { name: '试用期（月）' }).getAttribute('aria-invalid')).toBe('true')

  type('合同终止日期', '')
  fireEvent.click(button('保存草稿'))
  expect(await screen.findAllByText('固定期限劳动合同请填写终止日期')).not.toHaveLength(0)

  fireEvent.click(screen.getByRole('radio', { name: '以完成一定工作任务为期限的劳动合同' }))
  expect(screen.queryByRole('textbox', { name: '合同终止日期' })).toBeNull()
  expect(screen.getByText('这类合同不能约定试用期。')).toBeTruthy()
  fireEvent.click(button('保存草稿'))
  expect(await screen.findAllByText('请写明以完成哪项工作任务为期限')).not.toHaveLength(0)

  fireEvent.click(screen.getByRole('radio', { name: '非全日制用工协议' }))
  // Chosen for her: by the hour. Set back to the month, it is refused.
  expect(screen.getByRole('radio', { name: '按小时' }).getAttribute('aria-checked')).toBe('true')
  fireEvent.click(screen.getByRole('radio', { name: '按月' }))
  fireEvent.click(button('保存草稿'))
  expect(await screen.findAllByText('非全日制用工以小时计酬')).not.toHaveLength(0)
  expect(request).not.toHaveBeenCalled()
  // What was typed is all there.
  expect((box('劳动者姓名') as HTMLInputElement).value).toBe('张小红')
})

test('the server’s field refusals are said at their fields in her language, and a lost answer is sent again as the same draft', async () => {
  openPage()
  fillIn()
  request.mockResolvedValueOnce(
    answer(
      400,
      problem('validation_failed', 400, {
        errors: [
          { path: 'body.worker.idNumber', key: 'idNumber.checkDigit', message: 'x' },
          { path: 'body.terms.wageFen', key: 'contracts.belowMinimum', message: 'x' },
        ],
      }),
    ),
  )
  fireEvent.click(button('保存草稿'))
  expect(await screen.findAllByText('身份证号码校验位不正确，请核对后重新输入')).not.toHaveLength(0)
  expect(screen.getAllByText('月工资不得低于当地最低工资标准').length).toBeGreaterThan(0)
  expect(box('劳动者身份证号码').getAttribute('aria-invalid')).toBe('true')
  expect((box('月工资（元）') as HTMLInputElement).value).toBe('5,200')

  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(button('保存草稿'))
  expect(await screen.findByText('您填写的内容都还在，修改后可以再次保存。')).toBeTruthy()
  const firstKey = sent(request, 1).header['Idempotency-Key']
  request.mockResolvedValueOnce(answer(201, draftContract))
  fireEvent.click(button('重试'))
  expect(await screen.findByText(/^草稿已保存/)).toBeTruthy()
  expect(sent(request, 2).header['Idempotency-Key']).toBe(firstKey)
})

test('a saved draft opens filled in, asks her ID number again, and is changed in place, in English and care mode with the translation beside the text', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  request.mockResolvedValueOnce(answer(200, { ...draftContract, translation: null }))
  openPage({ id: 'ct-1' })
  expect(await screen.findByRole('heading', { name: 'Change a draft contract', level: 1 })).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect((box('Worker’s full name') as HTMLInputElement).value).toBe('张小红')
  expect((box('Monthly wage (yuan)') as HTMLInputElement).value).toBe('5200')
  expect(screen.getByRole('radio', { name: 'Fixed-term labour contract' }).getAttribute('aria-checked')).toBe('true')
  expect(screen.getByText(/To protect the worker’s personal data the ID number is not shown again/)).toBeTruthy()

  fireEvent.click(screen.getByRole('button', { name: 'Save the draft' }))
  expect(await screen.findAllByText('Enter your ID card number')).not.toHaveLength(0)
  type('Worker’s ID card number', workerIdNumber)
  typeNumber('Probation (months)', '3')
  fireEvent.click(screen.getByRole('button', { name: 'Save the draft' }))
  expect(await screen.findAllByText(/^Probation is longer than the law allows/)).not.toHaveLength(0)
  expect(screen.getByText('For this term, probation may last at most 2 month(s); enter 0 for none.')).toBeTruthy()
  typeNumber('Probation (months)', '1')
  fireEvent.click(screen.getByRole('button', { name: 'Read the whole text' }))
  expect(screen.getByText('Translation for reading; the Chinese text is what is signed.')).toBeTruthy()
  expect(screen.getByText(/Probation lasts 1 month\(s\)/)).toBeTruthy()
  expect(screen.getByText(/试用期 1 个月/)).toBeTruthy()

  request.mockResolvedValueOnce(answer(200, { ...draftContract, terms: { ...draftContract.terms, probationMonths: 1 } }))
  fireEvent.click(screen.getByRole('button', { name: 'Save the draft' }))
  expect(await screen.findByText(/^Draft saved, contract number HT3303022026000001/)).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/contracts/ct-1', method: 'PUT', data: { worker: { idNumber: workerIdNumber }, terms: { probationMonths: 1 } } })
  await expectNoAxeViolations()
})

test('a contract its employer has signed is no longer a draft to change', async () => {
  request.mockResolvedValueOnce(answer(200, { ...awaitingWorker, myRole: 'employer', allowedActions: ['withdraw'] }))
  openPage({ id: 'ct-1' })
  expect(await screen.findByText('这份合同已经不能修改。')).toBeTruthy()
  fireEvent.click(screen.getByRole('link', { name: '查看这份合同' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pageLink('contract', { id: 'ct-1' }) })
})

test('part-time work below the county’s hourly minimum is refused at the wage before anything is sent', async () => {
  openPage()
  fillIn()
  fireEvent.click(screen.getByRole('radio', { name: '非全日制用工协议' }))
  // Lucheng's hourly minimum for part-time work is 22 yuan.
  type('小时工资（元）', '21.50')
  fireEvent.click(button('保存草稿'))
  expect(await screen.findAllByText('小时工资不得低于当地非全日制用工小时最低工资标准')).not.toHaveLength(0)
  expect(request).not.toHaveBeenCalled()
})

test('a renewal is drafted from the ended fixed term, carried over with the next dates and no probation; after two fixed terms in a row the page says she may require an open-ended one, and chooses it', async () => {
  const ended = {
    ...signedContract,
    myRole: 'employer' as const,
    status: 'ended' as const,
    allowedActions: ['download', 'download_certificate', 'renew'] as const,
    renewal: { consecutiveFixedTerms: 2, mayRequireOpenEnded: true },
  }
  request.mockResolvedValueOnce(answer(200, { ...ended, allowedActions: [...ended.allowedActions] }))
  openPage({ renew: 'ct-1' })
  expect(await screen.findByText(/连续订立 2 次固定期限劳动合同/)).toBeTruthy()
  expect(screen.getByRole('radio', { name: '无固定期限劳动合同' }).getAttribute('aria-checked')).toBe('true')
  expect((box('劳动者姓名') as HTMLInputElement).value).toBe('张小红')
  expect((box('工作岗位') as HTMLInputElement).value).toBe(signedContract.terms.position)
  expect((box('合同开始日期') as HTMLInputElement).value).toBe('2029-12-01')
  expect((box('劳动者身份证号码') as HTMLInputElement).value).toBe('')
  await expectNoAxeViolations()
})

test('a fixed term renewed for the first time stays a fixed term of the same length', async () => {
  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, { ...signedContract, myRole: 'employer', allowedActions: ['download', 'end', 'renew'], renewal: { consecutiveFixedTerms: 1, mayRequireOpenEnded: false } }))
  openPage({ renew: 'ct-1' })
  expect(await screen.findByText(/^Renewing contract HT3303022026000001/)).toBeTruthy()
  expect(screen.getByRole('radio', { name: 'Fixed-term labour contract' }).getAttribute('aria-checked')).toBe('true')
  expect((box('Start day') as HTMLInputElement).value).toBe('2029-12-01')
  expect((box('End day') as HTMLInputElement).value).toBe('2032-11-30')
})
