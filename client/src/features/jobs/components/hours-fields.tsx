import { View } from '@tarojs/components'
import { errorOf, errorProp } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n/translate'
import type { FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { jobsMessages } from '../messages'
import { ChoiceRow } from '../../../ui/choice-row'

const week = [1, 2, 3, 4, 5, 6, 7] as const

interface HoursFieldsProps {
  readonly ids: { readonly days: string; readonly from: string; readonly to: string }
  /** Omitted for a day job, whose dates are asked for instead of days of the week. */
  readonly days?: readonly number[]
  readonly from: string
  readonly to: string
  readonly errors: readonly FieldProblem[]
  readonly onDays?: (days: readonly number[]) => void
  readonly onTimes: (times: { readonly from: string; readonly to: string }) => void
}

/** Days of the week (each a button that stays pressed) and one range of hours for all of them. */
export function HoursFields({ ids, days, from, to, errors, onDays, onTimes }: HoursFieldsProps) {
  const t = useT(jobsMessages)
  return (
    <View>
      {days && onDays ? (
        <ChoiceRow
          id={ids.days}
          legend={t('hours.days')}
          error={errorOf(errors, ids.days)}
          options={week.map((day) => ({ value: day, label: t(`day.${day}`) }))}
          isOn={(day) => days.includes(day)}
          onPress={(day) => onDays(days.includes(day) ? days.filter((other) => other !== day) : [...days, day].sort((a, b) => a - b))}
        />
      ) : null}
      <View className='jobs-times'>
        <Field id={ids.from} label={t('hours.from')} hint={t('hours.timeHint')} maxLength={5} value={from} onChange={(value) => onTimes({ from: value, to })} {...errorProp(errors, ids.from)} />
        <Field id={ids.to} label={t('hours.to')} hint={t('hours.timeHint')} maxLength={5} value={to} onChange={(value) => onTimes({ from, to: value })} {...errorProp(errors, ids.to)} />
      </View>
    </View>
  )
}
