import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { JobsRegionStats } from '@renshe/shared/jobs/region'
import { answer, citizen, problem } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import JobsRegionPage from './index'

const request = vi.mocked(Taro.request)
const officer = { ...citizen, id: 'u-liu', displayName: '刘*', roles: ['officer' as const], regionCode: '330302' }

const weeks = ['2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']
const stats: JobsRegionStats = {
  regionCode: '330302',
  seekers: 12,
  recommendable: 9,
  postsWaiting: 3,
  postsHeld: 1,
  postsOpen: 7,
  postsClosed: 2,
  matchesSent: 41,
  applications: 18,
  hires: 6,
  medianDaysToHire: 1.5,
  flexibleEnrolments: 4,
  subsidies: { pending: 2, approved: 3, declined: 1, paidOut: 3, paidOutFen: 480_000 },
  weeklyHires: weeks.map((weekStart, index) => ({ weekStart, hires: [0, 0, 1, 0, 2, 0, 1, 2][index] ?? 0 })),
}

test('the region’s figures read in words, and the weekly hires chart is told to a screen reader in one sentence', async () => {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, stats))
  render(<JobsRegionPage />)
  expect(await screen.findByText('12 人（同意推荐 9 人）')).toBeTruthy()
  expect(screen.getByText('3 条（其中暂缓 1 条）')).toBeTruthy()
  expect(screen.getByText('1.5 天')).toBeTruthy()
  expect(screen.getByText('待审核 2 份，已批准 3 份，未通过 1 份；已发放 3 笔共 ¥4,800.00')).toBeTruthy()
  const chart = screen.getByRole('img')
  expect(chart.getAttribute('aria-label')).toBe(
    '每周录用人数，从早到近：2026年10月12日那周 0 人，2026年10月19日那周 0 人，2026年10月26日那周 1 人，2026年11月2日那周 0 人，2026年11月9日那周 2 人，2026年11月16日那周 0 人，2026年11月23日那周 1 人，2026年11月30日那周 2 人',
  )
  // The tallest week fills its column; the others are in proportion.
  const bars = Array.from(chart.querySelectorAll<HTMLElement>('.jobs-chart__bar')).map((bar) => bar.style.height)
  expect(bars).toEqual(['0%', '0%', '50%', '0%', '100%', '0%', '50%', '100%'])
  expect(screen.getAllByText('11月')).toHaveLength(5)
})

test('in English, with no hires yet the median says so; a refusal is said', async () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, { ...stats, hires: 0, medianDaysToHire: null, weeklyHires: weeks.map((weekStart) => ({ weekStart, hires: 0 })) }))
  const { unmount } = render(<JobsRegionPage />)
  expect(await screen.findByText('No hires in the last 8 weeks')).toBeTruthy()
  expect(screen.getAllByText('Nov')).toHaveLength(5)
  unmount()

  request.mockResolvedValueOnce(answer(403, problem('forbidden', 403)))
  render(<JobsRegionPage />)
  expect(await screen.findByRole('alert')).toBeTruthy()
})
