import { expect, test } from 'vitest'
import { certDaysWords } from './office-days'

test('a deadline ahead is counted in days left, the last day and the day itself in words of their own', () => {
  expect(certDaysWords('certified', 200)).toEqual({ key: 'days.left', days: 200, overdue: false })
  expect(certDaysWords('due', 20)).toEqual({ key: 'days.left', days: 20, overdue: false })
  expect(certDaysWords('due', 1)).toEqual({ key: 'days.leftOne', days: 1, overdue: false })
  expect(certDaysWords('due', 0)).toEqual({ key: 'days.today', days: 0, overdue: false })
})

test('a deadline passed says by how many days, overdue or already suspended', () => {
  expect(certDaysWords('overdue', -1)).toEqual({ key: 'days.overdueOne', days: 1, overdue: true })
  expect(certDaysWords('overdue', -5)).toEqual({ key: 'days.overdue', days: 5, overdue: true })
  expect(certDaysWords('suspended', -90)).toEqual({ key: 'days.overdue', days: 90, overdue: true })
})

test('a stopped pension has no deadline, whatever its days say', () => {
  expect(certDaysWords('stopped', -30)).toEqual({ key: 'days.stopped', days: 0, overdue: false })
})
