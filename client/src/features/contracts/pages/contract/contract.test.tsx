import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { Contract } from '@renshe/shared/contracts/schemas'
import { contractClauses } from '@renshe/shared/contracts/templates'
import type { Me } from '@renshe/shared/identity/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import { answer, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { expectNoAxeViolations } from '../../test-a11y'
import { awaitingWorker, draftContract, employer, readByHer, signedContract, worker } from '../../test-fixtures'
import ContractPage from './index'

const request = vi.mocked(Taro.request)
const button = (name: string | RegExp) => screen.getByRole('button', { name })

/** The browser's IntersectionObserver, told by the test when the end of the text comes into view. */
const watched: { readonly element: Element; readonly callback: IntersectionObserverCallback }[] = []
class TestObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(element: Element) {
    watched.push({ element, callback: this.callback })
  }
  disconnect() {
    watched.splice(0, watched.length)
  }
}
/** Scrolls to the end once the page watches for it (its effect may run after the text is shown). */
async function scrollToTheEnd() {
  await waitFor(() => expect(watched).not.toHaveLength(0))
  act(() => {
    for (const { element, callback } of [...watched]) {
      callback([{ isIntersecting: true, target: element } as unknown as IntersectionObserverEntry], {} as IntersectionObserver)
    }
  })
}

beforeEach(() => {
  watched.splice(0, watched.length)
  vi.stubGlobal('IntersectionObserver', TestObserver)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

async function openContract(contract: Contract, me: Me = worker, params: Record<string, string> = {}) {
  sessionStore.set({ token: 'token', me })
  vi.mocked(useRouter).mockReturnValue({ params: { id: contract.id, ...params } } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, contract))
  render(<ContractPage />)
  await screen.findByRole('heading', { name: '合同全文' })
  expect(sent(request, 0)).toMatchObject({ url: `/api/contracts/${contract.id}`, method: 'GET' })
}

test('she reads the parties, her ID number masked, and the whole text clause by clause; only once she reaches its end is signing offered, the reading recorded once', async () => {
  await openContract(awaitingWorker)
  expect(screen.getByRole('heading', { name: '固定期限劳动合同' })).toBeTruthy()
  expect(screen.getAllByText('待您签署').length).toBeGreaterThan(0)
  expect(screen.getByText('身份证号码 330302********0029')).toBeTruthy()
  expect(screen.getByText('温州市鹿城建工有限公司')).toBeTruthy()
  expect(screen.getByText('二、期限')).toBeTruthy()
  expect(screen.getByText('九、合同的订立和保存')).toBeTruthy()
  expect(screen.getByText('请从头到尾读完合同全文。读到末尾后，下面会出现“签署”按钮。读完不等于同意：您也可以拒签。')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '核验身份并签署' })).toBeNull()
  // Declining needs no reading.
  expect(button('拒绝签署')).toBeTruthy()
  expect(watched.map(({ element }) => element.id)).toEqual(['contract-end'])

  // The end seen twice while the first record is on its way: recorded once.
  let answerReading: (value: ReturnType<typeof answer>) => void = () => undefined
  request.mockReturnValueOnce(new Promise<ReturnType<typeof answer>>((resolve) => (answerReading = resolve)) as never)
  await scrollToTheEnd()
  await scrollToTheEnd()
  expect(request).toHaveBeenCalledTimes(2)
  expect(sent(request, 1)).toMatchObject({ url: '/api/contracts/ct-1/readings', method: 'POST' })
  expect((sent(request, 1).data as { device: string }).device).toBe(navigator.userAgent.slice(0, 200))
  answerReading(answer(200, readByHer))
  expect(await screen.findByText('已记录您读完了全文。')).toBeTruthy()
  expect(button('核验身份并签署')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(2)
  await expectNoAxeViolations()
})

test('once she has read it she signs after the identity check, and reads the signed contract', async () => {
  await openContract(readByHer)
  expect(screen.queryByText('请从头到尾读完合同全文。读到末尾后，下面会出现“签署”按钮。读完不等于同意：您也可以拒签。')).toBeNull()
  expect(watched).toHaveLength(0)
  // No signatory to name: she is checked against her own real name.
  expect(screen.queryByRole('textbox', { name: '签署人姓名' })).toBeNull()
  request.mockResolvedValueOnce(answer(200, { attemptId: 'sig-2', verifyId: 'dev-face:sig-2', provider: 'development' }))
  fireEvent.click(button('核验身份并签署'))
  await screen.findByRole('heading', { name: '开发用人脸核验（非真实核验）' })
  expect(sent(request, 1).data).not.toHaveProperty('signatory')
  request.mockResolvedValueOnce(answer(200, signedContract))
  fireEvent.click(button('模拟本人通过'))
  expect(await screen.findByText('签署成功。')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/contracts/ct-1/signatures', data: { attemptId: 'sig-2', verifyId: 'dev-face:sig-2', simulated: 'pass' } })
  expect(screen.getByRole('heading', { name: '合同文件' })).toBeTruthy()
})

test('a check that did not pass is said, and she may check again; the refusal of an expired check is said the same way', async () => {
  await openContract(readByHer)
  request.mockResolvedValueOnce(answer(200, { attemptId: 'sig-2', verifyId: 'dev-face:sig-2', provider: 'development' }))
  fireEvent.click(button('核验身份并签署'))
  await screen.findByRole('heading', { name: '开发用人脸核验（非真实核验）' })
  const failed = { ...readByHer, events: [...readByHer.events, { kind: 'identity_check_failed' as const, at: '2026-11-29T04:04:00.000Z', by: 'worker' as const, device: 'HUAWEI nova 9', detail: 'development' }] }
  request.mockResolvedValueOnce(answer(200, failed))
  fireEvent.click(button('模拟未通过'))
  expect(await screen.findByText('签署没有完成：身份核验没有通过，或者核验已经过期。准备好后可以重新核验。')).toBeTruthy()
  expect(screen.getByText('身份核验未通过')).toBeTruthy()

  request.mockResolvedValueOnce(answer(200, { attemptId: 'sig-3', verifyId: 'dev-face:sig-3', provider: 'development' }))
  fireEvent.click(button('核验身份并签署'))
  await screen.findByRole('heading', { name: '开发用人脸核验（非真实核验）' })
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409)))
  fireEvent.click(button('模拟本人通过'))
  expect(await screen.findByText('签署没有完成：身份核验没有通过，或者核验已经过期。准备好后可以重新核验。')).toBeTruthy()
  // Each check is its own signature attempt, with its own key.
  expect(sent(request, 4).header['Idempotency-Key']).not.toBe(sent(request, 2).header['Idempotency-Key'])
})

test('in the browser with WeChat’s verifier she is told to sign in the mini-program', async () => {
  await openContract(readByHer)
  request.mockResolvedValueOnce(answer(200, { attemptId: 'sig-4', verifyId: 'wx-session-4', provider: 'wechat' }))
  fireEvent.click(button('核验身份并签署'))
  expect(await screen.findByRole('heading', { name: '请在微信小程序里签署' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(2)
})

test('a reading that could not be recorded is sent again with a tap, without scrolling back', async () => {
  await openContract(awaitingWorker)
  request.mockRejectedValueOnce(noAnswer())
  await scrollToTheEnd()
  expect(await screen.findByText('没能记录您已读完全文。')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, readByHer))
  fireEvent.click(button('我已读完，重新提交'))
  expect(await screen.findByText('已记录您读完了全文。')).toBeTruthy()
  expect(sent(request, 2).url).toBe('/api/contracts/ct-1/readings')
})

test('she declines, with her reason, after being asked once more; cancelling asks nothing', async () => {
  await openContract(awaitingWorker)
  fireEvent.click(button('拒绝签署'))
  expect(screen.getByText('确定不签这份合同吗？拒签后单位会收到消息，这份合同不能再签；单位可以重新起草。')).toBeTruthy()
  fireEvent.click(button('取消'))
  expect(screen.queryByRole('button', { name: '确认拒签' })).toBeNull()
  fireEvent.click(button('拒绝签署'))
  fireEvent.change(screen.getByRole('textbox', { name: '拒签的原因（可不填）' }), { target: { value: '工资和面谈时说的不一样' } })
  request.mockResolvedValueOnce(answer(200, { ...awaitingWorker, status: 'declined', allowedActions: [] }))
  fireEvent.click(button('确认拒签'))
  expect(await screen.findByText('已拒签，单位会收到消息。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/contracts/ct-1/decline', method: 'POST', data: { reason: '工资和面谈时说的不一样' } })
  expect(screen.getByText('劳动者拒绝签署这份合同。')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '拒绝签署' })).toBeNull()
})

test('a contract the employer withdrew meanwhile is loaded again and said', async () => {
  await openContract(awaitingWorker)
  fireEvent.click(button('拒绝签署'))
  request.mockResolvedValueOnce(answer(409, problem('illegal_transition', 409))).mockResolvedValueOnce(answer(200, { ...awaitingWorker, status: 'withdrawn', allowedActions: [] }))
  fireEvent.click(button('确认拒签'))
  expect(await screen.findByText('合同刚刚有了变化，下面是现在的内容。')).toBeTruthy()
  expect(await screen.findByText('单位撤回了这份合同，不能再签署。')).toBeTruthy()
  await waitFor(() => expect(sent(request, 2)).toMatchObject({ url: '/api/contracts/ct-1', method: 'GET' }))
})

test('the employer withdraws its draft after confirming, or opens it to change it', async () => {
  await openContract(draftContract, employer)
  expect(screen.getByText('草稿，单位尚未签署')).toBeTruthy()
  fireEvent.click(button('修改草稿'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pageLink('contractDraft', { id: 'ct-1' }) })
  // The employer signs here too, naming its authorised person.
  expect(screen.getByRole('textbox', { name: '签署人姓名' })).toBeTruthy()
  fireEvent.click(button('撤回合同'))
  expect(screen.getByText('确定撤回这份合同吗？撤回后劳动者不能再签署；需要时可以重新起草。')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, { ...draftContract, status: 'withdrawn', allowedActions: [] }))
  fireEvent.click(button('确认撤回'))
  expect(await screen.findByText('已撤回，劳动者不能再签署这份合同。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/contracts/ct-1/withdraw', method: 'POST' })
})

test('signed: the file’s SHA-256 and timestamp, how long it is kept, the free download, the signatures and every event with its device', async () => {
  await openContract(signedContract, worker, { signed: '1' })
  const file = within(screen.getByRole('heading', { name: '合同文件' }).parentElement as HTMLElement)
  expect(file.getByText(signedContract.document!.sha256)).toBeTruthy()
  expect(file.getByText('时间戳时间：2026年11月29日 12:05')).toBeTruthy()
  expect(file.getByText('平台至少保存到：2031年11月30日')).toBeTruthy()
  expect(file.getByText('文件大小：179 KB')).toBeTruthy()
  fireEvent.click(file.getByRole('link', { name: '用 SHA-256 值核验这份合同' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pageLink('verifyContract', { sha256: signedContract.document!.sha256 }) })

  request.mockResolvedValueOnce(answer(200, { fileName: 'HT3303022026000001.pdf', sha256: signedContract.document!.sha256, dataUrl: 'data:application/pdf;base64,JVBERi0xLjcK' }))
  fireEvent.click(file.getByRole('button', { name: '下载合同 PDF' }))
  const save = await screen.findByRole('link', { name: '保存合同文件：HT3303022026000001.pdf' })
  expect(save.getAttribute('href')).toBe('data:application/pdf;base64,JVBERi0xLjcK')
  expect(save.getAttribute('download')).toBe('HT3303022026000001.pdf')
  expect(sent(request, 1)).toMatchObject({ url: '/api/contracts/ct-1/document', method: 'GET' })

  const signatures = within(screen.getByRole('heading', { name: '签名' }).parentElement as HTMLElement)
  expect(signatures.getByText('用人单位：王建国')).toBeTruthy()
  expect(signatures.getByText('身份核验：开发用人脸核验（非真实核验）')).toBeTruthy()
  expect(signatures.getByText('劳动者：张小红')).toBeTruthy()
  expect(signatures.getByText('签署时间：2026年11月29日 12:05')).toBeTruthy()
  expect(signatures.getByText('身份核验：微信人脸核身')).toBeTruthy()

  const events = within(screen.getByRole('heading', { name: '过程记录' }).parentElement as HTMLElement)
  expect(events.getAllByRole('listitem').map((item) => item.querySelector('.contract-event__what')?.textContent)).toEqual([
    '起草合同',
    '身份核验通过',
    '电子签名',
    '阅读合同全文至末尾',
    '身份核验通过',
    '电子签名',
    '合同文件加盖时间戳',
  ])
  expect(events.getAllByText('设备：HUAWEI nova 9 HarmonyOS 4.0').length).toBeGreaterThan(0)
  // How each identity was checked, in words, never the service's code for it.
  expect(events.getByText('说明：开发用人脸核验（非真实核验）')).toBeTruthy()
  expect(events.getByText('说明：微信人脸核身')).toBeTruthy()
  expect(events.queryByText(/face:/)).toBeNull()
  expect(events.getByText('操作方：平台')).toBeTruthy()
  expect(screen.getByText('签署成功。')).toBeTruthy()
  await expectNoAxeViolations()
})

test('in English the Chinese text stays, each clause with its translation, labelled as for reading only; in care mode too', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  const parties = { employerName: readByHer.employerName, employerCreditCode: readByHer.employerCreditCode, workerName: readByHer.workerName, workerIdNumber: readByHer.workerMaskedIdNumber }
  sessionStore.set({ token: 'token', me: worker })
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'ct-1' } } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, { ...readByHer, translation: contractClauses('fixed_term', readByHer.terms, parties, 'en') }))
  render(<ContractPage />)
  expect(await screen.findByText('Translation for reading; the Chinese text is what is signed.')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByText('二、期限')).toBeTruthy()
  expect(screen.getByText('2. Term')).toBeTruthy()
  expect(screen.getAllByText('Translation')).toHaveLength(9)
  expect(screen.getByText('Waiting for your signature')).toBeTruthy()
  expect(screen.getByText('ID number 330302********0029')).toBeTruthy()
  expect(screen.getByText('It is recorded that you read the whole text.')).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Check identity and sign' })).toBeTruthy()
  await expectNoAxeViolations()
})

const endedContract: Contract = {
  ...signedContract,
  status: 'ended',
  keepUntil: '2029-04-10',
  allowedActions: ['download', 'download_certificate'],
  ending: {
    ground: 'mutual_by_employer',
    lastDay: '2027-04-10',
    reason: '项目完工',
    recordedAt: '2027-04-10T08:00:00.000Z',
    compensation: { rule: 'owed', serviceMonths: 4, monthsOfWage: 0.5 },
    certificate: { number: 'HT3303022026000001-ZM', sha256: 'b'.repeat(64), size: 60_000, timestampedAt: '2027-04-10T08:00:01.000Z' },
  },
}

test('the employer ends a signed contract on a ground of the law with the last day; a refused day is said at its field; then the ending and the certificate are shown', async () => {
  await openContract({ ...signedContract, myRole: 'employer', allowedActions: ['download', 'end'] }, employer)
  fireEvent.click(button('解除或终止合同'))
  expect(screen.getByText(/劳动关系结束后在这里办理/)).toBeTruthy()
  // No ground is chosen for the employer: it decides whether compensation is owed.
  expect(screen.getAllByRole('radio').every((radio) => radio.getAttribute('aria-checked') === 'false')).toBe(true)
  fireEvent.click(button('确认并出具证明书'))
  expect(screen.getAllByText('请选择解除或终止的依据：它决定是否应当支付经济补偿')).not.toHaveLength(0)
  expect(request).toHaveBeenCalledTimes(1)
  fireEvent.click(screen.getByRole('radio', { name: /用人单位提出，双方协商一致解除/ }))
  fireEvent.change(screen.getByRole('textbox', { name: '最后工作日' }), { target: { value: '2027-05-01' } })
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.lastDay', key: 'contracts.lastDayInFuture', message: '劳动关系结束后再办理：最后工作日不能晚于今天' }] })))
  fireEvent.click(button('确认并出具证明书'))
  expect(await screen.findAllByText('劳动关系结束后再办理：最后工作日不能晚于今天')).not.toHaveLength(0)
  fireEvent.change(screen.getByRole('textbox', { name: '最后工作日' }), { target: { value: '2027-04-10' } })
  request.mockResolvedValueOnce(answer(200, { ...endedContract, myRole: 'employer' }))
  fireEvent.click(button('确认并出具证明书'))
  expect(await screen.findByText('合同已解除或终止，证明书已出具，劳动者会收到消息。')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/contracts/ct-1/ending', method: 'POST', data: { ground: 'mutual_by_employer', lastDay: '2027-04-10' } })
  expect(screen.getByText(/按工作年限计 0.5 个月工资/)).toBeTruthy()
  expect(screen.queryByRole('button', { name: '解除或终止合同' })).toBeNull()
})

test('she reads how her contract ended, whether compensation is owed with its articles, and downloads the certificate; in English too', async () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token', me: worker })
  vi.mocked(useRouter).mockReturnValue({ params: { id: endedContract.id } } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, endedContract))
  render(<ContractPage />)
  await screen.findByRole('heading', { name: 'The whole text' })
  expect(screen.getByText('Ground: Rescinded by mutual agreement, proposed by the employer (Labour Contract Law art. 36)')).toBeTruthy()
  expect(screen.getByText(/owes compensation of 0.5 month\(s\) of wages/)).toBeTruthy()
  expect(screen.getByText('Certificate number: HT3303022026000001-ZM')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, { fileName: '劳动合同终止证明-HT3303022026000001-ZM.pdf', sha256: 'b'.repeat(64), dataUrl: 'data:application/pdf;base64,JVBERi0=' }))
  fireEvent.click(button('Download the certificate PDF'))
  expect(await screen.findByRole('link', { name: /Save the certificate/ })).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/contracts/ct-1/certificate', method: 'GET' })
  await expectNoAxeViolations()
})
