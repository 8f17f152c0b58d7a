import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import type { Me } from '@renshe/shared/identity/schemas'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { upload } from '../../../../lib/upload/upload'
import { appliedInjury, assessedInjury, documentsRequested } from '../../injury-test-fixtures'
import InjuryPage from './index'

vi.mock('../../../../lib/upload/upload', () => ({ upload: vi.fn() }))
const request = vi.mocked(Taro.request)
const sendFile = vi.mocked(upload)
const officer: Me = { ...citizen, id: 'u-liu', roles: ['officer'], realName: { bound: false }, regionCode: '330302', staffCode: null }
const supervisor: Me = { ...officer, id: 'u-chen', roles: ['supervisor'] }
const employer: Me = { ...citizen, id: 'u-firm', roles: ['employer'], realName: { bound: false } }

const button = (name: string | RegExp) => screen.getByRole('button', { name })
const card = (heading: string) => within(screen.getByRole('heading', { name: heading }).parentElement as HTMLElement)

async function openCase(detail: InjuryCase, me: Me = citizen, stepsHeading = '每一步的期限', params: Record<string, string> = {}) {
  sessionStore.set({ token: 'token', me })
  vi.mocked(useRouter).mockReturnValue({ params: { id: detail.id, ...params } } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, detail))
  render(<InjuryPage />)
  await screen.findByRole('heading', { name: stepsHeading })
  expect(sent(request, 0)).toMatchObject({ url: `/api/disputes/injuries/${detail.id}`, method: 'GET' })
}

test('the worker reads her case: status, parties, the accident, the step with its legal day and rule, her files, the timeline; she may only withdraw', async () => {
  await openCase(appliedInjury)
  expect(screen.getAllByText('待受理').length).toBeGreaterThan(0)
  const steps = card('每一步的期限')
  expect(steps.getByText('决定是否受理')).toBeTruthy()
  expect(steps.getByText('期限：2026年12月29日')).toBeTruthy()
  expect(steps.getByText('进行中')).toBeTruthy()
  expect(steps.getByText('收到申请后 15 日内决定是否受理；补正材料的，从材料补齐之日起算。')).toBeTruthy()
  const facts = card('案件信息')
  expect(facts.getByText('温州市鹿城建工有限公司 · 91350100M000100Y43')).toBeTruthy()
  expect(facts.getByText('张*红')).toBeTruthy()
  expect(facts.getByText('职工本人申请')).toBeTruthy()
  expect(facts.getByText('事故伤害，发生于 2026年11月10日')).toBeTruthy()
  expect(card('受伤情况').getByText('右胫骨骨折')).toBeTruthy()
  expect(card('办理经过').getByText('提交工伤认定申请')).toBeTruthy()
  expect(screen.queryByRole('heading', { name: '企业工伤预防指数' })).toBeNull()
  expect(card('现在可以办理').getAllByRole('button').map((item) => item.textContent)).toEqual(['撤回工伤认定申请'])

  fireEvent.click(button('撤回工伤认定申请'))
  fireEvent.change(screen.getByRole('textbox', { name: '撤回的原因（可不填）' }), { target: { value: '单位已经申请了' } })
  request.mockResolvedValueOnce(answer(200, { ...appliedInjury, status: 'withdrawn', next: null, deadlines: [], allowedActions: [] }))
  fireEvent.click(button('提交'))
  expect(await screen.findByText('已办理：撤回工伤认定申请。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/disputes/injuries/inj-1/actions', method: 'POST', data: { kind: 'withdraw', reason: '单位已经申请了' } })
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  expect(screen.getByText('现在没有需要您办理的事。')).toBeTruthy()
})

test('a file of the case opens on request through disputes.getFile: a photo in the page, a PDF as a link', async () => {
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:local/contract')
  await openCase(appliedInjury)
  const files = card('材料')
  expect(files.getByText('照片：诊断证明.jpg')).toBeTruthy()
  expect(files.getByText(/^申请方提交 · 200 KB，上传于/)).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, { ...appliedInjury.files[0], dataUrl: 'data:image/jpeg;base64,/9j/' }))
  fireEvent.click(button('打开文件 诊断证明.jpg'))
  expect(await screen.findByAltText('文件照片：诊断证明.jpg')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/disputes/files/file-1', method: 'GET' })
  request.mockResolvedValueOnce(answer(200, { ...appliedInjury.files[1], dataUrl: 'data:application/pdf;base64,JVBERi0=' }))
  fireEvent.click(button('打开文件 劳动合同.pdf'))
  expect((await screen.findByRole('link', { name: '在新页面打开 劳动合同.pdf' })).getAttribute('href')).toBe('blob:local/contract')
})

test('the officer asks once for all that is missing, one a line', async () => {
  await openCase({ ...appliedInjury, myRole: 'officer', allowedActions: ['requestDocuments', 'accept', 'refuse'] }, officer)
  fireEvent.click(button('告知补正材料'))
  fireEvent.change(screen.getByRole('textbox', { name: '需要补正的材料' }), { target: { value: '医疗诊断证明书原件照片\n\n 劳动关系证明（劳动合同或工资发放记录）\n' } })
  request.mockResolvedValueOnce(answer(200, { ...documentsRequested, myRole: 'officer', allowedActions: [] }))
  fireEvent.click(button('提交'))
  expect(await screen.findByText('已办理：告知补正材料。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ kind: 'requestDocuments', missing: ['医疗诊断证明书原件照片', '劳动关系证明（劳动合同或工资发放记录）'] })
})

test('a list of missing items too short is said at the field, not sent', async () => {
  await openCase({ ...appliedInjury, myRole: 'officer', allowedActions: ['requestDocuments'] }, officer)
  fireEvent.click(button('告知补正材料'))
  fireEvent.change(screen.getByRole('textbox', { name: '需要补正的材料' }), { target: { value: '医疗诊断证明书\n章' } })
  fireEvent.click(button('提交'))
  expect(await screen.findAllByText('每行写一项，每项 2 至 100 字，最多 20 项')).not.toHaveLength(0)
  expect(request).toHaveBeenCalledTimes(1)
})

test('the worker reads the one list of what is missing and sends the documents, uploaded first', async () => {
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:local/contract')
  await openCase(documentsRequested)
  const missing = card('需要补正的材料')
  expect(missing.getByText('医疗诊断证明书原件照片')).toBeTruthy()
  expect(missing.getByText('劳动关系证明（劳动合同或工资发放记录）')).toBeTruthy()
  expect(missing.getByText(/^请把这些材料拍照或扫描上传后提交/)).toBeTruthy()
  fireEvent.click(button('提交补正材料'))
  fireEvent.click(button('提交'))
  expect(await screen.findByRole('alert', { name: '请修改以下问题' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)

  sendFile.mockResolvedValueOnce({ ok: true, value: { id: 'file-5', name: '劳动合同.pdf', mime: 'application/pdf', size: 9, uploadedAt: '2026-12-20T01:00:00.000Z', side: 'applicant' } })
  fireEvent.change(screen.getByLabelText('选择照片或 PDF 文件'), { target: { files: [new File(['%PDF-1.7'], '劳动合同.pdf', { type: 'application/pdf' })] } })
  expect(await screen.findByText('已上传')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, { ...documentsRequested, status: 'documents_supplied', allowedActions: ['withdraw'] }))
  fireEvent.click(button('提交'))
  expect(await screen.findByText('已办理：提交补正材料。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ kind: 'supplyDocuments', evidenceIds: ['file-5'] })
  // Sent, the list is said in the past: nothing is asked of her any more.
  const supplied = card('补正的材料')
  expect(supplied.getByText('人力社保部门曾一次性书面告知补正以下材料，已经提交：')).toBeTruthy()
  expect(supplied.getByText('医疗诊断证明书原件照片')).toBeTruthy()
  expect(screen.queryByRole('heading', { name: '需要补正的材料' })).toBeNull()
})

test('the officer accepts with one tap and a confirmation; a case moved on meanwhile is loaded again and said', async () => {
  await openCase({ ...appliedInjury, myRole: 'officer', allowedActions: ['requestDocuments', 'accept', 'refuse'] }, officer)
  fireEvent.click(button('受理'))
  expect(screen.getByText(/^受理这份工伤认定申请？/)).toBeTruthy()
  request.mockResolvedValueOnce(answer(409, problem('illegal_transition', 409))).mockResolvedValueOnce(answer(200, { ...appliedInjury, status: 'accepted', myRole: 'officer', allowedActions: [] }))
  fireEvent.click(button('确认'))
  expect(await screen.findByText('案件刚刚有了变化，下面是现在的情况。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ kind: 'accept' })
  await waitFor(() => expect(sent(request, 2)).toMatchObject({ url: '/api/disputes/injuries/inj-1', method: 'GET' }))
})

test('a refusal or non-recognition needs its reason; facts found clear too late is refused in words', async () => {
  const accepted: InjuryCase = {
    ...appliedInjury,
    status: 'accepted',
    deadlines: [
      { step: 'acceptance', by: '2026-12-29', done: true, overdue: false },
      { step: 'decision', by: '2027-02-22', done: false, overdue: false },
    ],
    myRole: 'officer',
    allowedActions: ['markFactsClear', 'recognise', 'notRecognise'],
  }
  await openCase(accepted, officer)
  fireEvent.click(button('不予认定工伤'))
  fireEvent.click(button('提交'))
  expect(await screen.findByRole('alert', { name: '请修改以下问题' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
  fireEvent.change(screen.getByRole('textbox', { name: '理由' }), { target: { value: '受伤时不在工作时间和工作场所内' } })
  request.mockResolvedValueOnce(answer(200, { ...accepted, status: 'not_recognised', allowedActions: [], timeline: [...accepted.timeline, { kind: 'not_recognised', at: '2027-01-10T02:00:00.000Z', by: 'officer', reason: '受伤时不在工作时间和工作场所内' }] }))
  fireEvent.click(button('提交'))
  expect(await screen.findByText('已办理：不予认定工伤。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ kind: 'notRecognise', reason: '受伤时不在工作时间和工作场所内' })
  const decision = card('认定结论')
  expect(decision.getByText('不予认定为工伤。')).toBeTruthy()
  expect(decision.getByText('理由：受伤时不在工作时间和工作场所内')).toBeTruthy()
  expect(decision.getByText(/^对这一决定不服的，可以依法申请行政复议/)).toBeTruthy()
})

test('facts found clear after 15 days are refused in words', async () => {
  await openCase({ ...appliedInjury, status: 'accepted', myRole: 'officer', allowedActions: ['markFactsClear', 'recognise', 'notRecognise'] }, officer)
  fireEvent.click(button('认定事实清楚'))
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { detail: 'deadline_passed' })))
  fireEvent.click(button('确认'))
  expect(await screen.findByText('受理已超过 15 日，不能再按事实清楚的期限办理；请在 60 日的期限内作出认定决定。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ kind: 'markFactsClear' })
})

test('the committee assesses a grade from 1 to 10 or none; an extension after the 60 days is refused in words', async () => {
  const requested: InjuryCase = {
    ...appliedInjury,
    status: 'assessment_requested',
    deadlines: [{ step: 'assessment', by: '2027-04-26', done: false, overdue: true }],
    overdue: true,
    myRole: 'committee',
    allowedActions: ['extendAssessment', 'assess'],
  }
  await openCase(requested, supervisor)
  expect(card('劳动能力鉴定').getByText('正在鉴定，鉴定委员会应在 2027年4月26日 前作出结论。')).toBeTruthy()
  expect(card('每一步的期限').getByText('已逾期')).toBeTruthy()
  fireEvent.click(button('延长鉴定期限'))
  fireEvent.change(screen.getByRole('textbox', { name: '理由' }), { target: { value: '需要补做肌电图检查' } })
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { detail: 'deadline_passed' })))
  fireEvent.click(button('提交'))
  expect(await screen.findByText('60 日的鉴定期限已经过了，不能再延长。')).toBeTruthy()
  fireEvent.click(button('取消'))

  fireEvent.click(button('作出鉴定结论'))
  fireEvent.click(button('提交'))
  expect(await screen.findAllByText('请选择一项')).not.toHaveLength(0)
  expect(within(screen.getByRole('group', { name: '伤残等级' })).getAllByRole('button')).toHaveLength(11)
  fireEvent.click(within(screen.getByRole('group', { name: '伤残等级' })).getByRole('button', { name: '未达到伤残等级' }))
  request.mockResolvedValueOnce(answer(200, { ...assessedInjury, grade: null, myRole: 'committee', allowedActions: [] }))
  fireEvent.click(button('提交'))
  expect(await screen.findByText('已办理：作出鉴定结论。')).toBeTruthy()
  expect(sent(request, 2).data).toEqual({ kind: 'assess', grade: null })
  expect(screen.getByText('鉴定结论：未达到伤残等级。')).toBeTruthy()
})

test('an assessed case says the grade and until when a review may be asked for; a review too late is refused in words', async () => {
  await openCase(assessedInjury)
  expect(card('认定结论').getByText('认定为工伤。')).toBeTruthy()
  const grade = card('劳动能力鉴定')
  expect(grade.getByText('伤残等级：8 级（1 级最重，10 级最轻）')).toBeTruthy()
  expect(grade.getByText('对鉴定结论不服的，可以在 2027年5月17日 前申请再次鉴定。')).toBeTruthy()
  expect(screen.getByText('鉴定期限已延长 30 日（只能延长一次）。')).toBeTruthy()
  expect(screen.getAllByText('已完成')).toHaveLength(3)
  fireEvent.click(button('申请再次鉴定'))
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { detail: 'deadline_passed' })))
  fireEvent.click(button('确认'))
  expect(await screen.findByText('申请再次鉴定的 15 日期限已经过了。')).toBeTruthy()
})

test('an act that is not the caller’s is refused in words', async () => {
  await openCase({ ...assessedInjury, myRole: 'employer', workerMaskedName: '张*红' }, employer)
  fireEvent.click(button('申请再次鉴定'))
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { detail: 'not_your_action' })))
  fireEvent.click(button('确认'))
  expect(await screen.findByText('这一步不是由您办理的。')).toBeTruthy()
})

test('the officer opens the employer’s prevention index: the score and each factor with its counts and what it takes off, in words', async () => {
  await openCase({ ...appliedInjury, myRole: 'officer', allowedActions: [] }, officer)
  const panel = card('企业工伤预防指数')
  expect(panel.getByText(/^根据本平台的数据计算/)).toBeTruthy()
  request.mockResolvedValueOnce(
    answer(200, {
      employerName: '温州市鹿城建工有限公司',
      creditCode: '91350100M000100Y43',
      regionCode: '330302',
      score: 45,
      asOf: '2026-12-20',
      factors: [
        { key: 'injuryRate', value: 2.5, penalty: 25, periodDays: 365, basis: { injuries: 3, insuredWorkers: 120 } },
        { key: 'openInjuries', value: 2, penalty: 10, periodDays: 365, basis: { openInjuries: 2 } },
        { key: 'payrollAlerts', value: 0, penalty: 0, periodDays: 365, basis: { payrollAlerts: 0 } },
        { key: 'awardsAgainst', value: 2, penalty: 20, periodDays: 365, basis: { awards: 2 } },
      ],
    }),
  )
  fireEvent.click(panel.getByRole('button', { name: '查看用人单位的工伤预防指数' }))
  expect(await panel.findByText('45 分')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/disputes/prevention/91350100M000100Y43', method: 'GET' })
  const [rate, open, alerts, awards] = panel.getAllByRole('listitem').map((item) => within(item))
  expect(rate?.getByText('工伤发生率：扣 25 分')).toBeTruthy()
  expect(rate?.getByText('每 100 名参保职工 2.5 起')).toBeTruthy()
  expect(rate?.getByText('统计近 365 天：工伤 3 起，最新工资单上的参保职工 120 人')).toBeTruthy()
  expect(rate?.getByText('每 100 名参保职工中每发生 1 起扣 10 分，最多扣 40 分')).toBeTruthy()
  expect(open?.getByText('在办的工伤认定案件：扣 10 分')).toBeTruthy()
  expect(open?.getByText('统计近 365 天：在办案件 2 件')).toBeTruthy()
  expect(alerts?.getByText('工资支付预警：不扣分')).toBeTruthy()
  expect(awards?.getByText('统计近 365 天：裁决 2 件')).toBeTruthy()
})

test('in English the case says its steps and the employer reads the worker masked; care mode enlarges the page', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  await openCase({ ...assessedInjury, myRole: 'employer' }, employer, 'Time limits of each step')
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByText('Disability grade: 8 (1 is the most severe, 10 the least)')).toBeTruthy()
  expect(screen.getByText('Whoever disagrees with the assessment may ask for a review by 17 May 2027.')).toBeTruthy()
  expect(card('The case').getByText('张*红')).toBeTruthy()
  expect(screen.getByText('Ask for a review if you disagree with the assessment')).toBeTruthy()
  expect(screen.getByText('The time for the assessment was extended by 30 days (it can be extended once).')).toBeTruthy()
  expect(screen.queryByText(/ID card/)).toBeNull()
})

test('the office reads who applied and how she is related to the worker, to check her proof; the employer reads only that a close relative applied', async () => {
  await openCase({ ...appliedInjury, applicantKind: 'relative', applicantRelation: 'spouse', myRole: 'officer', allowedActions: ['requestDocuments', 'accept', 'refuse'] }, officer)
  expect(card('案件信息').getByText('近亲属申请（职工的配偶）')).toBeTruthy()
  cleanup()
  await openCase({ ...appliedInjury, applicantKind: 'relative', applicantRelation: null, myRole: 'employer', allowedActions: [] }, employer)
  expect(card('案件信息').getByText('近亲属申请')).toBeTruthy()
})

test('“your application is sent” is said to the side that sent it, not to the office opening the same link', async () => {
  await openCase(appliedInjury, citizen, '每一步的期限', { submitted: '1' })
  expect(screen.getByText('工伤认定申请已提交。人力社保部门会在 15 日内决定是否受理。')).toBeTruthy()
  cleanup()
  await openCase({ ...appliedInjury, myRole: 'officer', allowedActions: ['requestDocuments', 'accept', 'refuse'] }, officer, '每一步的期限', { submitted: '1' })
  expect(screen.queryByText('工伤认定申请已提交。人力社保部门会在 15 日内决定是否受理。')).toBeNull()
})
