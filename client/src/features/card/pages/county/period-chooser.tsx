import { View } from '@tarojs/components'
import { useState } from 'react'
import { focusById } from '../../../../lib/a11y/focus'
import { useT } from '../../../../lib/i18n/translate'
import { Button } from '../../../../ui/button'
import { ChoiceChips } from '../../../../ui/choice-chips'
import { Field } from '../../../../ui/field'
import { typedDate, type PeriodChoice } from '../../county-period'
import { countyMessages } from '../../county-messages'

interface PeriodChooserProps {
  readonly choice: PeriodChoice
  /** The period shown now, to start the dates from. */
  readonly from: string
  readonly to: string
  readonly onDays: (days: 7 | 30 | 90) => void
  readonly onDates: (from: string, to: string) => void
}

const dayChoices = { '7': 7, '30': 30, '90': 90 } as const

/** The period of the usage: the last 7, 30 or 90 days at a tap, or two dates typed. */
export function PeriodChooser({ choice, from, to, onDays, onDates }: PeriodChooserProps) {
  const t = useT(countyMessages)
  const [typing, setTyping] = useState(choice === 'dates')
  const [fromText, setFromText] = useState(from)
  const [toText, setToText] = useState(to)
  const [errors, setErrors] = useState<{ readonly from?: string; readonly to?: string }>({})

  const choose = (value: PeriodChoice) => {
    if (value === 'dates') {
      setFromText(from)
      setToText(to)
      setTyping(true)
      return
    }
    setTyping(false)
    setErrors({})
    onDays(dayChoices[value])
  }

  const show = () => {
    const start = typedDate(fromText)
    const end = typedDate(toText)
    const found = {
      ...(start ? {} : { from: t('period.format') }),
      ...(end ? {} : { to: t('period.format') }),
      ...(start && end && start > end ? { from: t('period.order') } : {}),
    }
    setErrors(found)
    if (found.from) return focusById('county-from')
    if (found.to) return focusById('county-to')
    if (start && end) onDates(start, end)
  }

  return (
    <View className='county-period'>
      <ChoiceChips<PeriodChoice>
        id='county-period'
        legend={t('period.legend')}
        options={(['7', '30', '90', 'dates'] as const).map((value) => ({ value, label: t(`period.${value}`) }))}
        value={typing ? 'dates' : choice}
        onChange={choose}
      />
      {typing ? (
        <View className='county-period__dates'>
          <Field id='county-from' label={t('period.from')} hint={t('period.hint')} error={errors.from} value={fromText} onChange={setFromText} maxLength={12} />
          <Field id='county-to' label={t('period.to')} hint={t('period.hint')} error={errors.to} value={toText} onChange={setToText} maxLength={12} />
          <Button block onPress={show}>
            {t('period.show')}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
