import { Text, View } from '@tarojs/components'
import type { CaseDeadlines, CaseStatus } from '@renshe/shared/wages/schemas'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { chinaToday, daysUntil } from '../days-left'
import { wagesMessages } from '../messages'
import { DaysLeftText } from './days-left-text'
import '../wages.css'

interface DeadlinesProps {
  readonly deadlines: CaseDeadlines
  readonly status: CaseStatus
  /** Today in China (`YYYY-MM-DD`); the office's day when left out. */
  readonly today?: string
}

const finalStatuses: readonly CaseStatus[] = ['rejected', 'closed', 'withdrawn']

/**
 * The server's today, read back from its count to the current deadline, so that a phone whose
 * clock is off counts the other deadline from the same day as the office. The phone's clock
 * only when the case has no running deadline.
 */
function officeToday(deadlines: CaseDeadlines): string {
  if (deadlines.stageDeadline === null || deadlines.daysLeft === null) return chinaToday()
  return addCalendarDays(deadlines.stageDeadline, -deadlines.daysLeft)
}

/**
 * The acceptance and settlement dates of a case, each as a date and, while it still runs, as the
 * days left or the days overdue. The server's count is used for the deadline that matters now.
 */
export function Deadlines({ deadlines, status, today = officeToday(deadlines) }: DeadlinesProps) {
  const t = useT(wagesMessages)
  const locale = useLocale()
  const final = finalStatuses.includes(status)
  const daysTo = (date: string) =>
    date === deadlines.stageDeadline && deadlines.daysLeft !== null ? deadlines.daysLeft : daysUntil(date, today)

  const acceptRunning = !final && status === 'submitted'
  const settleRunning = !final && deadlines.settleBy !== null
  const rows = [
    {
      key: 'accept',
      label: t('deadlines.acceptBy'),
      date: deadlines.acceptBy,
      days: acceptRunning ? daysTo(deadlines.acceptBy) : null,
      note: !final && !acceptRunning ? t('deadlines.met') : null,
    },
    {
      key: 'settle',
      label: t(status === 'submitted' ? 'deadlines.settleByExpected' : 'deadlines.settleBy'),
      date: deadlines.settleBy,
      days: settleRunning && deadlines.settleBy ? daysTo(deadlines.settleBy) : null,
      note: null,
    },
  ]

  return (
    <View className='deadlines'>
      <View {...roleProps('list')}>
        {rows.map((row) => {
          const overdue = row.days !== null && row.days < 0
          return (
            <View key={row.key} {...roleProps('listitem')} className={overdue ? 'deadline deadline--overdue' : 'deadline'}>
              <Text className='deadline__label'>{row.label}</Text>
              <Text className='deadline__date'>{row.date ? formatDate(row.date, locale) : t('deadlines.none')}</Text>
              {row.days !== null ? <DaysLeftText days={row.days} /> : null}
              {row.note ? <Text className='deadline__note'>{row.note}</Text> : null}
            </View>
          )
        })}
      </View>
      {final ? <Text className='deadline__note'>{t('deadlines.ended')}</Text> : null}
      {deadlines.extended ? <Text className='deadline__note'>{t('deadlines.extended')}</Text> : null}
      {deadlines.overdue && !final ? (
        <Text className='deadline__warning'>
          <Text className='overdue-tag'>{t('deadlines.overdueMark')}</Text>
          {t('deadlines.overdueNote')}
        </Text>
      ) : null}
    </View>
  )
}
