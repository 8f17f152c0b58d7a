import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { focusTarget, roleProps } from '../../../lib/a11y/pressable'
import { formatMonth } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { uiMessages } from '../../../ui/messages'
import { chinaToday } from '../days-left'
import { wagesMessages } from '../messages'
import { ChoiceList } from './choice-list'

interface MonthChooserProps {
  readonly id: string
  readonly legend: string
  readonly error?: string | undefined
  /** `YYYY-MM`, or '' while nothing is chosen. */
  readonly value: string
  readonly onChange: (value: string) => void
  /** Today in China (`YYYY-MM-DD`); the phone's clock when left out. */
  readonly today?: string
}

const months = [
  ['01', 'month.1'],
  ['02', 'month.2'],
  ['03', 'month.3'],
  ['04', 'month.4'],
  ['05', 'month.5'],
  ['06', 'month.6'],
  ['07', 'month.7'],
  ['08', 'month.8'],
  ['09', 'month.9'],
  ['10', 'month.10'],
  ['11', 'month.11'],
  ['12', 'month.12'],
] as const
const yearsShown = 3

/**
 * A month as two rows of big buttons, year then month: nothing to type and no picker to open
 * (a picker is a pop-up in the browser, and care mode has none). Months to come cannot be chosen.
 */
export function MonthChooser({ id, legend, error, value, onChange, today = chinaToday() }: MonthChooserProps) {
  const t = useT(wagesMessages)
  const ui = useT(uiMessages)
  const locale = useLocale()
  const thisYear = today.slice(0, 4)
  const thisMonth = today.slice(0, 7)
  const years = Array.from({ length: yearsShown }, (_, i) => String(Number(thisYear) - i))
  const [year, setYear] = useState(value ? value.slice(0, 4) : thisYear)
  const chosenMonth = value && value.slice(0, 4) === year ? value.slice(5, 7) : null

  const chooseYear = (next: string) => {
    setYear(next)
    // Keep the month already chosen when it exists in the other year too.
    if (value && `${next}-${value.slice(5, 7)}` <= thisMonth) onChange(`${next}-${value.slice(5, 7)}`)
  }

  return (
    <View className={error ? 'field field--error month-chooser' : 'field month-chooser'}>
      <Text id={`${id}-legend`} className='field__label'>
        {legend}
      </Text>
      <Text className='field__hint'>{value ? t('wages.chosenMonth', { month: formatMonth(value, locale) }) : t('wages.noMonth')}</Text>
      {error ? (
        <Text id={`${id}-error`} className='field__error'>
          <Text className='visually-hidden'>{ui('field.errorPrefix')}</Text>
          {error}
        </Text>
      ) : null}
      <View id={id} {...roleProps('group')} {...focusTarget()} aria-labelledby={`${id}-legend`} className='focusable'>
        <ChoiceList
          id={`${id}-year`}
          legend={t('wages.year')}
          layout='chips'
          choices={years.map((y) => ({ value: y, label: t('wages.yearValue', { year: y }) }))}
          value={year}
          onChange={chooseYear}
        />
        <ChoiceList
          id={`${id}-month`}
          legend={t('wages.month')}
          layout='chips'
          choices={months.map(([m, key]) => ({ value: m, label: t(key), disabled: `${year}-${m}` > thisMonth }))}
          value={chosenMonth}
          onChange={(m) => onChange(`${year}-${m}`)}
        />
      </View>
    </View>
  )
}
