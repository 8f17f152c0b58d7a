import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { pageLink } from '@renshe/shared/platform/pages'
import type { AssessmentCourse, Candidate } from '@renshe/shared/training/assessment'
import { getAssessmentCourse } from '@renshe/shared/training/assessment-contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Card } from '../../../../ui/card'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { AssessmentForm } from '../../components/assessment-form'
import { CandidateFacts } from '../../components/candidate-facts'
import { LoginFirst } from '../../components/login-first'
import { dayText, levelText, occupationLabel } from '../../labels'
import { trainingMessages } from '../../messages'
import '../../training.css'
import '../../skills.css'

/** One course of the assessment body's region: each trainee, masked, with attendance, and her result to record once. */
export default function AssessmentCoursePage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const { id = '' } = useRouter().params
  const [loaded, reload] = useOperation(getAssessmentCourse, session ? { params: { id } } : null)
  return (
    <PageShell title={t('assess.title')} operation={getAssessmentCourse}>
      {!session ? <LoginFirst back={pageLink('assessmentCourse', { id })} /> : null}
      {session && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading /> : null}
      {loaded.status === 'ok' ? <Candidates value={loaded.value} /> : null}
    </PageShell>
  )
}

function Candidates({ value }: { readonly value: AssessmentCourse }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  // A recorded result answers with the trainee as she now stands; it replaces her in the lists.
  const [recorded, setRecorded] = useState<Readonly<Record<string, Candidate>>>({})
  const [last, setLast] = useState<Candidate | null>(null)
  const { course } = value
  const items = value.items.map((candidate) => recorded[candidate.enrolmentId] ?? candidate)
  const awaiting = items.filter((candidate) => candidate.result === null)
  const done = items.filter((candidate) => candidate.result !== null)

  const onRecorded = (candidate: Candidate) => {
    setRecorded((current) => ({ ...current, [candidate.enrolmentId]: candidate }))
    setLast(candidate)
  }

  return (
    <View>
      <Heading level={2} className='training-voucher__title'>
        {course.name}
      </Heading>
      <View className='training-facts'>
        <Text className='training-line'>{t('course.institution', { name: course.institutionName })}</Text>
        <Text className='training-line training-line--strong'>{t('course.what', { occupation: occupationLabel(course.occupationCode, locale), level: levelText(course.level, t) })}</Text>
        <Text className='training-line'>
          {t('course.startsOn', { date: dayText(course.startsOn, locale) })} · {t('course.hours', { hours: course.hours })}
        </Text>
      </View>
      <Banner tone='info'>
        <Text>{t('assess.onceOnly')}</Text>
      </Banner>
      {last?.result ? (
        <Banner tone='success'>{last.result.passed ? t('assess.savedPass', { name: last.traineeMaskedName }) : t('assess.savedFail', { name: last.traineeMaskedName })}</Banner>
      ) : null}
      <Card title={t('assess.awaitingTitle', { count: awaiting.length })}>
        {awaiting.length === 0 ? <Text className='muted'>{t('assess.noneAwaiting')}</Text> : null}
        <View {...roleProps('list')} className='training-list'>
          {awaiting.map((candidate) => (
            <View {...roleProps('listitem')} key={candidate.enrolmentId} className='training-list__item'>
              <CandidateFacts candidate={candidate} />
              <AssessmentForm candidate={candidate} onRecorded={onRecorded} />
            </View>
          ))}
        </View>
      </Card>
      <Card title={t('assess.doneTitle', { count: done.length })}>
        {done.length === 0 ? <Text className='muted'>{t('assess.noneDone')}</Text> : null}
        <View {...roleProps('list')} className='training-list'>
          {done.map((candidate) => (
            <View {...roleProps('listitem')} key={candidate.enrolmentId} className='training-list__item training-list__item--closed'>
              <CandidateFacts candidate={candidate} />
            </View>
          ))}
        </View>
      </Card>
      <View className='training-links'>
        <Link to={routes.assessorCourses}>{t('assess.toList')}</Link>
      </View>
    </View>
  )
}
