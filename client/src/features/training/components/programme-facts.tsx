import { Text, View } from '@tarojs/components'
import type { Programme } from '@renshe/shared/training/schemas'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { dayText, eligibilityText } from '../labels'
import { trainingMessages } from '../messages'
import { CoveredList } from './covered-list'

function Fact({ label, children }: { readonly label: string; readonly children: string }) {
  return (
    <View className='training-fact'>
      <Text className='training-fact__label'>{label}</Text>
      <Text className='training-fact__value'>{children}</Text>
    </View>
  )
}

/** What a programme is, as its officer set it: each choice in words, then what it covers (its institutions have a section of their own: `ApprovedInstitutions`). */
export function ProgrammeFacts({ programme }: { readonly programme: Programme }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  return (
    <View className='training-facts'>
      <Text className={programme.status === 'open' ? 'status-tag status-tag--ok' : 'status-tag'}>{t(`programme.status.${programme.status}`)}</Text>
      <Fact label={t('programme.kind')}>{t(`kind.${programme.kind}.explain`)}</Fact>
      <Fact label={t('programme.payment')}>{t(`payment.${programme.payment}.explain`)}</Fact>
      <Fact label={t('programme.reach')}>{t(`reach.${programme.reach}.explain`)}</Fact>
      <Fact label={t('programme.eligibility')}>{eligibilityText(programme.eligibility, t)}</Fact>
      <Fact label={t('programme.valid')}>{t('voucher.valid', { from: dayText(programme.validFrom, locale), until: dayText(programme.validUntil, locale) })}</Fact>
      <Fact label={t('programme.threshold')}>{t('programme.thresholdValue', { percent: programme.attendanceThresholdPercent })}</Fact>
      <CoveredList covered={programme.covered} />
      <Text className='muted small'>{t('programme.createdAt', { date: formatDate(programme.createdAt, locale) })}</Text>
    </View>
  )
}
