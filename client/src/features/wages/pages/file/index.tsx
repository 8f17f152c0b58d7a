import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { deleteDraft, submitComplaint } from '@renshe/shared/wages/contract'
import type { KnownEmployer } from '@renshe/shared/wages/schemas'
import { focusById } from '../../../../lib/a11y/focus'
import { call } from '../../../../lib/api'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { localFiles } from '../../../../lib/local-files/local-files'
import { isOnline, onBackOnline, useOnline } from '../../../../lib/network/network'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { CheckAnswers } from '../../components/check-answers'
import { LoginFirst } from '../../components/login-first'
import { QueuedNotice } from '../../components/queued-notice'
import { StepContact } from '../../components/step-contact'
import { StepEmployer } from '../../components/step-employer'
import { StepEvidence } from '../../components/step-evidence'
import { stepHeadingId, StepHeading } from '../../components/step-heading'
import { StepProgress } from '../../components/step-progress'
import { StepSite } from '../../components/step-site'
import { StepWages } from '../../components/step-wages'
import { outbox, startAutoSend, useSentComplaints } from '../../complaint-outbox'
import { withSite, type DeviceDraft, type ProjectChoice } from '../../device-draft'
import { employerModeOf, errorsOfProblem, firstIncompleteStep, questionSteps, reviewStep, stepAfter, stepBefore, stepErrors } from '../../form-steps'
import type { FormValues } from '../../form-values'
import { wagesMessages } from '../../messages'
import type { SendOutcome } from '../../outbox'
import { useOwner } from '../../owner'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useStore } from '../../../../lib/store'
import { useComplaintDraft } from '../../use-complaint-draft'
import { useEvidence } from '../../use-evidence'
import '../../wages.css'

type Phase =
  | { readonly kind: 'form' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'queued'; readonly draftId: string; readonly tried: boolean }
  | { readonly kind: 'sent' }

const refusedIn = (draft: DeviceDraft) => draft.evidence.filter((item) => item.refused).length

export default function FileComplaintPage() {
  const t = useT(wagesMessages)
  const locale = useLocale()
  const owner = useOwner()
  const online = useOnline()
  const { state, update, restart, clearReturned, latest, savedOnServer } = useComplaintDraft(owner)
  const evidence = useEvidence(owner, latest, update)
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Problem | null>(null)
  const [phase, setPhase] = useState<Phase>({ kind: 'form' })
  const [sendingNow, setSendingNow] = useState(false)
  const [confirmDiscard, setConfirmDiscard] = useState(false)
  // The complaint was sent and refused: say so above the reasons.
  const [returned, setReturned] = useState(false)
  const sent = useSentComplaints(owner)
  // The worker's own mobile number on his real-name record: used unless he gives another. Not
  // for someone acting for him, who is not shown it.
  const session = useStore(sessionStore)
  const acting = useStore(actingForStore) !== null
  const realName = session?.me.realName
  const phoneOnFile = !acting && realName?.bound ? realName.maskedPhone : null
  const hasPhoneOnFile = phoneOnFile !== null
  const stepShown = useRef<number | null>(null)

  useEffect(() => startAutoSend(), [])
  // Files still on the form go up when the network is back. Once the complaint is handed to the
  // outbox its files are the outbox's to send: two uploads of one file at once would race for it.
  useEffect(
    () => (phase.kind === 'form' ? onBackOnline(() => void evidence.retryWaiting()) : undefined),
    [evidence.retryWaiting, phase.kind],
  )

  const draft = state.status === 'ready' ? state.draft : null
  const step = draft?.step ?? 0

  // A new screen: its question takes focus, so a screen reader starts there and the page is at its top.
  useEffect(() => {
    if (!draft) return
    if (stepShown.current !== null && stepShown.current !== step) focusById(stepHeadingId)
    stepShown.current = step
  }, [draft, step])

  const showProblem = (problem: Problem) => {
    setReturned(true)
    const found = errorsOfProblem(problem, locale)
    if (found) {
      update((current) => ({ ...current, step: found.step }))
      setErrors(found.errors)
      setFailure(null)
    } else {
      setErrors([])
      setFailure(problem)
    }
  }

  // A complaint the server refused after it left the outbox comes back here with its reasons.
  useEffect(() => {
    if (state.status === 'ready' && state.returned) {
      showProblem(state.returned)
      clearReturned()
    }
  }, [state])

  // Sent from the outbox while this page waited: on to its confirmation.
  useEffect(() => {
    if (phase.kind !== 'queued') return
    const done = sent.find((item) => item.draftId === phase.draftId)
    if (done) confirmation(done.draftId, done.caseId)
  }, [sent, phase])

  const confirmation = (draftId: string, caseId: string) => {
    setPhase({ kind: 'sent' })
    outbox.markSeen(draftId)
    void restart()
    openPage(`${routes.complaintSubmitted}?id=${encodeURIComponent(caseId)}`, true)
  }

  const settle = (outcome: SendOutcome, draftId: string) => {
    setSendingNow(false)
    if (outcome.kind === 'sent') return confirmation(draftId, outcome.complaint.id)
    if (outcome.kind === 'waiting') return setPhase({ kind: 'queued', draftId, tried: true })
    if (outcome.kind === 'returned') {
      const entry = outbox.takeBack(draftId)
      if (entry) update(() => entry.draft)
      setPhase({ kind: 'form' })
      return showProblem(outcome.problem)
    }
    setPhase({ kind: 'form' })
  }

  if (!owner) {
    return (
      <PageShell title={t('file.title')}>
        <LoginFirst back={routes.fileComplaint} />
      </PageShell>
    )
  }

  const mode = draft ? employerModeOf(draft.values, draft.manualEmployer) : 'search'

  const change = (patch: Partial<FormValues>) =>
    update((current) => {
      // A picked site let go of with its employer: what was typed for a site comes back.
      const released = patch.projectId === null && current.values.projectId !== null
      const patched = { ...current, values: { ...current.values, ...patch } }
      return released ? withSite({ ...patched, values: { ...patched.values, projectId: current.values.projectId } }, null) : patched
    })
  const goTo = (next: number) => {
    setReturned(false)
    setErrors([])
    setFailure(null)
    update((current) => ({ ...current, step: next }))
  }

  const next = () => {
    const current = latest()
    if (!current) return
    const name = questionSteps[current.step]
    if (!name) return
    const found = stepErrors(
      name,
      current.values,
      current.evidence.length,
      employerModeOf(current.values, current.manualEmployer),
      locale,
      refusedIn(current),
      hasPhoneOnFile,
    )
    setErrors(found)
    if (found.length === 0) goTo(stepAfter(current.step, current.values, hasPhoneOnFile))
  }

  // A known site picked: its name and address stand in for the typed ones, which are kept aside
  // (not lost) and come back if the site is let go of.
  const pickSite = (project: ProjectChoice | null) => update((current) => withSite(current, project))

  const chooseEmployer = (employer: KnownEmployer, project: ProjectChoice | null) =>
    update((current) =>
      withSite(
        {
          ...current,
          manualEmployer: false,
          projects: employer.projects,
          values: { ...current.values, employerId: employer.id, employerName: employer.name, creditCode: employer.creditCode },
        },
        project,
      ),
    )

  const submit = async () => {
    const current = latest()
    if (!current) return
    const incomplete = firstIncompleteStep(
      current.values,
      current.evidence.length,
      employerModeOf(current.values, current.manualEmployer),
      locale,
      refusedIn(current),
      hasPhoneOnFile,
    )
    if (incomplete) {
      goTo(incomplete.step)
      setErrors(incomplete.errors)
      return
    }
    const entry = outbox.enqueue(current, owner)
    if (!isOnline()) return setPhase({ kind: 'queued', draftId: entry.draftId, tried: false })
    setPhase({ kind: 'sending' })
    settle(await outbox.send(entry.draftId), entry.draftId)
  }

  const sendNow = async () => {
    if (phase.kind !== 'queued') return
    setSendingNow(true)
    settle(await outbox.send(phase.draftId), phase.draftId)
  }

  const discard = async (current: DeviceDraft) => {
    setConfirmDiscard(false)
    for (const item of current.evidence) if (item.localId) await localFiles.remove(item.localId)
    if (isOnline()) await call(deleteDraft, {})
    setErrors([])
    await restart()
  }

  return (
    <PageShell title={t('file.title')} operation={submitComplaint}>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'blocked' ? <ProblemNotice problem={state.problem} /> : null}
      {phase.kind === 'queued' ? (
        <QueuedNotice sending={sendingNow} stillOffline={phase.tried && !sendingNow} onSendNow={() => void sendNow()} />
      ) : null}
      {phase.kind === 'sending' || phase.kind === 'sent' ? <Loading /> : null}

      {draft && phase.kind === 'form' ? (
        <View>
          {step === 0 && !draft.unsaved && draft.syncedAt === null ? <Text className='page__lead'>{t('file.lead')}</Text> : null}
          {!online ? <Banner tone='info'>{t('file.offline')}</Banner> : null}
          {step < reviewStep ? <StepProgress step={step + 1} total={questionSteps.length} /> : null}
          {returned ? <Banner tone='warning'>{t('returned.title')}</Banner> : null}
          <ErrorSummary errors={errors} />
          {failure ? <ProblemNotice problem={failure} onRetry={() => void submit()} /> : null}

          {step === 0 ? (
            <StepEmployer
              values={draft.values}
              mode={mode}
              errors={errors}
              onChange={change}
              onChoose={chooseEmployer}
              onManual={(manualEmployer) => update((current) => ({ ...current, manualEmployer }))}
            />
          ) : null}
          {step === 1 ? <StepSite values={draft.values} projects={draft.projects} errors={errors} onChange={change} onPick={pickSite} /> : null}
          {step === 2 ? <StepWages values={draft.values} errors={errors} onChange={change} /> : null}
          {step === 3 ? (
            <StepEvidence
              items={draft.evidence}
              uploads={evidence.uploads}
              notices={evidence.notices}
              errors={errors}
              onChosen={(files) => void evidence.add(files)}
              onRemove={(key) => void evidence.remove(key)}
              description={draft.values.description}
              onDescription={(description) => change({ description })}
            />
          ) : null}
          {step === 4 ? <StepContact values={draft.values} errors={errors} onChange={change} phoneOnFile={phoneOnFile} /> : null}

          {step === reviewStep ? (
            <View>
              <StepHeading>{t('review.title')}</StepHeading>
              <Text className='page__lead'>{t('review.lead')}</Text>
              <CheckAnswers values={draft.values} evidenceCount={draft.evidence.length} onChange={goTo} phoneOnFile={phoneOnFile} />
              <Text className='page__lead'>{t('review.declaration')}</Text>
            </View>
          ) : null}

          <View className='stack step-nav'>
            {step < reviewStep ? (
              <Button block onPress={next}>
                {stepAfter(step, draft.values, hasPhoneOnFile) === reviewStep ? t('file.toReview') : t('file.next')}
              </Button>
            ) : (
              <Button block busy={evidence.uploading} onPress={() => void submit()}>
                {t('review.submit')}
              </Button>
            )}
            {step > 0 ? (
              <Button variant='secondary' block onPress={() => goTo(stepBefore(step, draft.values, hasPhoneOnFile))}>
                {t('file.back')}
              </Button>
            ) : null}
            <Text className='small muted save-state'>{savedOnServer && !draft.unsaved ? t('file.savedEverywhere') : t('file.savedHere')}</Text>
          </View>

          {draft.unsaved || draft.syncedAt !== null ? (
          <View className='discard'>
            {confirmDiscard ? (
              <Banner tone='warning'>
                <Text>{t('file.startOverConfirm')}</Text>
                <Button variant='danger' onPress={() => void discard(draft)}>
                  {t('file.startOverYes')}
                </Button>
                <Button variant='secondary' onPress={() => setConfirmDiscard(false)}>
                  {t('file.startOverNo')}
                </Button>
              </Banner>
            ) : (
              <Button variant='secondary' onPress={() => setConfirmDiscard(true)}>
                {t('file.startOver')}
              </Button>
            )}
          </View>
          ) : null}
        </View>
      ) : null}
    </PageShell>
  )
}
