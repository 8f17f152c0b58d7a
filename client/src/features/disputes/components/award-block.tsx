import { Text, View } from '@tarojs/components'
import type { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import { formatDate, formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { caseMessages } from '../case-messages'
import { dateAtNoon } from '../dates'

type Award = NonNullable<ArbitrationCase['award']>

/**
 * The award's finality in words (arts. 47–48): final for the employer and why, or not final, and
 * until when either side may go to court; the worker may always sue within the 15 days.
 */
export function AwardBlock({ award }: { readonly award: Award }) {
  const t = useT(caseMessages)
  const locale = useLocale()
  const date = formatDate(dateAtNoon(award.sueBy), locale)
  return (
    <View className='arb-award'>
      <Text className='arb-award__finality'>
        {award.reason === 'not_final' ? t('award.not_final', { date }) : t(`award.${award.reason}`, { limit: formatFen(12 * award.localMonthlyMinimumFen) })}
      </Text>
      {award.finalForEmployer ? <Text>{t('award.workerMaySue', { date })}</Text> : null}
      <Text className='muted'>{t('award.minimum', { amount: formatFen(award.localMonthlyMinimumFen) })}</Text>
    </View>
  )
}
