import { Text, View } from '@tarojs/components'
import type { Candidate } from '@renshe/shared/training/assessment'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Heading } from '../../../ui/heading'
import { dayText } from '../labels'
import { trainingMessages } from '../messages'

/** A trainee as the assessment body may see her: masked, with her attendance and any result. */
export function CandidateFacts({ candidate }: { readonly candidate: Candidate }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const { result } = candidate
  return (
    <View className='training-voucher'>
      <Heading level={3} className='training-voucher__title'>
        {candidate.traineeMaskedName}
      </Heading>
      <Text className='training-line'>{t('roster.idNumber', { id: candidate.idNumberMasked })}</Text>
      <Text className='training-line training-line--strong'>{t('assess.attended', { attended: candidate.attended, sessions: candidate.sessions })}</Text>
      {result ? (
        <View className='training-facts'>
          <Text className={result.passed ? 'status-tag status-tag--ok' : 'status-tag status-tag--warn'}>
            {result.passed ? t('assess.resultPass', { number: result.certificateNumber ?? '' }) : t('assess.resultFail')}
          </Text>
          <Text className='training-line muted'>{t('assess.resultOn', { date: dayText(result.assessedOn, locale), assessor: result.assessorName })}</Text>
        </View>
      ) : null}
    </View>
  )
}
