import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { focusById } from '../../../../lib/a11y/focus'
import { roleProps } from '../../../../lib/a11y/pressable'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { Button } from '../../../../ui/button'
import { Field } from '../../../../ui/field'
import { Loading } from '../../../../ui/loading'
import { dateAtNoon, typedDate } from '../../county-period'
import { reconciliationMessages } from '../../reconciliation-messages'

const dayMs = 86_400_000

/** The China date `days` days after `day` (before it, when negative): calendar arithmetic on the date alone, no clock. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * dayMs).toISOString().slice(0, 10)
}

interface DayPickerProps {
  /** The day shown now. */
  readonly day: string
  /** The last day that can be reconciled: the portal's own default (yesterday), once known. */
  readonly latest: string | null
  /** Another day is loading. */
  readonly loading: boolean
  readonly onDay: (day: string) => void
}

/** The day reconciled: the day before or after at a tap, or a date typed. */
export function DayPicker({ day, latest, loading, onDay }: DayPickerProps) {
  const t = useT(reconciliationMessages)
  const locale = useLocale()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const atLatest = latest !== null && day >= latest

  const show = () => {
    const typed = typedDate(text)
    const problem = !typed ? t('day.format') : latest !== null && typed > latest ? t('day.late', { date: formatDate(dateAtNoon(latest), locale) }) : undefined
    setError(problem)
    if (problem || !typed) return focusById('recon-day')
    onDay(typed)
  }

  return (
    <View {...roleProps('group')} aria-label={t('day.legend')} className='card-recon-day'>
      {/* Said again whenever another day comes in. */}
      <View {...roleProps('status')}>
        <Text className='card-recon-day__now'>{t('day.now', { date: formatDate(dateAtNoon(day), locale) })}</Text>
        {loading ? <Loading /> : null}
      </View>
      <View className='card-recon-day__buttons'>
        <Button variant='secondary' onPress={() => onDay(shiftDay(day, -1))}>
          {t('day.previous')}
        </Button>
        <Button variant='secondary' disabled={atLatest} onPress={() => onDay(shiftDay(day, 1))}>
          {t('day.next')}
        </Button>
      </View>
      <View className='card-recon-day__field'>
        <Field id='recon-day' label={t('day.field')} hint={t('day.hint')} error={error} value={text} onChange={setText} maxLength={12} />
        <Button variant='secondary' block onPress={show}>
          {t('day.show')}
        </Button>
      </View>
    </View>
  )
}
