import { Text, View } from '@tarojs/components'
import type { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import type { InjuryStatus } from '@renshe/shared/disputes/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Card } from '../../../ui/card'
import { dateAtNoon } from '../dates'
import { injuryCaseMessages } from '../injury-case-messages'

const afterRecognition: readonly InjuryStatus[] = ['recognised', 'assessment_requested', 'assessed', 'review_requested']

/** The reason the timeline gives for the latest event of a kind. */
function reasonOf(detail: InjuryCase, kind: 'refused' | 'not_recognised'): string | null {
  return [...detail.timeline].reverse().find((event) => event.kind === kind)?.reason ?? null
}

/**
 * The office's decision, once made: not accepted, recognised or not, with its reason and what
 * either side may do next (an assessment once recognised; review or suit against a decision).
 */
export function InjuryDecision({ detail }: { readonly detail: InjuryCase }) {
  const t = useT(injuryCaseMessages)
  const recognised = afterRecognition.includes(detail.status)
  if (!recognised && detail.status !== 'not_recognised' && detail.status !== 'refused') return null
  const outcome = recognised ? 'recognised' : detail.status === 'refused' ? 'refused' : 'not_recognised'
  const reason = outcome === 'recognised' ? null : reasonOf(detail, outcome)
  const party = detail.myRole !== 'officer' && detail.myRole !== 'committee'
  return (
    <Card title={t('decision.title')}>
      <View className='inj-decision'>
        <Text className='inj-decision__main'>{t(`decision.${outcome}`)}</Text>
        {reason ? <Text>{t('decision.reason', { reason })}</Text> : null}
        {detail.status === 'recognised' && party ? <Text>{t('decision.assessNext')}</Text> : null}
        {outcome !== 'refused' ? <Text className='muted'>{t('decision.appeal')}</Text> : null}
      </View>
    </Card>
  )
}

/** The labour-capacity assessment: under way and its day, the grade made, and until when a review may be asked for. */
export function InjuryGrade({ detail }: { readonly detail: InjuryCase }) {
  const t = useT(injuryCaseMessages)
  const locale = useLocale()
  const dayOf = (step: 'assessment' | 'review') => {
    const deadline = detail.deadlines.find((item) => item.step === step)
    return deadline ? formatDate(dateAtNoon(deadline.by), locale) : null
  }
  if (detail.status === 'assessment_requested') {
    const date = dayOf('assessment')
    return (
      <Card title={t('grade.title')}>
        {date ? <Text>{t('grade.pending', { date })}</Text> : null}
      </Card>
    )
  }
  if (!detail.assessed) return null
  const review = detail.status === 'assessed' ? dayOf('review') : null
  return (
    <Card title={t('grade.title')}>
      <View className='inj-decision'>
        <Text className='inj-decision__main'>{detail.grade !== null ? t('grade.value', { grade: detail.grade }) : t('grade.none')}</Text>
        {review ? <Text>{t('grade.review', { date: review })}</Text> : null}
        {detail.status === 'review_requested' ? <Text>{t('grade.reviewRequested')}</Text> : null}
      </View>
    </Card>
  )
}

/** The one written list of what is missing (工伤认定办法 art. 8), to both sides, and how to send it when it is the caller's to send. */
export function InjuryMissing({ detail }: { readonly detail: InjuryCase }) {
  const t = useT(injuryCaseMessages)
  if (!detail.missingDocuments) return null
  // Once the case has moved past the request, the list is what was asked and sent: said in the past.
  const asked = detail.status === 'documents_requested'
  return (
    <Card title={asked ? t('missing.title') : t('missing.titleSupplied')} tone={detail.allowedActions.includes('supplyDocuments') ? 'highlight' : 'plain'}>
      <Text>{asked ? t('missing.lead') : t('missing.leadSupplied')}</Text>
      <View {...roleProps('list')} className='inj-missing'>
        {detail.missingDocuments.map((item, index) => (
          <Text key={index} {...roleProps('listitem')} className='inj-missing__item'>
            {item}
          </Text>
        ))}
      </View>
      {detail.allowedActions.includes('supplyDocuments') ? <Text>{t('missing.supplyLead')}</Text> : null}
    </Card>
  )
}
