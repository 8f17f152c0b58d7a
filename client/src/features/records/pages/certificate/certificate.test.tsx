import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { afterEach, expect, test, vi } from 'vitest'
import { pages } from '@renshe/shared/platform/pages'
import { answer, citizen } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import CertificatePage from './index'

const request = vi.mocked(Taro.request)
const verifyUrl = 'http://127.0.0.1:8787/#/features/records/pages/verify/index?code=7KQ2M9XD4TPA'
const certificate = {
  id: 'cert-1',
  verificationCode: '7KQ2M9XD4TPA',
  purpose: 'school_enrollment',
  period: { from: '2024-01', to: '2026-10' },
  holder: { maskedName: '李*', maskedIdNumber: '330304********4523' },
  lines: [{ type: 'pension', paidMonths: 34, firstMonth: '2024-01', lastMonth: '2026-10' }],
  issuedAt: '2026-11-16T02:00:00.000Z',
  expiresAt: '2027-02-14T02:00:00.000Z',
  status: 'valid',
  verifyUrl,
  qrDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
}

function openCertificate() {
  sessionStore.set({ token: 'token', me: citizen })
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'cert-1' }, path: pages.certificate } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, certificate))
  render(<CertificatePage />)
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share')
})

test('the issued certificate has Back and Home; Back without history goes to My certificates', async () => {
  openCertificate()
  await screen.findByText('7KQ2-M9XD-4TPA')
  const nav = screen.getByRole('navigation', { name: '返回与首页' })
  fireEvent.click(within(nav).getByRole('link', { name: '返回' }))
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: pages.certificates })
  fireEvent.click(within(nav).getByRole('link', { name: '首页' }))
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: pages.home })
})

test('sharing uses the phone’s share sheet with the verification link and nothing about the holder', async () => {
  const share = vi.fn(() => Promise.resolve())
  Object.defineProperty(navigator, 'share', { value: share, configurable: true })
  openCertificate()
  fireEvent.click(await screen.findByRole('button', { name: '分享核验链接' }))
  expect(await screen.findByText('已分享核验链接。')).toBeTruthy()
  expect(share).toHaveBeenCalledWith({ title: '参保证明核验', text: '请用核验码 7KQ2-M9XD-4TPA 核验这份参保证明。', url: verifyUrl })
  expect(JSON.stringify(share.mock.calls)).not.toMatch(/李|330304/)
})

test('without a share sheet the link is copied, and the page says where to paste it (English)', async () => {
  localeStore.set('en')
  const writeText = vi.fn(() => Promise.resolve())
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  openCertificate()
  fireEvent.click(await screen.findByRole('button', { name: 'Share the verification link' }))
  expect(await screen.findByText('The verification link is copied: paste it into a message to the school or employer.')).toBeTruthy()
  expect(writeText).toHaveBeenCalledWith(verifyUrl)
})

test('saving downloads the QR code picture, named by its code', async () => {
  const clicked: { download: string; href: string }[] = []
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href })
  })
  openCertificate()
  fireEvent.click(await screen.findByRole('button', { name: '保存二维码图片' }))
  expect(await screen.findByText('二维码图片已保存。')).toBeTruthy()
  expect(clicked).toEqual([{ download: 'certificate-7KQ2M9XD4TPA.png', href: expect.stringMatching(/^blob:/) }])
  click.mockRestore()
})
