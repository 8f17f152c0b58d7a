import { Text, View } from '@tarojs/components'
import type { Gap } from '@renshe/shared/records/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatMonth } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Card } from '../../../ui/card'
import { domainLabels } from '../../../ui/domain-labels'
import { recordsMessages } from '../messages'

/**
 * Gaps stand out (colour, border and words), because they are what a person must act on.
 * `withinYear`: the gaps are cut to one year, so an ongoing one counts this year's months only.
 */
export function GapList({ gaps, title, withinYear = false }: { readonly gaps: readonly Gap[]; readonly title: string; readonly withinYear?: boolean }) {
  const t = useT(recordsMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  if (gaps.length === 0) return null
  return (
    <Card title={title} tone='highlight'>
      <View {...roleProps('list')} className='stack'>
        {gaps.map((gap) => (
          <Text key={`${gap.type}-${gap.from}`} {...roleProps('listitem')} className='gap-line'>
            {t(gap.ongoing ? (withinYear ? 'year.gapOngoing' : 'summary.gapOngoing') : gap.from === gap.to ? 'summary.gapOneMonth' : 'summary.gap', {
              type: label(`insurance.${gap.type}`),
              from: formatMonth(gap.from, locale),
              to: formatMonth(gap.to, locale),
              months: gap.months,
            })}
          </Text>
        ))}
      </View>
    </Card>
  )
}
