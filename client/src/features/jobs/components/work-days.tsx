import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { AttendanceDay } from '@renshe/shared/jobs/applications'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate, formatDateTime, formatFen, formatTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { workMessages } from '../work-messages'

/** Money as both sides say it on this page: yuan with two decimals, no currency sign. */
export const yuanText = (fen: number) => formatFen(fen).replace('¥', '')

/** Whose page it is: the same day is told to the worker and to the employer in their own words. */
export type WorkSide = 'worker' | 'employer'

const sideWords = {
  worker: { paid: 'work.paid', pending: 'work.payPending', late: 'work.payLate', confirmed: 'work.confirmed', disputed: 'work.disputed' },
  employer: { paid: 'work.paidByUs', pending: 'work.payDueBy', late: 'work.payOverdue', confirmed: 'work.workerConfirmed', disputed: 'work.workerDisputed' },
} as const

interface WorkDaysProps {
  readonly days: readonly AttendanceDay[]
  readonly side: WorkSide
  readonly now: Date
  /** What one side may do about a day: answer its pay, state it, complain. */
  readonly children?: (day: AttendanceDay) => ReactNode
}

/** The days of a day job, newest first: in and out, hours, pay due, pay stated and answered. */
export function WorkDays({ days, side, now, children }: WorkDaysProps) {
  const t = useT(workMessages)
  const words = sideWords[side]
  const locale = useLocale()
  if (days.length === 0) return <Text className='muted'>{t('work.noDays')}</Text>
  const newestFirst = [...days].sort((a, b) => b.workDate.localeCompare(a.workDate))
  return (
    <View {...roleProps('list')} className='jobs-work__days'>
      {newestFirst.map((day) => (
        <View {...roleProps('listitem')} key={day.id} className='jobs-work__day'>
          <Text className='jobs-work__date'>{formatDate(`${day.workDate}T04:00:00.000Z`, locale)}</Text>
          <Text className='jobs-work__line'>
            {t('work.in', { time: formatTime(day.checkInAt) })}
            {day.checkInBy === 'employer' ? t('work.byEmployer') : ''}
            {day.checkOutAt ? ` · ${t('work.out', { time: formatTime(day.checkOutAt) })}` : ''}
            {day.checkOutBy === 'employer' ? t('work.byEmployer') : ''}
          </Text>
          {day.minutesWorked !== null ? <Text className='jobs-work__line'>{t('work.hours', { hours: hoursText(day.minutesWorked) })}</Text> : null}
          {day.checkOutAt ? (
            <Text className='jobs-work__line'>{day.payDueFen !== null ? t('work.due', { amount: yuanText(day.payDueFen) }) : t('work.dueByPiece')}</Text>
          ) : null}
          {day.paidFen !== null ? <Text className='jobs-work__line jobs-work__paid'>{t(words.paid, { amount: yuanText(day.paidFen) })}</Text> : null}
          {day.checkOutAt && day.paidStatedAt === null && day.payDeadline ? (
            <Text className='jobs-work__line'>
              {t(now.getTime() > new Date(day.payDeadline).getTime() ? words.late : words.pending, { time: formatDateTime(day.payDeadline, locale) })}
            </Text>
          ) : null}
          {day.payAnswer ? <Text className='jobs-work__line jobs-work__paid'>{t(day.payAnswer === 'confirmed' ? words.confirmed : words.disputed)}</Text> : null}
          {children?.(day)}
        </View>
      ))}
    </View>
  )
}

/** Minutes as hours with at most one decimal: 510 → 8.5. */
function hoursText(minutes: number): string {
  return String(Math.round(minutes / 6) / 10)
}
