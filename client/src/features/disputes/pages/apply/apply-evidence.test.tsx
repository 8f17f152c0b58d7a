import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { DisputeFile } from '@renshe/shared/disputes/files'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { upload } from '../../../../lib/upload/upload'
import { appliedCase } from '../../test-fixtures'
import ApplyArbitrationPage from './index'

vi.mock('../../../../lib/upload/upload', () => ({ upload: vi.fn() }))
const request = vi.mocked(Taro.request)
const sendFile = vi.mocked(upload)

const payslip: DisputeFile = { id: 'df-1', mime: 'image/jpeg', size: 204_800, name: '工资条.jpg', uploadedAt: '2026-11-28T02:00:00.000Z', side: 'applicant' }
const contract: DisputeFile = { id: 'df-2', mime: 'application/pdf', size: 1_048_576, name: '劳动合同.pdf', uploadedAt: '2026-11-28T02:01:00.000Z', side: 'applicant' }

const box = (name: string | RegExp) => screen.getByRole('textbox', { name })
const input = (name: string | RegExp, value: string) => fireEvent.input(box(name), { detail: { value }, target: { value } })
const button = (name: string | RegExp) => screen.getByRole('button', { name })
const choose = (label: string, ...files: File[]) => fireEvent.change(screen.getByLabelText(label), { target: { files } })
const pdf = (name: string) => new File(['%PDF-1.7'], name, { type: 'application/pdf' })
const jpeg = (name: string) => new File(['jpeg'], name, { type: 'image/jpeg' })

function openPage() {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  render(<ApplyArbitrationPage />)
}

/** A whole application with one claim that asks no amount. */
function fillIn() {
  input('用人单位名称', '温州市鹿城建工有限公司')
  input('统一社会信用代码', '91350100M000100Y43')
  fireEvent.click(within(screen.getByRole('group', { name: /向哪个区（县）的仲裁委申请/ })).getByRole('button', { name: '鹿城区' }))
  input('您知道权利受到侵害的日期', '2026-09-30')
  fireEvent.click(within(screen.getByRole('group', { name: '第 1 项：请求的类别' })).getByRole('button', { name: '社会保险' }))
  fireEvent.change(box('第 1 项：具体请求和理由'), { target: { value: '补缴在职期间的社会保险' } })
  fireEvent.change(box('事实和理由'), { target: { value: '2026 年 3 月入职，在工地做木工，单位一直没有缴社保。' } })
}

/** Each file chosen is uploaded at once and answered as the server would. */
function uploadsAnswer(...files: DisputeFile[]) {
  for (const file of files) sendFile.mockImplementationOnce(async (_operation, options) => {
    options.onProgress?.(40)
    return { ok: true, value: file }
  })
}

test('her evidence is uploaded as she chooses it, one she removes is deleted once she says so, and the rest go with the application by id', async () => {
  openPage()
  expect(screen.getByRole('heading', { name: '证据材料', level: 2 })).toBeTruthy()
  fillIn()
  uploadsAnswer(payslip, contract)
  choose('选择照片或 PDF 文件', jpeg('工资条.jpg'), pdf('劳动合同.pdf'))
  await waitFor(() => expect(screen.getAllByText('已上传')).toHaveLength(2))
  expect(sendFile).toHaveBeenCalledTimes(2)
  expect(sendFile.mock.calls[0]?.[0]).toMatchObject({ id: 'disputes.uploadFile', upload: { field: 'file' } })
  expect(sendFile.mock.calls[0]?.[1]).toMatchObject({ fileName: '工资条.jpg' })
  expect(sendFile.mock.calls[0]?.[1].idempotencyKey).toBeTruthy()

  // Asked first, the keyboard on keeping it: keeping it changes nothing.
  fireEvent.click(button('移除 工资条.jpg'))
  expect(screen.getByText('删除“工资条.jpg”？它还没有提交，删除后不能恢复，需要时可以重新上传。')).toBeTruthy()
  expect(document.activeElement).toBe(button('保留 工资条.jpg'))
  fireEvent.click(button('保留 工资条.jpg'))
  expect(screen.getByText('工资条.jpg')).toBeTruthy()
  expect(request).not.toHaveBeenCalled()

  fireEvent.click(button('移除 工资条.jpg'))
  request.mockResolvedValueOnce(answer(200, { deleted: true }))
  fireEvent.click(button('删除 工资条.jpg'))
  await waitFor(() => expect(screen.queryByText('工资条.jpg')).toBeNull())
  expect(sent(request, 0)).toMatchObject({ url: '/api/disputes/files/df-1', method: 'DELETE' })
  request.mockResolvedValueOnce(answer(201, appliedCase))
  fireEvent.click(button('提交仲裁申请'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  expect(sent(request, 1)).toMatchObject({ url: '/api/disputes/arbitrations', method: 'POST', data: { evidenceIds: ['df-2'] } })
  expect(sent(request, 1).data).not.toHaveProperty('wageCaseId')
})

test('a deletion with no answer keeps the file and the question, to try again; one the server says was sent stays, said so', async () => {
  openPage()
  uploadsAnswer(payslip, contract)
  choose('选择照片或 PDF 文件', jpeg('工资条.jpg'), pdf('劳动合同.pdf'))
  await waitFor(() => expect(screen.getAllByText('已上传')).toHaveLength(2))
  fireEvent.click(button('移除 工资条.jpg'))
  request.mockRejectedValueOnce(new Error('offline'))
  fireEvent.click(button('删除 工资条.jpg'))
  expect(await screen.findByText('没有删除成功，网络可能中断了，请再试一次。')).toBeTruthy()
  expect(screen.getByText('工资条.jpg')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, { deleted: true }))
  fireEvent.click(button('删除 工资条.jpg'))
  await waitFor(() => expect(screen.queryByText('工资条.jpg')).toBeNull())

  fireEvent.click(button('移除 劳动合同.pdf'))
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409)))
  fireEvent.click(button('删除 劳动合同.pdf'))
  expect(await screen.findByText('“劳动合同.pdf”已经随申请提交，不能删除。')).toBeTruthy()
  expect(screen.getByText('劳动合同.pdf')).toBeTruthy()
})

test('a file the server no longer knows is said at the evidence, with the summary linking there, and everything she gave stays', async () => {
  openPage()
  fillIn()
  uploadsAnswer(contract)
  choose('选择照片或 PDF 文件', pdf('劳动合同.pdf'))
  expect(await screen.findByText('已上传')).toBeTruthy()
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.evidenceIds', key: 'evidence.unknown', message: 'unknown file' }] })))
  fireEvent.click(button('提交仲裁申请'))

  const summary = await screen.findByRole('alert', { name: '请修改以下问题' })
  expect(within(summary).getByRole('link', { name: '证据材料：有证据文件找不到了，请重新上传' })).toBeTruthy()
  const evidence = screen.getByRole('group', { name: '上传证据（可不传）' })
  expect(within(evidence).getByText('有证据文件找不到了，请重新上传')).toBeTruthy()
  expect(within(evidence).getByText('劳动合同.pdf')).toBeTruthy()
  expect((box('用人单位名称') as HTMLInputElement).value).toBe('温州市鹿城建工有限公司')
  expect((box('事实和理由') as HTMLTextAreaElement).value).toBe('2026 年 3 月入职，在工地做木工，单位一直没有缴社保。')
  expect(Taro.redirectTo).not.toHaveBeenCalled()
})

test('a file over 10 MB is refused on the phone, a file still uploading holds the application back, and one that did not finish can be sent again', async () => {
  openPage()
  fillIn()
  const big = jpeg('现场照片.jpg')
  Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 })
  choose('选择照片或 PDF 文件', big)
  expect(await screen.findByText('每个文件不能超过 10 MB')).toBeTruthy()
  expect(sendFile).not.toHaveBeenCalled()
  // Refused for what it is, it would be refused again: only removing it is offered.
  expect(screen.queryByRole('button', { name: '重新上传 现场照片.jpg' })).toBeNull()
  fireEvent.click(button('移除 现场照片.jpg'))

  let finish: (value: Awaited<ReturnType<typeof upload>>) => void = () => undefined
  sendFile.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)))
  choose('选择照片或 PDF 文件', pdf('劳动合同.pdf'))
  expect(await screen.findByText('正在上传 0%')).toBeTruthy()
  fireEvent.click(button('提交仲裁申请'))
  expect(await screen.findAllByText('请等文件上传完成后再提交')).not.toHaveLength(0)
  expect(request).not.toHaveBeenCalled()

  finish({ ok: false, network: true })
  expect(await screen.findByText('上传没有完成，网络可能中断了。')).toBeTruthy()
  fireEvent.click(button('提交仲裁申请'))
  expect(await screen.findAllByText('有文件没有上传成功，请重新上传或移除后再提交')).not.toHaveLength(0)
  expect(request).not.toHaveBeenCalled()

  uploadsAnswer(contract)
  fireEvent.click(button('重新上传 劳动合同.pdf'))
  expect(await screen.findByText('已上传')).toBeTruthy()
  // The same upload, by the key of its first attempt.
  expect(sendFile.mock.calls[1]?.[1].idempotencyKey).toBe(sendFile.mock.calls[0]?.[1].idempotencyKey)
  request.mockResolvedValueOnce(answer(201, appliedCase))
  fireEvent.click(button('提交仲裁申请'))
  await waitFor(() => expect(request).toHaveBeenCalledTimes(1))
  expect((sent(request, 0).data as { evidenceIds: string[] }).evidenceIds).toEqual(['df-2'])
})

test('at most nine files: the tenth chosen is left out and the picker gives way to saying so', async () => {
  openPage()
  sendFile.mockImplementation(async (_operation, options) => ({ ok: true, value: { ...payslip, id: `df-${options.fileName ?? ''}`, name: options.fileName ?? '' } }))
  choose('选择照片或 PDF 文件', ...Array.from({ length: 10 }, (_, index) => jpeg(`照片${index + 1}.jpg`)))
  await waitFor(() => expect(screen.getAllByText('已上传')).toHaveLength(9))
  expect(screen.queryByText('照片10.jpg')).toBeNull()
  expect(screen.getByText('已达到 9 个文件的上限。')).toBeTruthy()
  expect(screen.queryByLabelText('选择照片或 PDF 文件')).toBeNull()
  sendFile.mockReset()
})

test('in English the evidence section, its upload and its refusal read in English', async () => {
  localeStore.set('en')
  openPage()
  expect(screen.getByRole('heading', { name: 'Evidence', level: 2 })).toBeTruthy()
  expect(screen.getByText(/^Photos or PDFs of pay slips/)).toBeTruthy()
  uploadsAnswer(contract)
  choose('Choose photos or PDF files', pdf('劳动合同.pdf'))
  expect(await screen.findByText('Uploaded')).toBeTruthy()
  fireEvent.click(button('Remove 劳动合同.pdf'))
  expect(screen.getByText('Delete “劳动合同.pdf”? It has not been sent. Once deleted it cannot be brought back; you can upload it again if you need it.')).toBeTruthy()
  expect(button('Keep 劳动合同.pdf')).toBeTruthy()
  expect(button('Delete 劳动合同.pdf')).toBeTruthy()
  const wrong = new File(['zip'], 'photos.zip', { type: 'application/zip' })
  choose('Choose photos or PDF files', wrong)
  expect(await screen.findByText('Only photos (JPG, PNG, WebP, HEIC) or PDF files can be added')).toBeTruthy()
})

test('files uploaded on an earlier visit and never sent are listed on request: one is sent with this application, another deleted after asking', async () => {
  openPage()
  fillIn()
  const old: DisputeFile = { ...payslip, id: 'df-old', name: '旧的工资条.jpg' }
  const forgotten: DisputeFile = { ...contract, id: 'df-forgotten', name: '没用的照片.pdf' }
  request.mockResolvedValueOnce(answer(200, { items: [old, forgotten] }))
  fireEvent.click(button('查看以前上传、还没提交的文件'))
  expect(await screen.findByText('以前上传、还没提交的文件')).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/disputes/files', method: 'GET' })

  fireEvent.click(button('随这次提交 旧的工资条.jpg'))
  expect(screen.getByText('已上传')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '随这次提交 旧的工资条.jpg' })).toBeNull()

  fireEvent.click(button('移除 没用的照片.pdf'))
  request.mockResolvedValueOnce(answer(200, { deleted: true }))
  fireEvent.click(button('删除 没用的照片.pdf'))
  await waitFor(() => expect(screen.queryByText('没用的照片.pdf')).toBeNull())
  expect(sent(request, 1)).toMatchObject({ url: '/api/disputes/files/df-forgotten', method: 'DELETE' })
  expect(screen.getByText('没有以前上传、还没提交的文件。')).toBeTruthy()

  request.mockResolvedValueOnce(answer(201, appliedCase))
  fireEvent.click(button('提交仲裁申请'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  expect((sent(request, 2).data as { evidenceIds: string[] }).evidenceIds).toEqual(['df-old'])
})
