import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { pageLink } from '@renshe/shared/platform/pages'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { upload } from '../../../../lib/upload/upload'
import { appliedInjury } from '../../injury-test-fixtures'
import ApplyInjuryForFamilyPage from './index'

vi.mock('../../../../lib/upload/upload', () => ({ upload: vi.fn() }))
const request = vi.mocked(Taro.request)
const sendFile = vi.mocked(upload)

const box = (name: string | RegExp) => screen.getByRole('textbox', { name })
const type = (name: string | RegExp, value: string) => fireEvent.change(box(name), { target: { value } })
const input = (name: string | RegExp, value: string) => fireEvent.input(box(name), { detail: { value }, target: { value } })
const button = (name: string | RegExp) => screen.getByRole('button', { name })
const choose = (group: string | RegExp, name: string) => fireEvent.click(within(screen.getByRole('group', { name: group })).getByRole('button', { name }))
const pdf = (name: string) => new File(['%PDF'], name, { type: 'application/pdf' })

function uploadsAs(id: string) {
  sendFile.mockImplementationOnce(async (_operation, options) => ({
    ok: true,
    value: { id, name: options.fileName ?? 'file', mime: 'application/pdf', size: 4, uploadedAt: '2026-12-14T01:50:00.000Z', side: 'applicant' },
  }))
}

async function fillIn(chooser: string) {
  input('职工姓名', '赵强')
  input('职工身份证号码', '511321198803124572')
  choose('您是职工的', '配偶')
  type('用人单位名称', '温州瓯江建设有限公司')
  type('统一社会信用代码', '91330302MA2H7K3LXT')
  choose(/用人单位在哪个区（县）参加工伤保险/, '鹿城区')
  input('事故发生日期', '2026-10-10')
  choose('是哪一种', '事故伤害')
  type('发生了什么', '在瓯江府二期工地绑扎钢筋时从脚手架上摔下，右腿骨折。')
  type('受伤情况', '右胫骨骨折')
  const [proof, diagnosis] = screen.getAllByLabelText(chooser)
  uploadsAs('file-proof')
  fireEvent.change(proof as HTMLElement, { target: { files: [pdf('结婚证.pdf')] } })
  expect(await screen.findByText('结婚证.pdf')).toBeTruthy()
  uploadsAs('file-diagnosis')
  fireEvent.change(diagnosis as HTMLElement, { target: { files: [pdf('诊断证明.pdf')] } })
  expect(await screen.findByText('诊断证明.pdf')).toBeTruthy()
  await waitFor(() => expect(screen.getAllByText('已上传')).toHaveLength(2))
}

test('张伟 applies for her husband: the worker, her relationship, the accident, the proof and the diagnosis; the union is told where it applies; the case opens', async () => {
  sessionStore.set({ token: 'token', me: citizen })
  render(<ApplyInjuryForFamilyPage />)
  expect(screen.getByRole('heading', { name: '为家人申请工伤认定', level: 1 })).toBeTruthy()
  expect(screen.getByText('工会组织为职工申请的，请到用人单位参保地的人力社保部门窗口办理。')).toBeTruthy()
  expect(request).not.toHaveBeenCalled()
  await fillIn('选择照片或 PDF 文件')
  request.mockResolvedValueOnce(answer(201, { ...appliedInjury, applicantKind: 'relative', applicantRelation: 'spouse' }))
  fireEvent.click(button('提交工伤认定申请'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: pageLink('injury', { id: 'inj-1', submitted: '1' }) }))
  expect(sent(request, 0)).toMatchObject({ url: '/api/disputes/injuries/by-relative', method: 'POST' })
  expect(sent(request, 0).data).toEqual({
    worker: { name: '赵强', idNumber: '511321198803124572' },
    relation: 'spouse',
    employer: { name: '温州瓯江建设有限公司', creditCode: '91330302MA2H7K3LXT' },
    regionCode: '330302',
    accidentOn: '2026-10-10',
    kind: 'accident',
    account: '在瓯江府二期工地绑扎钢筋时从脚手架上摔下，右腿骨折。',
    injuries: '右胫骨骨折',
    relationProofIds: ['file-proof'],
    diagnosisIds: ['file-diagnosis'],
  })
  expect(sent(request, 0).header['Idempotency-Key']).toBeTruthy()
})

test('nothing typed: every field is asked for, the proof and the diagnosis by name; care mode enlarges the page; nothing is sent', async () => {
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token', me: citizen })
  render(<ApplyInjuryForFamilyPage />)
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  fireEvent.click(button('提交工伤认定申请'))
  const summary = await screen.findByRole('alert', { name: '请修改以下问题' })
  const links = within(summary).getAllByRole('link')
  expect(links).toHaveLength(12)
  expect(within(summary).getByRole('link', { name: '您是职工的：请选择一项' })).toBeTruthy()
  expect(within(summary).getByRole('link', { name: /^关系证明：请上传与职工关系的证明/ })).toBeTruthy()
  expect(within(summary).getByRole('link', { name: /^诊断证明：请上传医疗诊断证明/ })).toBeTruthy()
  expect(request).not.toHaveBeenCalled()
})

test('her own ID number is refused at the field, and while the employer’s days run she is told its day; what she typed stays', async () => {
  sessionStore.set({ token: 'token', me: citizen })
  render(<ApplyInjuryForFamilyPage />)
  await fillIn('选择照片或 PDF 文件')
  request.mockResolvedValueOnce(
    answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.worker.idNumber', key: 'disputes.relativeIsWorker', message: '您填写的是本人的身份证号。为自己申请请先报告事故，再从报告申请工伤认定' }] })),
  )
  fireEvent.click(button('提交工伤认定申请'))
  await waitFor(() => expect(box('职工身份证号码').getAttribute('aria-invalid')).toBe('true'))
  expect(screen.getAllByText(/您填写的是本人的身份证号/).length).toBeGreaterThan(0)

  request.mockResolvedValueOnce(
    answer(400, problem('validation_failed', 400, { detail: '用人单位可在 2026-12-21 前申请；此后您可以自行申请', errors: [{ path: 'body.accidentOn', key: 'disputes.injuryEmployerFirst', message: 'first' }] })),
  )
  fireEvent.click(button('提交工伤认定申请'))
  const title = await screen.findByRole('heading', { name: '现在还不能由您申请' })
  const banner = within(title.closest('[role="alert"]') as HTMLElement)
  expect(banner.getByText('用人单位可在 2026-12-21 前申请；此后您可以自行申请')).toBeTruthy()
  expect(banner.getByText('您填写的内容都保留着。')).toBeTruthy()
  expect((box('职工姓名') as HTMLInputElement).value).toBe('赵强')
})

test('in English: the page, the union’s way and the relationships read in English', () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token', me: citizen })
  render(<ApplyInjuryForFamilyPage />)
  expect(screen.getByRole('heading', { name: 'Apply for a family member', level: 1 })).toBeTruthy()
  expect(screen.getByText('A trade union applying for a worker does so at the counter of the social-insurance office where the employer is insured.')).toBeTruthy()
  const relations = within(screen.getByRole('group', { name: 'You are the worker’s' })).getAllByRole('button')
  expect(relations.map((relation) => relation.textContent)).toEqual(['Spouse', 'Parent', 'Child', 'Brother or sister', 'Grandparent', 'Grandchild'])
  expect(button('Send the application')).toBeTruthy()
})

test('grid staff acting for someone are told this is not done by proxy: no form', () => {
  sessionStore.set({ token: 'token', me: citizen })
  actingForStore.set({ grantId: 'g-1', maskedName: '王*英', subjectUserId: 'u-elder', scopes: ['disputes.file'] } as never)
  render(<ApplyInjuryForFamilyPage />)
  expect(screen.getByText('此页面的事项不能代办。请停止代办后，以您自己的身份办理。')).toBeTruthy()
  expect(screen.queryByRole('textbox', { name: '职工姓名' })).toBeNull()
})
