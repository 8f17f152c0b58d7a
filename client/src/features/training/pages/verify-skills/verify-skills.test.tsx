import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { SkillsSummaryVerification } from '@renshe/shared/training/assessment'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { carersSummary } from '../../test-fixtures'
import VerifySkillsPage from './index'

const request = vi.mocked(Taro.request)
const codeInput = () => document.getElementById('verify-skills-code') as HTMLInputElement

const { id: _id, verifyUrl: _url, qrDataUrl: _qr, ...verification } = carersSummary
const valid: SkillsSummaryVerification = verification

function openWith(params: Record<string, string>) {
  vi.mocked(useRouter).mockReturnValue({ params } as unknown as ReturnType<typeof useRouter>)
  render(<VerifySkillsPage />)
}

const card = (title: string) => within(screen.getByRole('heading', { name: title }).parentElement as HTMLElement)

test('opened from the QR code, the page checks at once, with no login, and shows the masked name, certificates and courses', async () => {
  request.mockResolvedValueOnce(answer(200, valid))
  openWith({ code: '7KQ2M9XD4TPA' })
  expect(await screen.findByText('真实有效：摘要由人社系统生成，内容与生成时一致。')).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/verify/skills/7KQ2M9XD4TPA', method: 'GET' })
  expect(sent(request, 0).header.Authorization).toBeUndefined()
  expect(codeInput().value).toBe('7KQ2-M9XD-4TPA')
  const result = card('核验结果')
  expect(result.getByText('有效')).toBeTruthy()
  expect(result.getByText('张*')).toBeTruthy()
  expect(result.getByText('2026年11月29日')).toBeTruthy()
  expect(result.getByText('2027年2月27日')).toBeTruthy()
  expect(card('职业技能等级证书（1）').getByText('证书编号 S330302202600001')).toBeTruthy()
  const courses = card('培训经历（1）')
  expect(courses.getByText('评价合格 · 证书编号 S330302202600001')).toBeTruthy()
  // A summary carries no voucher.
  expect(courses.queryByText(/培训券/)).toBeNull()
})

test('a typed code is checked; an unknown one gets a clear message', async () => {
  openWith({})
  expect(request).not.toHaveBeenCalled()
  fireEvent.input(codeInput(), { target: { value: '7kq2 m9xd 4tpb' } })
  request.mockResolvedValueOnce(answer(404, problem('not_found', 404)))
  fireEvent.click(screen.getByRole('button', { name: '核验' }))
  expect(await screen.findByText('没有这个核验码的摘要。请核对核验码，或请求职者重新生成一份。')).toBeTruthy()
  expect(sent(request, 0).url).toBe('/api/verify/skills/7KQ2M9XD4TPB')
  expect(screen.queryByRole('heading', { name: '核验结果' })).toBeNull()
})

test('a code of the wrong shape is said at the field, and nothing is sent', async () => {
  openWith({})
  fireEvent.input(codeInput(), { target: { value: '12345' } })
  fireEvent.click(screen.getByRole('button', { name: '核验' }))
  expect((await screen.findAllByText('核验码为 12 位字母和数字，例如 7KQ2-M9XD-4TPA')).length).toBeGreaterThan(0)
  expect(codeInput().getAttribute('aria-invalid')).toBe('true')
  expect(request).not.toHaveBeenCalled()
})

test('an expired or revoked summary says so plainly, with its dates', async () => {
  request.mockResolvedValueOnce(answer(200, { ...valid, status: 'expired' }))
  openWith({ code: '7KQ2M9XD4TPA' })
  expect(await screen.findByText('已过期：摘要超过了有效期，请求职者重新生成一份。')).toBeTruthy()
  expect(card('核验结果').getByText('已过期')).toBeTruthy()

  request.mockResolvedValueOnce(answer(200, { ...valid, status: 'revoked' }))
  fireEvent.click(screen.getByRole('button', { name: '核验' }))
  expect(await screen.findByText('已作废：持有人已作废这份摘要，不能再作为依据。')).toBeTruthy()
  expect(card('核验结果').getByText('已作废')).toBeTruthy()
})

test('in English and care mode the check speaks English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  request.mockResolvedValueOnce(answer(200, { ...valid, status: 'revoked' }))
  openWith({ code: '7KQ2M9XD4TPA' })
  expect(await screen.findByText('Revoked: the holder withdrew this summary. Do not rely on it.')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByRole('heading', { name: 'Skill level certificates (1)' })).toBeTruthy()
  expect(screen.getByText('Passed · certificate no. S330302202600001')).toBeTruthy()
})
