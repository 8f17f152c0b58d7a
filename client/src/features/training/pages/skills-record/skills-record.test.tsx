import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { problemTitles } from '@renshe/shared/platform/messages'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { carersCertificate, carersRecordCourse, carersSummary } from '../../test-fixtures'
import MyTrainingPage from '../mine/index'
import SkillsRecordPage from './index'

const request = vi.mocked(Taro.request)

const card = (title: string) => within(screen.getByRole('heading', { name: title }).parentElement as HTMLElement)

function openPage(record = { certificates: [carersCertificate], courses: [carersRecordCourse, { ...carersRecordCourse, enrolmentId: 'e-7', courseName: '电工（四级）', voucherStatus: 'attending' as const, result: null }] }) {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, record))
  render(<SkillsRecordPage />)
}

test('her record shows each certificate and each course with attendance, voucher and result', async () => {
  openPage()
  expect(await screen.findByRole('heading', { name: '养老护理员（4-10-01-05） · 五级（初级工）' })).toBeTruthy()
  const certificates = card('职业技能等级证书（1）')
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/skills-record', method: 'GET' })
  expect(certificates.getByText('证书编号 S330302202600001')).toBeTruthy()
  expect(certificates.getByText('温州市鹿城区职业技能鉴定所 · 2026年11月29日发证')).toBeTruthy()
  expect(certificates.getByText('评价机构登记，已核验')).toBeTruthy()

  const courses = card('培训经历（2）')
  expect(courses.getByRole('heading', { name: '养老护理员（五级）周末班' })).toBeTruthy()
  expect(courses.getAllByText('培训机构：温州鹿城职业技能培训学校')).toHaveLength(2)
  expect(courses.getAllByText('2027年1月9日 至 2027年1月16日 · 共 80 课时')).toHaveLength(2)
  expect(courses.getAllByText('出勤 3 / 3 次课')).toHaveLength(2)
  expect(courses.getByText('培训券 PX2026000001 · 已考核')).toBeTruthy()
  expect(courses.getByText('评价合格 · 证书编号 S330302202600001')).toBeTruthy()
  expect(courses.getByText('培训券 PX2026000001 · 正在培训')).toBeTruthy()
  expect(courses.getByText('等待评价')).toBeTruthy()
})

test('she shares it with an employer: a summary with its code, QR image, link and expiry, made with an Idempotency-Key', async () => {
  openPage()
  await screen.findByRole('heading', { name: '给用人单位看' })
  expect(screen.getByText(/没有身份证号和培训券，90 天内有效/)).toBeTruthy()
  request.mockResolvedValueOnce(answer(201, carersSummary))
  fireEvent.click(screen.getByRole('button', { name: '分享给用人单位' }))
  expect(await screen.findByText('摘要已生成。把核验码或网址发给用人单位就行。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/skills-record/summaries', method: 'POST' })
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  const summary = card('核验码')
  expect(summary.getByText('7KQ2-M9XD-4TPA')).toBeTruthy()
  expect(summary.getAllByRole('img', { name: '技能档案摘要的核验二维码' }).length).toBeGreaterThan(0)
  expect(summary.getByText('核验网址：https://renshe.example.gov.cn/verify/skills/7KQ2M9XD4TPA')).toBeTruthy()
  expect(summary.getByText('有效期至 2027年2月27日')).toBeTruthy()
})

test('a share that got no answer is sent again as the same request: one key for both tries', async () => {
  openPage()
  const share = await screen.findByRole('button', { name: '分享给用人单位' })
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(share)
  const retry = await screen.findByRole('button', { name: '重试' })
  request.mockResolvedValueOnce(answer(201, carersSummary))
  fireEvent.click(retry)
  expect(await screen.findByText('7KQ2-M9XD-4TPA')).toBeTruthy()
  expect(sent(request, 2).header['Idempotency-Key']).toBe(sent(request, 1).header['Idempotency-Key'])
})

test('a share refused for too many tries says so, and no summary is shown', async () => {
  openPage()
  const share = await screen.findByRole('button', { name: '分享给用人单位' })
  request.mockResolvedValueOnce(answer(429, problem('rate_limited', 429)))
  fireEvent.click(share)
  expect(await screen.findByRole('heading', { name: problemTitles.rate_limited['zh-CN'] })).toBeTruthy()
  expect(screen.queryByText('7KQ2-M9XD-4TPA')).toBeNull()
})

test('in English and care mode an empty record says how certificates arrive', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage({ certificates: [], courses: [] })
  expect(await screen.findByText('No certificate yet. Once you pass the assessment after a course, the certificate appears here by itself.')).toBeTruthy()
  expect(screen.getByText('No training yet. A course appears here once the institution confirms your enrolment.')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByRole('button', { name: 'Share with an employer' })).toBeTruthy()
})

test('"My training" leads to the skills record', async () => {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, { vouchers: [], claimable: [] }))
  render(<MyTrainingPage />)
  fireEvent.click(await screen.findByRole('link', { name: '我的技能档案（证书和培训经历）' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/skills-record/index' })
})
