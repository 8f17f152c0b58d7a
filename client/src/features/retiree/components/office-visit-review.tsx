import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { reviewVisit } from '@renshe/shared/retiree/contract'
import type { VisitChecklist, VisitForReview } from '@renshe/shared/retiree/schemas'
import { focusById } from '../../../lib/a11y/focus'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { domainLabels } from '../../../ui/domain-labels'
import { Heading } from '../../../ui/heading'
import { ProblemNotice } from '../../../ui/problem-notice'
import { officeMessages } from '../office-messages'
import { OfficeFact } from './office-fact'
import { OfficeRejectForm } from './office-reject-form'
import { OfficeVisitPhoto } from './office-visit-photo'

const checks: readonly (keyof VisitChecklist)[] = ['personPresent', 'matchesIdPhoto', 'answersQuestions']

/** One home visit waiting for review: what the grid staff member saw and did, then approve or reject it. */
export function OfficeVisitReview({ initial }: { readonly initial: VisitForReview }) {
  const t = useT(officeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const [visit, setVisit] = useState(initial)
  const [rejecting, setRejecting] = useState(false)
  // The answer's status may already be the reopened task's; the banner says what the officer decided.
  const [decision, setDecision] = useState<'approve' | 'reject' | null>(null)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const approval = useSubmission(reviewVisit)
  const rejectId = `reject-${visit.taskId}`
  const headingId = `visit-${visit.taskId}`

  const approve = async () => {
    setFailure(null)
    const result = await approval.submit({ params: { id: visit.taskId }, body: { decision: 'approve' } })
    if (result.ok) {
      setVisit(result.value)
      setDecision('approve')
    } else setFailure({ problem: result.network ? null : result.problem })
  }

  const staff = visit.staffCode ? t('reviews.staffValue', { name: visit.staffMaskedName, code: visit.staffCode }) : visit.staffMaskedName
  const open = decision === null && visit.status === 'submitted'

  return (
    <View {...roleProps('listitem')} aria-labelledby={headingId} className='retiree-office-row'>
      <View className='retiree-office-row__head'>
        <Heading level={2} id={headingId} className='retiree-office-row__name'>
          {visit.pensionerMaskedName}
        </Heading>
        <Text className={visit.status === 'approved' ? 'status-tag status-tag--ok' : 'status-tag'}>{label(`visitStatus.${visit.status}`)}</Text>
      </View>
      <Text>{t('reviews.age', { age: visit.age })}</Text>
      <View className='retiree-office-facts'>
        <OfficeFact label={t('reviews.staff')} value={staff} />
        <OfficeFact label={t('reviews.place')} value={visit.place} />
        <OfficeFact label={t('reviews.visitedAt')} value={formatDateTime(visit.visitedAt, locale)} />
      </View>
      <Text className='retiree-office-subtitle'>{t('reviews.checklistTitle')}</Text>
      <View {...roleProps('list')} className='retiree-office-checks'>
        {checks.map((check) => (
          <View key={check} {...roleProps('listitem')} className='retiree-office-check'>
            <Text aria-hidden='true' className='retiree-office-check__tick'>
              ✓
            </Text>
            <Text>{t('reviews.confirmed', { item: t(`reviews.check.${check}`) })}</Text>
          </View>
        ))}
      </View>
      <OfficeVisitPhoto taskId={visit.taskId} name={visit.pensionerMaskedName} />
      {decision === 'approve' ? <Banner tone='success' title={t('reviews.approved')} /> : null}
      {decision === 'reject' ? <Banner tone='success' title={t('reviews.rejected')} /> : null}
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void approve()} /> : null}
      {open ? (
        <View className='retiree-office-row__actions'>
          <Button busy={approval.sending} onPress={() => void approve()}>
            {t('reviews.approve')}
          </Button>
          <Button
            id={rejectId}
            variant='danger'
            onPress={() => {
              setFailure(null)
              setRejecting(true)
            }}
          >
            {t('reviews.reject')}
          </Button>
        </View>
      ) : null}
      {open && rejecting ? (
        <OfficeRejectForm
          visit={visit}
          onDone={(next) => {
            setRejecting(false)
            setVisit(next)
            setDecision('reject')
          }}
          onCancel={() => {
            setRejecting(false)
            focusById(rejectId)
          }}
        />
      ) : null}
    </View>
  )
}
