import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { createPost } from '@renshe/shared/jobs/posts-contract'
import type { PostedJob } from '@renshe/shared/jobs/posts'
import type { JobKind } from '@renshe/shared/jobs/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorOf, errorProp, errorsFromProblem } from '../../../../lib/form-errors'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Link } from '../../../../ui/link'
import { LongText } from '../../../../ui/long-text'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { ChoiceRow } from '../../components/choice-row'
import { HoldReasons } from '../../components/hold-reasons'
import { HoursFields } from '../../components/hours-fields'
import { JobFacts } from '../../components/job-facts'
import { LoginFirst } from '../../components/login-first'
import { OccupationPicker } from '../../components/occupation-picker'
import { PayFields } from '../../components/pay-fields'
import { PlaceFields } from '../../components/place-fields'
import { fieldProblems, onePerField } from '../../field-errors'
import { statusTone } from '../../labels'
import { jobsMessages } from '../../messages'
import { checkPost, emptyPost, postFieldIds, withKind, type PostValues } from '../../post-values'
import '../../jobs.css'

/** Day jobs first, as on the open jobs page. */
const postKinds: readonly JobKind[] = ['day', 'part_time', 'full_time']

export default function PostJobPage() {
  const t = useT(jobsMessages)
  const session = useStore(sessionStore)
  const [posted, setPosted] = useState<PostedJob | null>(null)
  const [round, setRound] = useState(0)

  return (
    <PageShell title={t('post.title')} operation={createPost}>
      {!session ? <LoginFirst back={routes.postJob} /> : null}
      {session && posted ? (
        <Posted
          posted={posted}
          onAnother={() => {
            setPosted(null)
            setRound((n) => n + 1)
          }}
        />
      ) : null}
      {session && !posted ? <PostForm key={round} onPosted={setPosted} /> : null}
    </PageShell>
  )
}

function Posted({ posted, onAnother }: { readonly posted: PostedJob; readonly onAnother: () => void }) {
  const t = useT(jobsMessages)
  const held = posted.status === 'held'
  return (
    <View>
      <Banner tone={held ? 'warning' : 'success'} title={held ? t('post.sentHeld') : t('post.sentInReview')}>
        <Text>{held ? t('post.heldLead') : t('post.inReviewLead')}</Text>
      </Banner>
      <Card>
        <JobFacts post={posted.post} organisationName={posted.organisationName} badge={t(`status.${posted.status}`)} badgeTone={statusTone(posted.status)} full />
        <HoldReasons title={t('mine.heldBecause')} reasons={posted.holdReasons} />
      </Card>
      <View className='stack'>
        <Button block onPress={onAnother}>
          {t('post.another')}
        </Button>
        <View className='jobs-links'>
          <Link to={routes.myJobPosts}>{t('post.toMine')}</Link>
        </View>
      </View>
    </View>
  )
}

function PostForm({ onPosted }: { readonly onPosted: (posted: PostedJob) => void }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  const [values, setValues] = useState<PostValues>(emptyPost)
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, edited, sending } = useSubmission(createPost)
  const ids = postFieldIds(values.kind)

  const change = (next: PostValues) => {
    setValues(next)
    edited()
  }
  const patch = (part: Partial<PostValues>) => change({ ...values, ...part })

  const send = async () => {
    setFailure(null)
    const checked = checkPost(values, locale, t)
    if (!checked.ok) {
      setErrors(fieldProblems(checked.problems, ids))
      return
    }
    setErrors([])
    const result = await submit({ body: checked.value })
    if (result.ok) return onPosted(result.value)
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = onePerField(errorsFromProblem(result.problem, ids, locale))
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const dayJob = values.kind === 'day'

  return (
    <View>
      <Text className='page__lead'>{t('post.lead')}</Text>
      <ErrorSummary
        errors={errors}
        id='post-errors'
        labels={{
          [ids.title]: t('post.jobTitle'),
          [ids.occupation]: t('occupation.legendOne'),
          [ids['place.community']]: t('place.community'),
          [ids['place.regionCode']]: t('place.region'),
          [ids.lat]: t('place.lat'),
          [ids.lng]: t('place.lng'),
          [ids.amountFen]: t('pay.amount'),
          [ids.headcount]: t('post.headcount'),
          [ids.startDate]: t('post.startDate'),
          [ids.endDate]: t('post.endDate'),
          [ids.shifts]: dayJob ? t('post.shiftDates') : t('hours.days'),
          [ids.from]: t('hours.from'),
          [ids.to]: t('hours.to'),
          [ids.description]: t('post.description'),
        }}
      />
      <Card>
        <Field id={ids.title} label={t('post.jobTitle')} hint={t('post.jobTitleHint')} maxLength={60} value={values.title} onChange={(title) => patch({ title })} {...errorProp(errors, ids.title)} />
        <ChoiceRow
          id={ids.kind}
          legend={t('post.kind')}
          error={errorOf(errors, ids.kind)}
          options={postKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          isOn={(kind) => kind === values.kind}
          onPress={(kind) => change(withKind(values, kind))}
        />
        <OccupationPicker
          id={ids.occupation}
          legend={t('occupation.legendOne')}
          chosen={values.occupation ? [values.occupation] : []}
          max={1}
          error={errorOf(errors, ids.occupation)}
          onChange={([occupation = '']) => patch({ occupation })}
        />
      </Card>
      <Card title={t('post.placeTitle')}>
        <PlaceFields ids={{ community: ids['place.community'], region: ids['place.regionCode'], lat: ids.lat, lng: ids.lng }} values={values.place} errors={errors} onChange={(place) => patch({ place })} />
      </Card>
      <Card title={t('post.payTitle')}>
        <PayFields ids={{ amount: ids.amountFen, unit: ids.unit }} amount={values.payAmount} unit={values.payUnit} errors={errors} onChange={(pay) => patch({ payAmount: pay.amount, payUnit: pay.unit })} />
        <Field id={ids.headcount} label={t('post.headcount')} type='number' maxLength={5} value={values.headcount} onChange={(headcount) => patch({ headcount })} {...errorProp(errors, ids.headcount)} />
      </Card>
      <Card title={t('post.timeTitle')}>
        <Field id={ids.startDate} label={t('post.startDate')} hint={t('post.dateHint')} maxLength={10} value={values.startDate} onChange={(startDate) => patch({ startDate })} {...errorProp(errors, ids.startDate)} />
        <Field id={ids.endDate} label={t('post.endDate')} hint={t('post.endDateHint')} maxLength={10} value={values.endDate} onChange={(endDate) => patch({ endDate })} {...errorProp(errors, ids.endDate)} />
        {dayJob ? (
          <Field id={ids.shifts} label={t('post.shiftDates')} hint={t('post.shiftDatesHint')} maxLength={400} value={values.shiftDates} onChange={(shiftDates) => patch({ shiftDates })} {...errorProp(errors, ids.shifts)} />
        ) : null}
        <HoursFields
          ids={{ days: ids.shifts, from: ids.from, to: ids.to }}
          {...(dayJob ? {} : { days: values.days, onDays: (days: readonly number[]) => patch({ days }) })}
          from={values.from}
          to={values.to}
          errors={errors}
          onTimes={(times) => patch(times)}
        />
      </Card>
      <Card>
        <Field id={ids.skills} label={t('post.skills')} hint={t('post.skillsHint')} maxLength={300} value={values.skills} onChange={(skills) => patch({ skills })} {...errorProp(errors, ids.skills)} />
        <Field id={ids.certificates} label={t('post.certificates')} hint={t('post.certificatesHint')} maxLength={300} value={values.certificates} onChange={(certificates) => patch({ certificates })} {...errorProp(errors, ids.certificates)} />
        <LongText id={ids.description} label={t('post.description')} hint={t('post.descriptionHint')} maxLength={1000} value={values.description} onChange={(description) => patch({ description })} error={errorOf(errors, ids.description)} />
      </Card>
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <View className='jobs-actions'>
        <Button block busy={sending} onPress={() => void send()}>
          {t('post.send')}
        </Button>
      </View>
    </View>
  )
}
