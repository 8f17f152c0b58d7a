import { Text, View } from '@tarojs/components'
import { addMonths } from '@renshe/shared/records/months'
import { InsuranceType, type ContributionRow, type Gap } from '@renshe/shared/records/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatFen, formatMonth } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { recordsMessages } from '../messages'

interface Month {
  readonly month: string
  readonly rows: readonly ContributionRow[]
  readonly unpaid: readonly InsuranceType[]
}

const order = (type: InsuranceType) => InsuranceType.options.indexOf(type)

/** Every month of the year that has a payment or a gap, in order, with its unpaid insurance. */
function monthsOf(rows: readonly ContributionRow[], gaps: readonly Gap[]): Month[] {
  const months = new Map<string, { rows: ContributionRow[]; unpaid: InsuranceType[] }>()
  const entry = (month: string) => {
    let found = months.get(month)
    if (!found) {
      found = { rows: [], unpaid: [] }
      months.set(month, found)
    }
    return found
  }
  for (const row of [...rows].sort((a, b) => order(a.type) - order(b.type))) entry(row.month).rows.push(row)
  for (const gap of gaps) {
    for (let month = gap.from; month <= gap.to; month = addMonths(month, 1)) entry(month).unpaid.push(gap.type)
  }
  for (const found of months.values()) found.unpaid.sort((a, b) => order(a) - order(b))
  return [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, value]) => ({ month, ...value }))
}

/**
 * One entry per month, as people think of their pay: the base and employer once, then what each
 * insurance took; a month with something unpaid says so in the same place, not only in a list above.
 */
export function MonthList({ rows, gaps }: { readonly rows: readonly ContributionRow[]; readonly gaps: readonly Gap[] }) {
  const t = useT(recordsMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  return (
    <View {...roleProps('list')}>
      {monthsOf(rows, gaps).map(({ month, rows: paid, unpaid }) => {
        const first = paid[0]
        return (
          <View key={month} {...roleProps('listitem')} className={unpaid.length > 0 ? 'month month--unpaid' : 'month'}>
            <Text className='month__title'>{formatMonth(month, locale)}</Text>
            {first ? (
              <Text className='muted small'>
                {t('year.monthHead', { employer: first.payer === 'flexible' ? t('year.flexiblePayer') : first.employerName, base: formatFen(first.baseFen) })}
              </Text>
            ) : null}
            {paid.map((row) => (
              <View key={row.type} className='month__line'>
                <Text className='month__type'>{label(`insurance.${row.type}`)}</Text>
                <Text>
                  {t('year.split', { personal: formatFen(row.personalFen), employer: formatFen(row.employerFen) })}
                </Text>
              </View>
            ))}
            {unpaid.map((type) => (
              <View key={type} className='month__line month__line--unpaid'>
                <Text className='month__type'>{label(`insurance.${type}`)}</Text>
                <Text>{t('year.unpaid')}</Text>
              </View>
            ))}
          </View>
        )
      })}
    </View>
  )
}
