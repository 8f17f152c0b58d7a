import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { createPost, resubmitPost } from '@renshe/shared/jobs/posts-contract'
import { isEditablePostStatus, type JobPostInput, type PostedJob } from '@renshe/shared/jobs/posts'
import { pageLink } from '@renshe/shared/platform/pages'
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
import { Loading } from '../../../../ui/loading'
import { LongText } from '../../../../ui/long-text'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { loadMyPost } from '../../api'
import { ChoiceRow } from '../../../../ui/choice-row'
import { EarlierRounds } from '../../components/earlier-rounds'
import { HoldReasons } from '../../components/hold-reasons'
import { HoursFields } from '../../components/hours-fields'
import { JobFacts } from '../../components/job-facts'
import { LoginFirst } from '../../components/login-first'
import { Refusal } from '../../components/refusal'
import { OccupationPicker } from '../../components/occupation-picker'
import { PayFields } from '../../components/pay-fields'
import { PlaceFields } from '../../components/place-fields'
import { fieldProblems, onePerField } from '../../field-errors'
import { statusTone } from '../../labels'
import { jobsMessages } from '../../messages'
import { checkPost, emptyPost, postFieldIds, postValuesOf, withKind, type PostValues } from '../../post-values'
import '../../jobs.css'

/** Day jobs first, as on the open jobs page. */
const postKinds: readonly JobKind[] = ['day', 'part_time', 'full_time']

/**
 * Posting a job, or, opened with a post's `id`, changing one the rules held, an officer
 * declined, or still waiting, and sending it again: the form starts from what was posted.
 */
export default function PostJobPage() {
  const t = useT(jobsMessages)
  const session = useStore(sessionStore)
  const { id = '' } = useRouter().params
  const [posted, setPosted] = useState<PostedJob | null>(null)
  const [round, setRound] = useState(0)
  const editing = id !== ''

  return (
    <PageShell title={editing ? t('post.editTitle') : t('post.title')} operation={editing ? resubmitPost : createPost}>
      {!session ? <LoginFirst back={editing ? pageLink('postJob', { id }) : routes.postJob} /> : null}
      {session && posted ? (
        <Posted
          posted={posted}
          resent={editing}
          onAnother={() => {
            setPosted(null)
            setRound((n) => n + 1)
          }}
        />
      ) : null}
      {session && !posted && !editing ? <PostForm key={round} onPosted={setPosted} /> : null}
      {session && !posted && editing ? <EditPost id={id} onPosted={setPosted} /> : null}
    </PageShell>
  )
}

function Posted({ posted, resent, onAnother }: { readonly posted: PostedJob; readonly resent: boolean; readonly onAnother: () => void }) {
  const t = useT(jobsMessages)
  const held = posted.status === 'held'
  const title = resent ? (held ? t('post.resentHeld') : t('post.resentInReview')) : held ? t('post.sentHeld') : t('post.sentInReview')
  return (
    <View>
      <Banner tone={held ? 'warning' : 'success'} title={title}>
        <Text>{held ? t('post.heldLead') : t('post.inReviewLead')}</Text>
      </Banner>
      <Card>
        <JobFacts post={posted.post} organisationName={posted.organisationName} badge={t(`status.${posted.status}`)} badgeTone={statusTone(posted.status)} full />
        <HoldReasons title={t('mine.heldBecause')} reasons={posted.holdReasons} />
      </Card>
      <View className='stack'>
        {/* Still held after a change: the form is one tap away, on the post as it now stands. */}
        {resent && held ? (
          <Button block onPress={onAnother}>
            {t('mine.edit')}
          </Button>
        ) : null}
        {resent ? null : (
          <Button block onPress={onAnother}>
            {t('post.another')}
          </Button>
        )}
        <View className='jobs-links'>
          <Link to={routes.myJobPosts}>{t('post.toMine')}</Link>
        </View>
      </View>
    </View>
  )
}

type Loaded = { readonly status: 'loading' } | { readonly status: 'ok'; readonly posted: PostedJob } | { readonly status: 'failed'; readonly problem: Problem | null }

/** The post as it stands now, then the form on it; one published or stopped says what to do instead. */
function EditPost({ id, onPosted }: { readonly id: string; readonly onPosted: (posted: PostedJob) => void }) {
  const t = useT(jobsMessages)
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    void loadMyPost(id).then((result) => {
      if (!live) return
      setLoaded(result.ok ? { status: 'ok', posted: result.value } : { status: 'failed', problem: result.network ? null : result.problem })
    })
    return () => {
      live = false
    }
  }, [id, attempt])

  if (loaded.status === 'loading') return <Loading />
  if (loaded.status === 'failed') return <ProblemNotice problem={loaded.problem} onRetry={() => setAttempt((n) => n + 1)} loading />
  const { posted } = loaded
  if (!isEditablePostStatus(posted.status)) {
    return (
      <View>
        <Banner tone='info' title={t(`status.${posted.status}`)}>
          <Text>{t('post.notEditable')}</Text>
        </Banner>
        <View className='jobs-links'>
          <Link to={routes.myJobPosts}>{t('post.toMine')}</Link>
        </View>
      </View>
    )
  }
  return (
    <View>
      <Card>
        <JobFacts post={posted.post} organisationName={posted.organisationName} badge={t(`status.${posted.status}`)} badgeTone={statusTone(posted.status)} />
        <HoldReasons title={t('mine.heldBecause')} reasons={posted.holdReasons} />
        {posted.status === 'declined' && posted.decisionNote ? <Text className='jobs-note jobs-note--declined'>{t('mine.declinedBecause', { note: posted.decisionNote })}</Text> : null}
        <EarlierRounds rounds={posted.earlierRounds} />
      </Card>
      <PostForm editing={posted} onPosted={onPosted} />
    </View>
  )
}

/** A resubmission's field errors sit under `post`: the form's fields are named as for a new post. */
function withoutPostPrefix(problem: Problem): Problem {
  if (!problem.errors) return problem
  return { ...problem, errors: problem.errors.map((error) => ({ ...error, path: error.path.replace(/^body\.post\./, 'body.') })) }
}

function PostForm({ editing, onPosted }: { readonly editing?: PostedJob; readonly onPosted: (posted: PostedJob) => void }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  // What was posted, as typed; kept as typed whatever the server answers.
  const [values, setValues] = useState<PostValues>(() => (editing ? postValuesOf(editing.post, t('list.and')) : emptyPost))
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const creating = useSubmission(createPost)
  const resubmitting = useSubmission(resubmitPost)
  const sending = creating.sending || resubmitting.sending
  const submitted = (post: JobPostInput) =>
    editing ? resubmitting.submit({ params: { id: editing.id }, body: { revision: editing.revision, post } }) : creating.submit({ body: post })
  const ids = postFieldIds(values.kind)

  const change = (next: PostValues) => {
    setValues(next)
    creating.edited()
    resubmitting.edited()
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
    const result = await submitted(checked.value)
    if (result.ok) return onPosted(result.value)
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = onePerField(errorsFromProblem(withoutPostPrefix(result.problem), ids, locale))
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const dayJob = values.kind === 'day'

  return (
    <View>
      <Text className='page__lead'>{editing ? t('post.editLead') : t('post.lead')}</Text>
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
      {failure?.problem?.code === 'conflict' ? (
        <View>
          <Refusal problem={failure.problem} />
          <View className='jobs-links'>
            <Link to={routes.myJobPosts}>{t('post.toMineAgain')}</Link>
          </View>
        </View>
      ) : null}
      {failure && failure.problem?.code !== 'conflict' ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <View className='jobs-actions'>
        <Button block busy={sending} onPress={() => void send()}>
          {editing ? t('post.resend') : t('post.send')}
        </Button>
      </View>
    </View>
  )
}
