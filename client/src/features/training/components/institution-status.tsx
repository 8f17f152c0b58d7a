import { Text, View } from '@tarojs/components'
import type { SupervisedInstitution } from '@renshe/shared/training/attendance'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { trainingMessages } from '../messages'

/** Active or suspended, in words, with when and why it was suspended. */
export function InstitutionStatus({ institution }: { readonly institution: SupervisedInstitution }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const suspended = institution.status === 'suspended'
  return (
    <View className='training-facts'>
      <Text className={suspended ? 'status-tag status-tag--warn' : 'status-tag status-tag--ok'}>{t(suspended ? 'supervision.suspended' : 'supervision.active')}</Text>
      {suspended && institution.suspendedAt ? (
        <Text className='training-line'>{t('supervision.suspendedSince', { date: formatDate(institution.suspendedAt, locale), reason: institution.suspendedReason ?? '' })}</Text>
      ) : null}
    </View>
  )
}
