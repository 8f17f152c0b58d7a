import { Text, View } from '@tarojs/components'
import { PayUnit } from '@renshe/shared/wages/schemas'
import { pressable, roleProps } from '../../../lib/a11y/pressable'
import { formatFen, formatMonth } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { yuanToFen } from '../../../lib/money'
import { maskPhone, type FormValues } from '../form-values'
import { wagesMessages } from '../messages'
import { useRegionName } from '../../../ui/region-name'

interface CheckAnswersProps {
  readonly values: FormValues
  readonly evidenceCount: number
  /** Opens the question screen (0–4) where an answer can be changed. */
  readonly onChange: (step: number) => void
  /** The number of the real-name record, masked, used when no other is given; null when none. */
  readonly phoneOnFile: string | null
}

interface Row {
  readonly key: string
  readonly label: string
  readonly value: string
  readonly step: number
}

/** Every answer once more, each with a link back to its screen (GOV.UK "check your answers"). */
export function CheckAnswers({ values, evidenceCount, onChange, phoneOnFile }: CheckAnswersProps) {
  const t = useT(wagesMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const regionName = useRegionName()
  const none = t('review.none')
  const or = (text: string) => (text.trim() ? text.trim() : none)
  const fen = yuanToFen(values.amountYuan)
  const unit = PayUnit.safeParse(values.payUnit)

  const rows: Row[] = [
    { key: 'employer', label: t('review.employer'), value: or(values.employerName), step: 0 },
    { key: 'creditCode', label: t('review.creditCode'), value: or(values.creditCode), step: 0 },
    { key: 'site', label: t('review.site'), value: or(values.siteName), step: 1 },
    { key: 'region', label: t('review.region'), value: values.regionCode ? regionName(values.regionCode) : none, step: 1 },
    { key: 'address', label: t('review.address'), value: or(values.address), step: 1 },
    {
      key: 'period',
      label: t('review.period'),
      value: values.fromMonth && values.toMonth ? t('review.periodValue', { from: formatMonth(values.fromMonth, locale), to: formatMonth(values.toMonth, locale) }) : none,
      step: 2,
    },
    { key: 'amount', label: t('review.amount'), value: fen === null ? none : formatFen(fen), step: 2 },
    { key: 'payUnit', label: t('review.payUnit'), value: unit.success ? label(`payUnit.${unit.data}`) : none, step: 2 },
    { key: 'coWorkers', label: t('review.coWorkers'), value: t('review.coWorkersValue', { count: Number(values.coWorkers) || 0 }), step: 2 },
    { key: 'evidence', label: t('review.evidence'), value: evidenceCount > 0 ? t('review.evidenceValue', { count: evidenceCount }) : none, step: 3 },
    { key: 'description', label: t('review.description'), value: or(values.description), step: 3 },
    {
      key: 'phone',
      label: t('review.phone'),
      value: values.phone.trim() ? maskPhone(values.phone) : phoneOnFile ? t('review.phoneOnFile', { phone: phoneOnFile }) : none,
      step: 4,
    },
  ]

  return (
    <View {...roleProps('list')} className='answers'>
      {rows.map((row) => {
        const change = () => onChange(row.step)
        return (
          <View key={row.key} {...roleProps('listitem')} className='answers__row'>
            <View className='answers__text'>
              <Text className='answers__label'>{row.label}</Text>
              <Text className='answers__value'>{row.value}</Text>
            </View>
            <Text {...pressable(change, 'link')} aria-label={t('review.changeNamed', { what: row.label })} className='ui-link answers__change focusable' onClick={change}>
              {t('review.change')}
            </Text>
          </View>
        )
      })}
    </View>
  )
}
