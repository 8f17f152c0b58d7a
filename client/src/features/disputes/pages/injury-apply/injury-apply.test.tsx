import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { AccidentReport } from '@renshe/shared/disputes/injury-cases'
import type { Me } from '@renshe/shared/identity/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { upload } from '../../../../lib/upload/upload'
import { appliedInjury, openReport, waitingReport } from '../../injury-test-fixtures'
import ApplyInjuryPage from './index'

vi.mock('../../../../lib/upload/upload', () => ({ upload: vi.fn() }))
const request = vi.mocked(Taro.request)
const sendFile = vi.mocked(upload)
const employer: Me = { ...citizen, id: 'u-firm', roles: ['employer'], realName: { bound: false } }

const box = (name: string | RegExp) => screen.getByRole('textbox', { name })
const type = (name: string | RegExp, value: string) => fireEvent.change(box(name), { target: { value } })
const input = (name: string | RegExp, value: string) => fireEvent.input(box(name), { detail: { value }, target: { value } })
const button = (name: string | RegExp) => screen.getByRole('button', { name })
const chooseFiles = (label: string, ...files: File[]) => fireEvent.change(screen.getByLabelText(label), { target: { files } })
const diagnosis = () => new File(['\xff\xd8\xff'], '诊断证明.jpg', { type: 'image/jpeg' })

function uploadsAs(id: string) {
  sendFile.mockImplementationOnce(async (_operation, options) => {
    options.onProgress?.(50)
    return { ok: true, value: { id, name: options.fileName ?? 'file', mime: 'image/jpeg', size: 3, uploadedAt: '2026-12-14T01:50:00.000Z', side: 'applicant' } }
  })
}

async function openFromReport(report: AccidentReport, me: Me = citizen) {
  sessionStore.set({ token: 'token', me })
  vi.mocked(useRouter).mockReturnValue({ params: { reportId: report.id } } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, { reports: [report], cases: [] }))
  render(<ApplyInjuryPage />)
  await screen.findByRole('heading', { name: /报告的事故|The accident reported/ })
  expect(sent(request, 0)).toMatchObject({ url: '/api/disputes/injuries', method: 'GET' })
}

async function fillIn() {
  type('受伤情况', '右胫骨骨折')
  uploadsAs('file-9')
  chooseFiles('选择照片或 PDF 文件', diagnosis())
  expect(await screen.findByText('已上传')).toBeTruthy()
}

test('she applies from her report once it is hers: the report read-only, her injuries and the diagnosis uploaded first; the case opens', async () => {
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:local/diagnosis')
  await openFromReport(openReport)
  expect(screen.getByRole('heading', { name: '申请工伤认定', level: 1 })).toBeTruthy()
  const report = within(screen.getByRole('heading', { name: '报告的事故' }).parentElement as HTMLElement)
  expect(report.getByText('温州市鹿城建工有限公司 · 91350100M000100Y43')).toBeTruthy()
  expect(report.getByText('2026年11月10日 · 事故伤害')).toBeTruthy()
  expect(report.getByText(/^2026 年 11 月 10 日上午在工地三楼搭脚手架时摔下/)).toBeTruthy()
  expect(screen.queryByRole('textbox', { name: '事故发生日期' })).toBeNull()
  expect(screen.getByText('受理后 60 日内作出认定决定；事实清楚、权利义务明确的，15 日内作出。')).toBeTruthy()
  await fillIn()
  expect(sendFile.mock.calls[0]?.[0]).toMatchObject({ id: 'disputes.uploadFile', upload: { field: 'file' } })
  expect(sendFile.mock.calls[0]?.[1]).toMatchObject({ filePath: 'blob:local/diagnosis', fileName: '诊断证明.jpg' })

  request.mockResolvedValueOnce(answer(201, appliedInjury))
  fireEvent.click(button('提交工伤认定申请'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: pageLink('injury', { id: 'inj-1', submitted: '1' }) }))
  expect(sent(request, 1)).toMatchObject({ url: '/api/disputes/injuries', method: 'POST', data: { accidentId: 'acc-1', injuries: '右胫骨骨折', evidenceIds: ['file-9'] } })
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
})

test('her injuries are needed, and a file still uploading holds the form; nothing is sent', async () => {
  await openFromReport(openReport)
  sendFile.mockImplementationOnce(() => new Promise(() => undefined))
  chooseFiles('选择照片或 PDF 文件', diagnosis())
  expect(await screen.findByText('正在上传 0%')).toBeTruthy()
  fireEvent.click(button('提交工伤认定申请'))
  const summary = await screen.findByRole('alert', { name: '请修改以下问题' })
  expect(within(summary).getByRole('link', { name: '受伤情况：请填写此项' })).toBeTruthy()
  expect(within(summary).getByRole('link', { name: '证明材料：请等文件上传完成后再提交' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
})

test('a file too large is refused on the phone and not uploaded', async () => {
  await openFromReport(openReport)
  const big = new File(['x'], '病历.jpg', { type: 'image/jpeg' })
  Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 })
  chooseFiles('选择照片或 PDF 文件', big)
  expect(await screen.findByText('每个文件不能超过 10 MB')).toBeTruthy()
  expect(sendFile).not.toHaveBeenCalled()
  expect(screen.queryByRole('button', { name: '重新上传 病历.jpg' })).toBeNull()
  fireEvent.click(button('移除 病历.jpg'))
  expect(screen.queryByText('病历.jpg')).toBeNull()
})

test('refused while the employer’s 30 days run: said in words with both days, and what she typed stays', async () => {
  await openFromReport(openReport)
  await fillIn()
  request.mockResolvedValueOnce(
    answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.accidentId', key: 'disputes.injuryEmployerFirst', message: 'The employer may apply first' }] })),
  )
  fireEvent.click(button('提交工伤认定申请'))
  const title = await screen.findByRole('heading', { name: '现在还不能由您申请' })
  const banner = within(title.closest('[role="alert"]') as HTMLElement)
  expect(banner.getByText('用人单位应在 2026年12月10日 前申请工伤认定。单位到期没有申请的，2026年12月10日 以后您可以自己申请，截止 2027年11月10日。到时我们会在消息里提醒您。')).toBeTruthy()
  expect(banner.getByText('您填写的内容都保留着。')).toBeTruthy()
  expect((box('受伤情况') as HTMLTextAreaElement).value).toBe('右胫骨骨折')
  expect(screen.getByText('诊断证明.jpg')).toBeTruthy()
})

test('the time run out is said with its day and what she can still do, in English', async () => {
  localeStore.set('en')
  await openFromReport(openReport)
  type('The injuries', 'Fractured right tibia')
  request.mockResolvedValueOnce(
    answer(400, problem('validation_failed', 400, { detail: 'The time to apply ended on 2027-11-10', errors: [{ path: 'body.accidentId', key: 'disputes.injuryWindowClosed', message: 'closed' }] })),
  )
  fireEvent.click(button('Send the application'))
  const title = await screen.findByRole('heading', { name: 'The time to apply has run out' })
  const banner = within(title.closest('[role="alert"]') as HTMLElement)
  expect(banner.getByText('The time to apply for recognition yourself ended on 10 Nov 2027.')).toBeTruthy()
  expect(banner.getByText(/^Time lost to something beyond your control/)).toBeTruthy()
})

test('a report already applied for leads to the existing case', async () => {
  await openFromReport(openReport)
  type('受伤情况', '右胫骨骨折')
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { detail: 'inj-7' })))
  fireEvent.click(button('提交工伤认定申请'))
  expect(await screen.findByRole('heading', { name: '这次事故已经申请了工伤认定' })).toBeTruthy()
  fireEvent.click(screen.getByRole('link', { name: '查看认定案件' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pageLink('injury', { id: 'inj-7' }) })
})

test('a document the server no longer knows is said at the files; no answer keeps the form and retries with the same key', async () => {
  await openFromReport(openReport)
  await fillIn()
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.evidenceIds', key: 'evidence.unknown', message: 'unknown' }] })))
  fireEvent.click(button('提交工伤认定申请'))
  const summary = await screen.findByRole('alert', { name: '请修改以下问题' })
  expect(within(summary).getByRole('link', { name: '证明材料：有证据文件找不到了，请重新上传' })).toBeTruthy()

  type('受伤情况', '右胫骨骨折，右踝扭伤')
  request.mockRejectedValueOnce(noAnswer()).mockResolvedValueOnce(answer(201, appliedInjury))
  fireEvent.click(button('提交工伤认定申请'))
  expect(await screen.findByRole('heading', { name: '网络连接失败' })).toBeTruthy()
  fireEvent.click(button('重试'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  expect(sent(request, 3).header['Idempotency-Key']).toBe(sent(request, 2).header['Idempotency-Key'])
  expect(sent(request, 2).header['Idempotency-Key']).not.toBe(sent(request, 1).header['Idempotency-Key'])
})

test('while the employer’s days run the page says so instead of a form', async () => {
  await openFromReport(waitingReport)
  expect(screen.getByText('单位应在 2026年12月10日 前申请工伤认定；逾期未申请的，您可以在 2027年11月10日 前自己申请。')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '提交工伤认定申请' })).toBeNull()
})

test('a report not in her list is not hers to apply from', async () => {
  sessionStore.set({ token: 'token', me: citizen })
  vi.mocked(useRouter).mockReturnValue({ params: { reportId: 'acc-99' } } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, { reports: [openReport], cases: [] }))
  render(<ApplyInjuryPage />)
  expect(await screen.findByRole('heading', { name: /^没有找到这份事故报告/ })).toBeTruthy()
  expect(screen.queryByRole('textbox', { name: '受伤情况' })).toBeNull()
})

test('the employer applies from a report naming it: the worker masked, its own window', async () => {
  const employerReport = { ...openReport, window: { state: 'open' as const, by: '2026-12-10', employerBy: '2026-12-10' } }
  await openFromReport(employerReport, employer)
  expect(screen.getByText('本单位为受伤职工申请工伤认定，应在事故发生之日起 30 日内提出。')).toBeTruthy()
  expect(screen.getByText('张*红')).toBeTruthy()
  type('受伤情况', '右胫骨骨折')
  request.mockResolvedValueOnce(answer(201, { ...appliedInjury, applicantKind: 'employer', myRole: 'employer' }))
  fireEvent.click(button('提交工伤认定申请'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  expect(sent(request, 1).data).toEqual({ accidentId: 'acc-1', injuries: '右胫骨骨折', evidenceIds: [] })
})

test('the employer applies for a worker it names when none was reported; care mode enlarges the page', async () => {
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token', me: employer })
  vi.mocked(useRouter).mockReturnValue({ params: {} } as unknown as ReturnType<typeof useRouter>)
  render(<ApplyInjuryPage />)
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(request).not.toHaveBeenCalled()
  fireEvent.click(button('提交工伤认定申请'))
  const summary = await screen.findByRole('alert', { name: '请修改以下问题' })
  expect(within(summary).getAllByRole('link')).toHaveLength(7)
  expect(box('职工身份证号码').getAttribute('aria-invalid')).toBe('true')

  input('职工姓名', '李娜')
  input('职工身份证号码', '330304198807214523')
  fireEvent.click(within(screen.getByRole('group', { name: /本单位在哪个区（县）参加工伤保险/ })).getByRole('button', { name: '瓯海区' }))
  input('事故发生日期', '2026-11-20')
  fireEvent.click(within(screen.getByRole('group', { name: '是哪一种' })).getByRole('button', { name: '事故伤害' }))
  type('发生了什么', '在车间操作冲床时左手被压伤，当即送医。')
  type('受伤情况', '左手中指末节离断')
  request.mockResolvedValueOnce(answer(201, { ...appliedInjury, applicantKind: 'employer', myRole: 'employer' }))
  fireEvent.click(button('提交工伤认定申请'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  expect(sent(request, 0).data).toEqual({
    worker: { name: '李娜', idNumber: '330304198807214523' },
    regionCode: '330304',
    accidentOn: '2026-11-20',
    kind: 'accident',
    account: '在车间操作冲床时左手被压伤，当即送医。',
    injuries: '左手中指末节离断',
    evidenceIds: [],
  })
})

test('an employer past its 30 days is told the day at the field and what applying late costs it, in English', async () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token', me: employer })
  vi.mocked(useRouter).mockReturnValue({ params: {} } as unknown as ReturnType<typeof useRouter>)
  render(<ApplyInjuryPage />)
  input('Worker’s full name', '李娜')
  input('Worker’s ID card number', '330304198807214523')
  fireEvent.click(within(screen.getByRole('group', { name: /The district or county where your organisation is insured/ })).getAllByRole('button')[0]!)
  input('Day of the accident', '2026-09-01')
  fireEvent.click(within(screen.getByRole('group', { name: 'Which it is' })).getByRole('button', { name: 'Accident at work' }))
  type('What happened', 'Crushed his left hand at the press in the workshop.')
  type('The injuries', 'Left middle finger severed')
  request.mockResolvedValueOnce(
    answer(400, problem('validation_failed', 400, { detail: 'The time to apply ended on 2026-10-08', errors: [{ path: 'body.accidentOn', key: 'disputes.injuryWindowClosed', message: 'closed' }] })),
  )
  fireEvent.click(button('Send the application'))
  const title = await screen.findByRole('heading', { name: 'The time to apply has run out' })
  const banner = within(title.closest('[role="alert"]') as HTMLElement)
  expect(banner.getByText('The time to apply ended on 2026-10-08')).toBeTruthy()
  expect(banner.getByText(/^An employer that applies late bears the work-injury costs/)).toBeTruthy()
  expect(box('Day of the accident').getAttribute('aria-invalid')).toBe('true')
  expect((box('Worker’s full name') as HTMLInputElement).value).toBe('李娜')
})
