import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import type { Course, Enrolment } from '@renshe/shared/training/courses'
import { enrol } from '@renshe/shared/training/courses-contract'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Heading } from '../../../ui/heading'
import { ProblemNotice } from '../../../ui/problem-notice'
import { refusalText } from '../labels'
import { trainingMessages } from '../messages'
import { CourseFacts, placesLeft } from './course-facts'

interface CourseItemProps {
  readonly course: Course
  /** Her voucher, when she came from one: the course can be enrolled in with it. */
  readonly voucherId: string | null
  /** Her enrolment with this voucher, on this course or another, once asked for. */
  readonly enrolment: Enrolment | null
  readonly onEnrolled: (enrolment: Enrolment) => void
}

/**
 * One open course, and enrolling in it with her voucher. The request carries an
 * Idempotency-Key: a retry after a lost answer is the same request, never a second enrolment.
 */
export function CourseItem({ course, voucherId, enrolment, onEnrolled }: CourseItemProps) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const { submit, sending } = useSubmission(enrol)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const reason = refusalText(failure?.problem ?? null, locale)
  const mine = enrolment?.courseId === course.id ? enrolment : null

  const ask = async () => {
    if (voucherId === null) return
    setFailure(null)
    const result = await submit({ params: { id: course.id }, body: { voucherId } })
    if (result.ok) return onEnrolled(result.value)
    setFailure({ problem: result.network ? null : result.problem })
  }

  // One voucher, one enrolment: once asked for, no other course offers it; a full course offers nothing.
  const canAsk = voucherId !== null && enrolment === null && placesLeft(course) > 0 && reason === null
  return (
    <View className='training-voucher'>
      <Heading level={2} className='training-voucher__title'>
        {course.name}
      </Heading>
      <CourseFacts course={course} />
      {mine ? (
        <Banner tone='success' title={t(`enrolment.${mine.status}`)}>
          <Text>{t('course.enrolSent')}</Text>
        </Banner>
      ) : null}
      {/* A refusal with its reason is final (full, not for this voucher, started): no button to tap again. */}
      {reason ? <Banner tone='error'>{reason}</Banner> : null}
      {failure && !reason ? <ProblemNotice problem={failure.problem} onRetry={() => void ask()} /> : null}
      {canAsk ? (
        <Button block busy={sending} onPress={() => void ask()}>
          <Text aria-hidden='true'>{t('course.enrol')}</Text>
          <Text className='visually-hidden'>{t('course.enrolNamed', { name: course.name })}</Text>
        </Button>
      ) : null}
    </View>
  )
}
