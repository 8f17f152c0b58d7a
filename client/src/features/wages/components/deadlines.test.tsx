import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { CaseDeadlines } from '@renshe/shared/wages/schemas'
import { localeStore } from '../../../lib/i18n/locale-store'
import { Deadlines } from './deadlines'

const waiting: CaseDeadlines = { acceptBy: '2026-12-04', settleBy: '2027-03-05', stageDeadline: '2026-12-04', daysLeft: 5, overdue: false, extended: false }

test('a case waiting for acceptance shows both dates, and the days left to accept it', () => {
  render(<Deadlines deadlines={waiting} status='submitted' today='2026-11-29' />)
  expect(screen.getByText('2026年12月4日')).toBeTruthy()
  expect(screen.getByText('还剩 5 天')).toBeTruthy()
  expect(screen.getByText('预计办结期限')).toBeTruthy()
  expect(screen.getByText('2027年3月5日')).toBeTruthy()
})

test('an overdue case says so in words and with a mark, not by colour alone', () => {
  localeStore.set('en')
  const late: CaseDeadlines = { ...waiting, stageDeadline: '2026-12-04', daysLeft: -3, overdue: true }
  const { container } = render(<Deadlines deadlines={late} status='submitted' today='2026-12-07' />)
  expect(screen.getByText('Overdue by 3 days')).toBeTruthy()
  expect(screen.getByText('Overdue')).toBeTruthy()
  expect(container.querySelector('.deadline--overdue')).not.toBeNull()
})

test('once accepted, the acceptance date is history and the settlement date counts down', () => {
  const accepted: CaseDeadlines = { ...waiting, stageDeadline: '2027-03-05', daysLeft: 96 }
  render(<Deadlines deadlines={accepted} status='accepted' today='2026-11-29' />)
  expect(screen.getByText('已过此环节')).toBeTruthy()
  expect(screen.getByText('还剩 96 天')).toBeTruthy()
})

test('the other deadline counts from the office\'s day, not from a phone whose clock is off', () => {
  // Acceptance is 2 days off on the office's day, 2026-12-02: settlement is 93 days off then.
  render(<Deadlines deadlines={{ ...waiting, daysLeft: 2 }} status='submitted' />)
  expect(screen.getByText('还剩 2 天')).toBeTruthy()
  expect(screen.getByText('还剩 93 天')).toBeTruthy()
})

test('a closed case shows its dates without counting', () => {
  render(<Deadlines deadlines={{ ...waiting, stageDeadline: null, daysLeft: null }} status='closed' today='2027-05-01' />)
  expect(screen.queryByText(/还剩|已超期/)).toBeNull()
  expect(screen.getByText('案件已结束')).toBeTruthy()
})
