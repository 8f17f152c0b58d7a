import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { VisitPlace, type VisitChecklist, type VisitTask } from '@renshe/shared/retiree/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorOf, errorProp, errorsFromProblem } from '../../../../lib/form-errors'
import { formatDate, formatDateTime } from '../../../../lib/format'
import { newIdempotencyKey } from '../../../../lib/http/idempotency-key'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { Checkbox } from '../../../../ui/checkbox'
import { domainLabels } from '../../../../ui/domain-labels'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Heading } from '../../../../ui/heading'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { loadVisit, sendVisitReport } from '../../api'
import { DaysWords } from '../../components/days-words'
import { LoginFirst } from '../../components/login-first'
import { VisitPhoto } from '../../components/visit-photo'
import { BigLink } from '../../components/big-link'
import { retireeMessages } from '../../messages'
import { useVisitPhoto } from '../../use-visit-photo'
import '../../retiree.css'

type CheckName = keyof VisitChecklist
const checks: readonly CheckName[] = ['personPresent', 'matchesIdPhoto', 'answersQuestions']
const fieldIds = {
  personPresent: 'visit-check-person-present',
  matchesIdPhoto: 'visit-check-matches-id-photo',
  answersQuestions: 'visit-check-answers-questions',
  photoId: 'visit-photo',
  place: 'visit-place',
} as const

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly task: VisitTask }
  | { readonly status: 'failed'; readonly problem: Problem | null }

export default function VisitPage() {
  const t = useT(retireeMessages)
  const session = useStore(sessionStore)
  const id = useRouter().params.id ?? ''
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })

  const load = useCallback(async () => {
    setLoaded({ status: 'loading' })
    const result = await loadVisit(id)
    setLoaded(result.ok ? { status: 'ok', task: result.value } : { status: 'failed', problem: result.network ? null : result.problem })
  }, [id])

  useEffect(() => {
    if (session && id) void load()
  }, [session, id, load])

  return (
    <PageShell title={t('visit.title')}>
      <View className='retiree-link-row'>
        <BigLink to={routes.homeVisits}>{t('visit.toList')}</BigLink>
      </View>
      {!session ? <LoginFirst back={`${routes.homeVisit}?id=${encodeURIComponent(id)}`} /> : null}
      {session && !id ? <Banner tone='error' title={t('visit.missingId')} /> : null}
      {session && id && loaded.status === 'loading' ? <Loading /> : null}
      {session && loaded.status === 'failed' ? <ProblemNotice problem={loaded.problem} onRetry={() => void load()} loading /> : null}
      {session && loaded.status === 'ok' ? <VisitView task={loaded.task} /> : null}
    </PageShell>
  )
}

function TaskHeader({ task }: { readonly task: VisitTask }) {
  const t = useT(retireeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  return (
    <View className='retiree-task'>
      <Heading level={2} className='retiree-task__name'>
        {task.name} · {t('visits.age', { age: task.age })}
      </Heading>
      <Text>
        {t('visit.address')}：{task.address}
      </Text>
      <View className='retiree-visit__deadline'>
        <DaysWords daysLeft={task.daysLeft} />
        <Text className='muted'>{t('visits.due', { date: formatDate(task.dueDate, locale) })}</Text>
      </View>
      <Text className='muted'>{t('visits.reason', { reason: label(`visitReason.${task.reason}`) })}</Text>
    </View>
  )
}

function VisitView({ task: first }: { readonly task: VisitTask }) {
  const t = useT(retireeMessages)
  const [task, setTask] = useState(first)

  const done = task.status === 'submitted' || task.status === 'approved'
  return (
    <View>
      <TaskHeader task={task} />
      {task.status === 'submitted' ? (
        <Banner tone='success' title={t('visit.done.title')}>
          <Text>{t('visit.done.body')}</Text>
          <BigLink to={routes.homeVisits}>{t('visit.toList')}</BigLink>
        </Banner>
      ) : null}
      {task.status === 'approved' ? (
        <Banner tone='success' title={t('visit.approved')}>
          <BigLink to={routes.homeVisits}>{t('visit.toList')}</BigLink>
        </Banner>
      ) : null}
      {task.status === 'rejected' ? (
        <Banner tone='warning' title={t('visit.rejected.title')} urgent={false}>
          {task.reviewNote ? <Text>{t('visit.rejected.note', { note: task.reviewNote })}</Text> : null}
        </Banner>
      ) : null}
      {done ? null : <VisitForm task={task} onSubmitted={setTask} />}
    </View>
  )
}

function VisitForm({ task, onSubmitted }: { readonly task: VisitTask; readonly onSubmitted: (task: VisitTask) => void }) {
  const t = useT(retireeMessages)
  const locale = useLocale()
  const [checked, setChecked] = useState<Readonly<Record<CheckName, boolean>>>({ personPresent: false, matchesIdPhoto: false, answersQuestions: false })
  const [place, setPlace] = useState(task.place ?? task.address)
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [sending, setSending] = useState(false)
  const photo = useVisitPhoto(task.id)
  // The key belongs to this report: a retry after a lost answer must not certify twice.
  const key = useRef<string | null>(null)
  const edited = () => {
    key.current = null
  }

  const problemsNow = (): FieldProblem[] => {
    const found: FieldProblem[] = []
    for (const name of checks) {
      if (!checked[name]) found.push({ fieldId: fieldIds[name], message: t('visit.missingCheck', { item: t(`visit.check.${name}`) }) })
    }
    if (photo.state.status === 'uploading') found.push({ fieldId: fieldIds.photoId, message: t('visit.waitPhoto') })
    else if (photo.state.status === 'failed') found.push({ fieldId: fieldIds.photoId, message: t('visit.failedPhoto') })
    else if (photo.state.status !== 'uploaded') found.push({ fieldId: fieldIds.photoId, message: t('visit.missingPhoto') })
    const placeCheck = VisitPlace.safeParse(place)
    if (!placeCheck.success) {
      const messageKey = place.trim() ? (placeCheck.error.issues[0]?.message ?? 'field.invalid') : 'field.required'
      found.push({ fieldId: fieldIds.place, message: fieldMessage(messageKey, locale) })
    }
    return found
  }

  const submit = async () => {
    if (sending) return
    const found = problemsNow()
    setErrors(found)
    setFailure(null)
    if (found.length > 0 || photo.state.status !== 'uploaded') return
    key.current ??= newIdempotencyKey()
    setSending(true)
    const report = {
      checklist: { personPresent: true, matchesIdPhoto: true, answersQuestions: true },
      photoId: photo.state.photoId,
      place: place.trim(),
    } as const
    const result = await sendVisitReport(task.id, report, key.current)
    setSending(false)
    if (result.ok) {
      key.current = null
      return onSubmitted(result.value)
    }
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = errorsFromProblem(result.problem, { ...fieldIds }, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
    return undefined
  }

  return (
    <Card>
      <View className='retiree-visit-form'>
        <ErrorSummary id='visit-errors' errors={errors} />
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void submit()} /> : null}

        <View {...roleProps('group')} aria-labelledby='visit-checks-legend' className='field'>
          <Heading level={2} id='visit-checks-legend' className='field__label'>
            {t('visit.checksLegend')}
          </Heading>
          {checks.map((name) => (
            <View key={name} className={errorOf(errors, fieldIds[name]) ? 'retiree-check retiree-check--error' : 'retiree-check'}>
              <Checkbox
                id={fieldIds[name]}
                label={t(`visit.check.${name}`)}
                checked={checked[name]}
                onChange={(value) => {
                  setChecked((now) => ({ ...now, [name]: value }))
                  edited()
                }}
              />
            </View>
          ))}
        </View>

        <VisitPhoto
          id={fieldIds.photoId}
          state={photo.state}
          {...errorProp(errors, fieldIds.photoId)}
          onChosen={(chosen) => {
            photo.choose(chosen)
            edited()
          }}
          onRetry={photo.retry}
        />

        <Field
          id={fieldIds.place}
          label={t('visit.place')}
          hint={t('visit.placeHint')}
          value={place}
          maxLength={100}
          onChange={(value) => {
            setPlace(value)
            edited()
          }}
          {...errorProp(errors, fieldIds.place)}
        />

        <View className='field'>
          <Text className='field__label'>{t('visit.time')}</Text>
          <Text>{t('visit.timeValue', { time: formatDateTime(new Date().toISOString(), locale) })}</Text>
        </View>

        <Button block busy={sending} onPress={() => void submit()}>
          {t('visit.submit')}
        </Button>
      </View>
    </Card>
  )
}
