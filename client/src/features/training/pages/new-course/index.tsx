import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import type { Course } from '@renshe/shared/training/courses'
import { courseNameMaxLength } from '@renshe/shared/training/courses'
import { createCourse } from '@renshe/shared/training/courses-contract'
import type { SkillLevel } from '@renshe/shared/training/schemas'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorOf, errorProp, errorsFromProblem, type FieldIds } from '../../../../lib/form-errors'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useSubmission } from '../../../../lib/use-submission'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Link } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { useRegionName } from '../../../../ui/region-name'
import { ChoiceRow } from '../../../../ui/choice-row'
import { CourseFacts } from '../../components/course-facts'
import { LoginFirst } from '../../components/login-first'
import { OccupationPicker } from '../../components/occupation-picker'
import { SessionRows } from '../../components/session-rows'
import { checkCourse, courseFieldIds, emptyCourse, sessionIds, type CourseValues } from '../../course-values'
import { levelText } from '../../labels'
import { trainingMessages, type TrainingT } from '../../messages'
import { placeProblems } from '../../programme-values'
import { regionsOf } from '../../regions'
import '../../training.css'
import { pageLink } from '@renshe/shared/platform/pages'
import { routes } from '../../../../routes'

/** Lowest first, as a trainee climbs them: 5 (初级工) to 1 (高级技师). */
const levels: readonly SkillLevel[] = [5, 4, 3, 2, 1]

export default function NewCoursePage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const [created, setCreated] = useState<Course | null>(null)
  return (
    <PageShell title={t('newCourse.title')} operation={createCourse}>
      {!session ? <LoginFirst back={routes.newCourse} /> : null}
      {session && created ? <Created course={created} /> : null}
      {session && !created ? <CourseForm institutionRegion={session.me.regionCode} onCreated={setCreated} /> : null}
    </PageShell>
  )
}

function Created({ course }: { readonly course: Course }) {
  const t = useT(trainingMessages)
  return (
    <View>
      <Banner tone='success' title={t('newCourse.created')}>
        <Text>{course.name}</Text>
      </Banner>
      <Card>
        <CourseFacts course={course} />
      </Card>
      <View className='training-links'>
        <Link to={pageLink('courseRoster', { id: course.id })}>{t('institution.roster', { name: course.name })}</Link>
        <Link to={routes.institutionCourses}>{t('newCourse.toList')}</Link>
      </View>
    </View>
  )
}

/** Field id → the label the error summary names it by: sessions by their number, then the field. */
function summaryLabels(values: CourseValues, ids: FieldIds, t: TrainingT): Record<string, string> {
  const labels: Record<string, string> = {
    [ids.name ?? '']: t('newCourse.name'),
    [ids.occupationCode ?? '']: t('occupation.legend'),
    [ids.level ?? '']: t('new.level'),
    [ids.hours ?? '']: t('newCourse.hours'),
    [ids.capacity ?? '']: t('newCourse.capacity'),
    [ids.priceFen ?? '']: t('newCourse.price'),
    [ids.regionCode ?? '']: t('newCourse.region'),
    [ids.sessions ?? '']: t('newCourse.sessionsTitle'),
  }
  values.sessions.forEach((row, index) => {
    const inputs = sessionIds(row)
    const n = t('newCourse.session', { n: index + 1 })
    labels[inputs.date] = `${n} ${t('newCourse.date')}`
    labels[inputs.from] = `${n} ${t('newCourse.from')}`
    labels[inputs.to] = `${n} ${t('newCourse.to')}`
    labels[inputs.place] = `${n} ${t('newCourse.place')}`
  })
  return labels
}

function CourseForm({ institutionRegion, onCreated }: { readonly institutionRegion: string | null; readonly onCreated: (course: Course) => void }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const regionName = useRegionName()
  // What was typed, kept as typed whatever the server answers.
  const [values, setValues] = useState<CourseValues>(emptyCourse)
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, edited, sending } = useSubmission(createCourse)
  const ids = courseFieldIds(values.sessions)
  const id = (name: string) => ids[name] ?? name

  const patch = (part: Partial<CourseValues>) => {
    setValues((current) => ({ ...current, ...part }))
    // A changed form is a new submission, with a new Idempotency-Key.
    edited()
  }

  const send = async () => {
    setFailure(null)
    const checked = checkCourse(values, locale, t)
    if (!checked.ok) return setErrors(placeProblems(checked.problems, ids))
    setErrors([])
    const result = await submit({ body: checked.value })
    if (result.ok) return onCreated(result.value)
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = errorsFromProblem(result.problem, ids, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  return (
    <View>
      <Text className='page__lead'>{t('newCourse.lead')}</Text>
      <ErrorSummary errors={errors} id='course-errors' labels={summaryLabels(values, ids, t)} />
      <Card title={t('newCourse.basicsTitle')}>
        <Field id={id('name')} label={t('newCourse.name')} hint={t('newCourse.nameHint')} maxLength={courseNameMaxLength} value={values.name} onChange={(name) => patch({ name })} {...errorProp(errors, id('name'))} />
        <OccupationPicker id={id('occupationCode')} legend={t('occupation.legend')} chosen={values.occupation} error={errorOf(errors, id('occupationCode'))} onChange={(occupation) => patch({ occupation })} />
        <ChoiceRow<SkillLevel>
          id={id('level')}
          legend={t('new.level')}
          error={errorOf(errors, id('level'))}
          options={levels.map((level) => ({ value: level, label: levelText(level, t) }))}
          isOn={(level) => level === values.level}
          onPress={(level) => patch({ level })}
        />
        <Field id={id('hours')} label={t('newCourse.hours')} type='number' maxLength={4} value={values.hours} onChange={(hours) => patch({ hours })} {...errorProp(errors, id('hours'))} />
        <Field id={id('capacity')} label={t('newCourse.capacity')} type='number' maxLength={4} value={values.capacity} onChange={(capacity) => patch({ capacity })} {...errorProp(errors, id('capacity'))} />
        <Field id={id('priceFen')} label={t('newCourse.price')} hint={t('newCourse.priceHint')} type='digit' maxLength={12} value={values.price} onChange={(price) => patch({ price })} {...errorProp(errors, id('priceFen'))} />
        <ChoiceRow<string>
          id={id('regionCode')}
          legend={t('newCourse.region')}
          error={errorOf(errors, id('regionCode'))}
          options={regionsOf(institutionRegion).map((code) => ({ value: code, label: regionName(code) }))}
          isOn={(code) => code === values.regionCode}
          onPress={(regionCode) => patch({ regionCode })}
        />
      </Card>
      <Card title={t('newCourse.sessionsTitle')}>
        <SessionRows id={id('sessions')} rows={values.sessions} errors={errors} onChange={(sessions) => patch({ sessions })} />
      </Card>
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <View className='training-actions'>
        <Button block busy={sending} onPress={() => void send()}>
          {t('newCourse.send')}
        </Button>
      </View>
    </View>
  )
}
