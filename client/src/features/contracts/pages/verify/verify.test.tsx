import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { VerificationResult } from '@renshe/shared/contracts/schemas'
import { answer, noAnswer, sent } from '../../../../../test/fixtures'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { upload } from '../../../../lib/upload/upload'
import { expectNoAxeViolations } from '../../test-a11y'
import { signedContract } from '../../test-fixtures'
import VerifyContractPage from './index'

vi.mock('../../../../lib/upload/upload', () => ({ upload: vi.fn() }))

const request = vi.mocked(Taro.request)
const sendFile = vi.mocked(upload)
const sha256 = signedContract.document!.sha256
const found = {
  contractNumber: 'HT3303022026000001',
  kind: 'fixed_term' as const,
  employerName: '温州市鹿城建工有限公司',
  signedAt: '2026-11-29T04:05:00.000Z',
  timestampedAt: '2026-11-29T04:05:02.000Z',
  status: 'signed' as const,
}
const valid: VerificationResult = { result: 'valid', documentKind: 'contract', contract: found, sha256 }

function openPage(params: Record<string, string> = {}) {
  vi.mocked(useRouter).mockReturnValue({ params } as unknown as ReturnType<typeof useRouter>)
  render(<VerifyContractPage />)
}

const choose = (...files: File[]) => fireEvent.change(screen.getByLabelText('选择 PDF 文件'), { target: { files } })
const pasteHash = (value: string, label = 'SHA-256 值') => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } })

test('anyone, not logged in, pastes a SHA-256 and reads that the file is genuine: its number, kind, employer, times and status, and nothing of the worker', async () => {
  openPage()
  expect(screen.getByText('核验结果只有合同编号、合同类型、用人单位、签署和时间戳的时间，以及合同状态；从不显示劳动者的姓名、身份证号码或合同条款。')).toBeTruthy()
  // Pasted as a PDF viewer shows it: in capitals, broken over lines.
  pasteHash(`${sha256.slice(0, 32).toUpperCase()}\n${sha256.slice(32)}`)
  request.mockResolvedValueOnce(answer(200, valid))
  fireEvent.click(screen.getByRole('button', { name: '核验' }))
  expect(await screen.findByRole('heading', { name: '这份合同文件是真实的' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: `/api/verify/contracts/${sha256}`, method: 'GET' })
  expect(sent(request, 0).header.Authorization).toBeUndefined()
  expect(screen.getByText('HT3303022026000001')).toBeTruthy()
  expect(screen.getByText('固定期限劳动合同')).toBeTruthy()
  expect(screen.getByText('温州市鹿城建工有限公司')).toBeTruthy()
  // Signed at 12:05 and timestamped two seconds later.
  expect(screen.getAllByText('2026年11月29日 12:05')).toHaveLength(2)
  expect(screen.getByText('已签署，正在履行或尚未开始')).toBeTruthy()
  expect(document.body.textContent).not.toContain('张小红')
  await expectNoAxeViolations()
})

test('an uploaded file changed since it was signed is said in red words, with the contract number it claims', async () => {
  openPage()
  sendFile.mockResolvedValueOnce({ ok: true, value: { result: 'altered', documentKind: 'contract', contract: found, sha256: 'b'.repeat(64) } })
  const file = new File(['%PDF-1.7 changed'], '劳动合同.pdf', { type: 'application/pdf' })
  choose(file)
  expect(await screen.findByRole('heading', { name: '这份文件在签署后被改动过' })).toBeTruthy()
  expect(screen.getByText('文件上写的合同编号 HT3303022026000001 是本平台签署的合同。')).toBeTruthy()
  expect(screen.getByText('已核验文件：劳动合同.pdf')).toBeTruthy()
  expect(sendFile.mock.calls[0]?.[0]).toMatchObject({ id: 'contracts.verifyContractFile', upload: { field: 'file' } })
  expect(sendFile.mock.calls[0]?.[1]).toMatchObject({ fileName: '劳动合同.pdf' })
  // Said at once, as an alert, not only in red.
  expect(screen.getByRole('heading', { name: '这份文件在签署后被改动过' }).closest('[role="alert"]')).toBeTruthy()
})

test('a file or hash the portal never signed is said to be unknown', async () => {
  openPage()
  sendFile.mockResolvedValueOnce({ ok: true, value: { result: 'unknown', documentKind: null, contract: null, sha256: 'c'.repeat(64) } })
  choose(new File(['%PDF-1.4 someone else'], 'other.pdf', { type: 'application/pdf' }))
  expect(await screen.findByRole('heading', { name: '没有找到这份合同' })).toBeTruthy()
  expect(screen.getByText('本平台没有签署过与这个文件（或这个 SHA-256 值）一致的劳动合同。如果是粘贴的值，请检查是否完整、有没有输错。')).toBeTruthy()
  expect(screen.queryByText('合同编号')).toBeNull()
})

test('a file whose answer was lost is sent again, the same file, with a tap', async () => {
  openPage()
  sendFile.mockResolvedValueOnce({ ok: false, network: true }).mockResolvedValueOnce({ ok: true, value: valid })
  choose(new File(['%PDF-1.7'], '劳动合同.pdf', { type: 'application/pdf' }))
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByRole('heading', { name: '这份合同文件是真实的' })).toBeTruthy()
  expect(sendFile).toHaveBeenCalledTimes(2)
  expect(sendFile.mock.calls[1]?.[1].filePath).toBe(sendFile.mock.calls[0]?.[1].filePath)
})

test('what cannot be checked is refused at its field and never sent: a hash of the wrong shape, a file that is not a PDF, one too large', async () => {
  openPage()
  pasteHash('a3f1c2d4')
  fireEvent.click(screen.getByRole('button', { name: '核验' }))
  expect(await screen.findAllByText('请输入 64 位的 SHA-256 值（0–9、a–f）')).not.toHaveLength(0)
  expect(screen.getByRole('textbox', { name: 'SHA-256 值' }).getAttribute('aria-invalid')).toBe('true')
  choose(new File(['hello'], 'photo.jpg', { type: 'image/jpeg' }))
  expect(await screen.findAllByText('请选择劳动合同的 PDF 文件')).not.toHaveLength(0)
  const huge = new File(['%PDF'], 'big.pdf', { type: 'application/pdf' })
  Object.defineProperty(huge, 'size', { value: 6 * 1024 * 1024 })
  choose(huge)
  expect(await screen.findAllByText('文件太大：签署的合同文件不超过 5 MB，请确认选的是合同 PDF')).not.toHaveLength(0)
  expect(request).not.toHaveBeenCalled()
  expect(sendFile).not.toHaveBeenCalled()
})

test('opened from a contract with its SHA-256 it checks at once; no answer offers to try again', async () => {
  request.mockRejectedValueOnce(noAnswer())
  openPage({ sha256 })
  expect(await screen.findByRole('heading', { name: '网络连接失败' })).toBeTruthy()
  expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'SHA-256 值' }).value).toBe(sha256)
  request.mockResolvedValueOnce(answer(200, valid))
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(await screen.findByRole('heading', { name: '这份合同文件是真实的' })).toBeTruthy()
  await waitFor(() => expect(request).toHaveBeenCalledTimes(2))
})

test('in English and care mode the three answers are said in English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByText(/never the worker’s name or ID number, nor the terms/)).toBeTruthy()
  pasteHash(sha256, 'SHA-256')
  request.mockResolvedValueOnce(answer(200, valid))
  fireEvent.click(screen.getByRole('button', { name: 'Check' }))
  expect(await screen.findByRole('heading', { name: 'This contract file is genuine' })).toBeTruthy()
  expect(screen.getByText('Fixed-term labour contract')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, { result: 'unknown', documentKind: null, contract: null, sha256 }))
  fireEvent.click(screen.getByRole('button', { name: 'Check' }))
  expect(await screen.findByRole('heading', { name: 'No contract found' })).toBeTruthy()
  sendFile.mockResolvedValueOnce({ ok: true, value: { result: 'altered', documentKind: 'contract', contract: found, sha256: 'b'.repeat(64) } })
  fireEvent.change(screen.getByLabelText('Choose a PDF file'), { target: { files: [new File(['%PDF'], 'c.pdf', { type: 'application/pdf' })] } })
  expect(await screen.findByRole('heading', { name: 'This file has been changed since it was signed' })).toBeTruthy()
  await expectNoAxeViolations()
})

test('a certificate of ending is said to be one, with the contract’s public facts only', async () => {
  openPage()
  request.mockResolvedValueOnce(answer(200, { ...valid, documentKind: 'ending_certificate', contract: { ...found, contractNumber: `${found.contractNumber}-ZM`, status: 'ended' } }))
  pasteHash(sha256)
  fireEvent.click(screen.getByRole('button', { name: '核验' }))
  expect(await screen.findByText('解除或者终止劳动合同证明书（由用人单位通过平台出具）')).toBeTruthy()
  expect(screen.getByRole('heading', { name: '这份终止证明书是真实的' })).toBeTruthy()
  expect(screen.queryByRole('heading', { name: '这份合同文件是真实的' })).toBeNull()
  expect(screen.getByText(`${found.contractNumber}-ZM`)).toBeTruthy()
})
