import { Text, View } from '@tarojs/components'
import type { AssessmentResult, SkillsRecordCourse, SkillsSummaryCourse } from '@renshe/shared/training/assessment'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Heading } from '../../../ui/heading'
import { dayText, levelText, occupationLabel } from '../labels'
import { trainingMessages, type TrainingT } from '../messages'

/** How a course ended, in words: passed with the certificate's number, not passed, or still waiting. */
export function outcomeText(result: AssessmentResult | null, t: TrainingT): string {
  if (!result) return t('skills.awaiting')
  return result.passed ? t('skills.passed', { number: result.certificateNumber ?? '' }) : t('skills.failed')
}

const outcomeClass = (result: AssessmentResult | null) => (result === null ? 'status-tag' : result.passed ? 'status-tag status-tag--ok' : 'status-tag status-tag--warn')

/**
 * One course of a skills record: where and what, how long, how much she attended, and how it
 * ended; with the voucher it was paid by in her own record (a shared summary carries none).
 */
export function SkillsCourseItem({ course }: { readonly course: SkillsSummaryCourse | SkillsRecordCourse }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  return (
    <View className='training-voucher'>
      <Heading level={3} className='training-voucher__title'>
        {course.courseName}
      </Heading>
      <Text className='training-line'>{t('course.institution', { name: course.institutionName })}</Text>
      <Text className='training-line'>{t('course.what', { occupation: occupationLabel(course.occupationCode, locale), level: levelText(course.level, t) })}</Text>
      <Text className='training-line'>
        {t('skills.dates', { from: dayText(course.startsOn, locale), to: dayText(course.endsOn, locale) })} · {t('course.hours', { hours: course.hours })}
      </Text>
      <Text className='training-line'>{t('assess.attended', { attended: course.attended, sessions: course.sessions })}</Text>
      {'voucherNumber' in course ? <Text className='training-line'>{t('skills.voucher', { number: course.voucherNumber, status: t(`status.${course.voucherStatus}`) })}</Text> : null}
      <Text className={outcomeClass(course.result)}>{outcomeText(course.result, t)}</Text>
    </View>
  )
}
