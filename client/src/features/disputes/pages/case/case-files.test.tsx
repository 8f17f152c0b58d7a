import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import type { DisputeFile } from '@renshe/shared/disputes/files'
import type { Me } from '@renshe/shared/identity/schemas'
import type { EvidenceFile } from '@renshe/shared/wages/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { upload } from '../../../../lib/upload/upload'
import { appliedCase } from '../../test-fixtures'
import ArbitrationPage from './index'

vi.mock('../../../../lib/upload/upload', () => ({ upload: vi.fn() }))
const request = vi.mocked(Taro.request)
const sendFile = vi.mocked(upload)
const officer: Me = { ...citizen, id: 'u-liu', roles: ['officer'], realName: { bound: false }, regionCode: '330302', staffCode: null }
const employer: Me = { ...citizen, id: 'u-firm', roles: ['employer'], realName: { bound: false } }

// A real 1×1 PNG, as the server would hand it back.
const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const payslip: DisputeFile = { id: 'df-1', mime: 'image/png', size: 2048, name: '工资条.png', uploadedAt: '2026-12-01T02:00:00.000Z', side: 'applicant' }
const contract: DisputeFile = { id: 'df-2', mime: 'application/pdf', size: 1_258_291, name: '劳动合同.pdf', uploadedAt: '2026-12-01T02:01:00.000Z', side: 'applicant' }
const defence: DisputeFile = { id: 'df-3', mime: 'application/pdf', size: 4096, name: '答辩书.pdf', uploadedAt: '2026-12-15T02:00:00.000Z', side: 'respondent' }
/** The photo she sent with her wage complaint, kept by the wage module. */
const complaintPhoto: EvidenceFile = { id: 'ev-1', mime: 'image/jpeg', size: 3072, name: '考勤表.jpg', uploadedAt: '2026-10-20T02:00:00.000Z' }
const notice: DisputeFile = { id: 'df-4', mime: 'application/pdf', size: 4096, name: '开庭通知书.pdf', uploadedAt: '2026-12-16T02:00:00.000Z', side: 'office' }

/** Her case from her wage complaint, the defence served on her on 17 December, the hearing set. */
const servedCase: ArbitrationCase = {
  ...appliedCase,
  status: 'hearing_scheduled',
  next: { step: 'award', by: '2027-01-18', done: false, overdue: false },
  deadlines: [
    { step: 'accept', by: '2026-12-08', done: true, overdue: false },
    { step: 'serve', by: '2026-12-11', done: true, overdue: false },
    { step: 'tribunal', by: '2026-12-11', done: true, overdue: false },
    { step: 'defence', by: '2026-12-21', done: true, overdue: false },
    { step: 'serveDefence', by: '2026-12-22', done: true, overdue: false },
    { step: 'award', by: '2027-01-18', done: false, overdue: false },
  ],
  hearing: { on: '2027-01-08', mode: 'online', postponements: 0 },
  timeline: [
    ...appliedCase.timeline,
    { kind: 'defence_submitted', at: '2026-12-15T02:00:00.000Z', by: 'respondent', reason: null, hearing: null },
    { kind: 'defence_served', at: '2026-12-17T02:00:00.000Z', by: 'arbitrator', reason: null, hearing: null },
  ],
  allowedActions: [],
  files: [payslip, contract, defence, notice],
  wageCase: { id: 'case-7', caseNumber: 'WZ3303022026000007', evidence: [complaintPhoto] },
}
// The complaint's evidence is never listed to the employer.
const defenceDue: ArbitrationCase = { ...appliedCase, status: 'tribunal_formed', myRole: 'respondent', allowedActions: ['submitDefence'], files: [payslip], wageCase: { id: 'case-7', caseNumber: 'WZ3303022026000007', evidence: [] } }
const wageCard = () => screen.getByRole('heading', { name: /^(由欠薪投诉转来|From a wage complaint)$/ }).parentElement as HTMLElement
const defenceIn: ArbitrationCase = { ...appliedCase, status: 'tribunal_formed', myRole: 'arbitrator', allowedActions: ['serveDefence', 'scheduleHearing'], files: [payslip, defence] }

const button = (name: string | RegExp) => screen.getByRole('button', { name })
const filesCard = () => screen.getByRole('heading', { name: /^(证据材料|Evidence)$/ }).parentElement as HTMLElement
const choose = (...files: File[]) => fireEvent.change(screen.getByLabelText('选择照片或 PDF 文件'), { target: { files } })

async function openCase(detail: ArbitrationCase, me: Me = citizen, stepsHeading = '每一步的期限') {
  sessionStore.set({ token: 'token', me })
  vi.mocked(useRouter).mockReturnValue({ params: { id: detail.id } } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, detail))
  render(<ArbitrationPage />)
  await screen.findByRole('heading', { name: stepsHeading })
}

test('she sees each file with the side that sent it, opens a photo in the page and a PDF in a tab, and follows the link to her wage complaint', async () => {
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:local/contract')
  await openCase(servedCase)
  const files = within(filesCard())
  expect(files.getByText('用人单位的答辩书和证据材料，在仲裁委把答辩书副本送达您以后显示在这里。')).toBeTruthy()
  expect(files.getAllByRole('listitem').map((item) => item.querySelector('.arb-file__from')?.textContent)).toEqual(['提交方：申请人', '提交方：申请人', '提交方：被申请人', '提交方：仲裁委'])
  expect(files.getByText('照片：工资条.png')).toBeTruthy()
  expect(files.getByText('PDF 文件：答辩书.pdf')).toBeTruthy()

  request.mockResolvedValueOnce(answer(200, { ...payslip, dataUrl: pixel }))
  fireEvent.click(files.getByRole('button', { name: '打开文件 工资条.png' }))
  expect(await files.findByRole('img', { name: '文件照片：工资条.png' })).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/disputes/files/df-1', method: 'GET' })

  request.mockResolvedValueOnce(answer(200, { ...contract, dataUrl: 'data:application/pdf;base64,JVBERi0xLjc=' }))
  fireEvent.click(files.getByRole('button', { name: '打开文件 劳动合同.pdf' }))
  const link = await files.findByRole('link', { name: '在新页面打开 劳动合同.pdf' })
  expect(link.getAttribute('href')).toBe('blob:local/contract')
  expect(link.getAttribute('target')).toBe('_blank')

  // The defence served on her is a step done, said in words, and an event of the timeline.
  const steps = within(screen.getByRole('heading', { name: '每一步的期限' }).parentElement as HTMLElement)
  expect(steps.getByText('把答辩书副本送达申请人')).toBeTruthy()
  expect(screen.getByText('答辩书副本已送达申请人')).toBeTruthy()

  expect(screen.getByText(/由欠薪投诉 WZ3303022026000007 转来/)).toBeTruthy()
  // The photo she sent with the complaint is listed with it, and opened from the wage module.
  const wage = within(wageCard())
  expect(wage.getByText('投诉时提交的证据材料')).toBeTruthy()
  expect(wage.getByText('照片：考勤表.jpg')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, { ...complaintPhoto, dataUrl: pixel }))
  fireEvent.click(wage.getByRole('button', { name: '打开文件 考勤表.jpg' }))
  expect(await wage.findByRole('img', { name: '文件照片：考勤表.jpg' })).toBeTruthy()
  expect(sent(request, 3)).toMatchObject({ url: '/api/wages/evidence/ev-1', method: 'GET' })
  fireEvent.click(screen.getByRole('link', { name: '查看欠薪投诉 WZ3303022026000007' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pageLink('complaint', { id: 'case-7' }) })
  vi.restoreAllMocks()
})

test('a file that cannot be fetched says so, and can be asked for again', async () => {
  await openCase({ ...servedCase, files: [defence] })
  const files = within(filesCard())
  request.mockResolvedValueOnce(answer(404, problem('not_found', 404)))
  fireEvent.click(files.getByRole('button', { name: '打开文件 答辩书.pdf' }))
  expect(await files.findByText('文件没有载入，请稍后重试。')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, { ...defence, dataUrl: 'data:application/pdf;base64,JVBERi0xLjc=' }))
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:local/defence')
  fireEvent.click(files.getByRole('button', { name: '打开文件 答辩书.pdf' }))
  expect(await files.findByRole('link', { name: '在新页面打开 答辩书.pdf' })).toBeTruthy()
  expect(sent(request, 2).url).toBe('/api/disputes/files/df-3')
  vi.restoreAllMocks()
})

test('a case with no file she may see and no wage complaint says so, and links to no complaint', async () => {
  await openCase(appliedCase)
  expect(within(filesCard()).getByText('还没有您能查看的证据材料。')).toBeTruthy()
  expect(screen.queryByRole('heading', { name: '由欠薪投诉转来' })).toBeNull()
  expect(screen.queryByRole('link', { name: /查看欠薪投诉/ })).toBeNull()
})

test('the employer sends its defence with its evidence, uploaded as chosen; it is told the applicant’s files appear once served, and its link is its own page of the complaint', async () => {
  await openCase(defenceDue, employer)
  expect(within(filesCard()).getByText(/^申请人的证据材料，在仲裁委把申请书副本送达贵单位以后显示在这里/)).toBeTruthy()
  expect(within(wageCard()).queryByText('投诉时提交的证据材料')).toBeNull()
  expect(within(wageCard()).queryByRole('button')).toBeNull()
  fireEvent.click(screen.getByRole('link', { name: '查看欠薪投诉 WZ3303022026000007' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pageLink('employerRespond', { id: 'case-7' }) })

  fireEvent.click(button('提交答辩书'))
  expect(screen.getByText('确认本单位已向仲裁委提交答辩书？')).toBeTruthy()
  const evidence = within(screen.getByRole('group', { name: '答辩证据材料（可不传）' }))
  sendFile.mockResolvedValueOnce({ ok: true, value: { ...defence, id: 'df-9' } })
  choose(new File(['%PDF-1.7'], '答辩书.pdf', { type: 'application/pdf' }))
  expect(await evidence.findByText('已上传')).toBeTruthy()
  expect(sendFile.mock.calls[0]?.[0]).toMatchObject({ id: 'disputes.uploadFile' })

  request.mockResolvedValueOnce(answer(200, { ...defenceDue, status: 'tribunal_formed', allowedActions: [], files: [payslip, { ...defence, id: 'df-9' }] }))
  fireEvent.click(button('确认'))
  expect(await screen.findByText('已办理：提交答辩书。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/disputes/arbitrations/arb-1/actions', method: 'POST', data: { kind: 'submitDefence', evidenceIds: ['df-9'] } })
  expect(within(filesCard()).getByText('提交方：被申请人')).toBeTruthy()
})

test('a defence whose file the server no longer knows is said at the evidence and kept; a file still uploading holds the defence back', async () => {
  await openCase(defenceDue, employer)
  fireEvent.click(button('提交答辩书'))
  let finish: (value: Awaited<ReturnType<typeof upload>>) => void = () => undefined
  sendFile.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)))
  choose(new File(['%PDF-1.7'], '答辩书.pdf', { type: 'application/pdf' }))
  fireEvent.click(button('确认'))
  expect(await screen.findAllByText('请等文件上传完成后再提交')).not.toHaveLength(0)
  expect(request).toHaveBeenCalledTimes(1)

  finish({ ok: true, value: { ...defence, id: 'df-9' } })
  const evidence = within(screen.getByRole('group', { name: '答辩证据材料（可不传）' }))
  expect(await evidence.findByText('已上传')).toBeTruthy()
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.evidenceIds', key: 'evidence.unknown', message: 'unknown' }] })))
  fireEvent.click(button('确认'))
  expect(await evidence.findByText('有证据文件找不到了，请重新上传')).toBeTruthy()
  expect(evidence.getByText('答辩书.pdf')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ kind: 'submitDefence', evidenceIds: ['df-9'] })
})

test('the arbitrator serves the defence with a confirmation, sees both sides’ files, and reads the complaint on the office’s page', async () => {
  await openCase({ ...defenceIn, wageCase: servedCase.wageCase }, officer)
  expect(within(filesCard()).getByText(/^仲裁委可以查看双方提交的全部材料/)).toBeTruthy()
  expect(within(filesCard()).getByText('提交方：被申请人')).toBeTruthy()
  fireEvent.click(screen.getByRole('link', { name: '查看欠薪投诉 WZ3303022026000007' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pageLink('handleCase', { id: 'case-7' }) })

  const actions = within(screen.getByRole('heading', { name: '现在可以办理' }).parentElement as HTMLElement)
  expect(actions.getAllByRole('button').map((item) => item.textContent)).toEqual(['送达答辩书副本', '安排开庭'])
  fireEvent.click(button('送达答辩书副本'))
  expect(screen.getByText(/^确认答辩书副本已送达申请人？/)).toBeTruthy()
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { detail: 'not_your_action' })))
  fireEvent.click(button('确认'))
  expect(await screen.findByText('这一步不是由您办理的。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ kind: 'serveDefence' })

  request.mockResolvedValueOnce(answer(200, { ...defenceIn, allowedActions: ['scheduleHearing'], timeline: [...defenceIn.timeline, { kind: 'defence_served', at: '2026-12-17T02:00:00.000Z', by: 'arbitrator', reason: null, hearing: null }] }))
  fireEvent.click(button('确认'))
  expect(await screen.findByText('已办理：送达答辩书副本。')).toBeTruthy()
  expect(screen.getByText('答辩书副本已送达申请人')).toBeTruthy()
})

test('in English the files say who sent them, the note and the new step read in English, and so does serving the defence', async () => {
  localeStore.set('en')
  await openCase({ ...servedCase, myRole: 'arbitrator', allowedActions: ['serveDefence'] }, officer, 'Time limits of each step')
  const files = within(filesCard())
  expect(files.getByText(/^The commission sees everything both sides sent/)).toBeTruthy()
  expect(files.getAllByText('From: The applicant')).toHaveLength(2)
  expect(files.getByText('From: The respondent')).toBeTruthy()
  expect(files.getByText('From: The commission')).toBeTruthy()
  expect(files.getByText('Photo: 工资条.png')).toBeTruthy()
  expect(screen.getByText('Serve the defence on the applicant')).toBeTruthy()
  expect(screen.getByText('The defence was served on the applicant')).toBeTruthy()
  expect(screen.getByRole('link', { name: 'Open wage complaint WZ3303022026000007' })).toBeTruthy()
  expect(within(wageCard()).getByText('Evidence sent with the complaint')).toBeTruthy()
  expect(within(wageCard()).getByRole('button', { name: 'Open file 考勤表.jpg' })).toBeTruthy()
  fireEvent.click(button('Serve the defence'))
  expect(screen.getByText(/^Confirm that a copy of the defence was served on the applicant\?/)).toBeTruthy()
})
