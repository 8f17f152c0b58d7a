import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { type AccidentReport } from '@renshe/shared/disputes/injury-cases'
import { applyForInjury, listMyInjuries } from '@renshe/shared/disputes/injury-contract'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Problem } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../../lib/a11y/pressable'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorOf, type FieldIds } from '../../../../lib/form-errors'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Heading } from '../../../../ui/heading'
import { Link, openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { LongText } from '../../../../ui/long-text'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { useRegionName } from '../../../../ui/region-name'
import { DisputeFileUploads, filesNotReady, uploadedFileIds, type UploadingFile } from '../../components/dispute-files'
import { AccidentFields } from '../../components/accident-fields'
import { InjuryLoginFirst } from '../../components/injury-login-first'
import { InjuryWindow } from '../../components/injury-window'
import { dateAtNoon } from '../../dates'
import { disputeFilesMessages } from '../../dispute-files-messages'
import {
  applicationFieldIds,
  applicationRefusal,
  checkApplication,
  checkFreshApplication,
  emptyFresh,
  freshFieldIds,
  serverErrors,
  type ApplicationBody,
  type ApplicationRefusal,
  type Checked,
  type FreshApplicationValues,
} from '../../injury-form'
import { injuryFormMessages } from '../../injury-form-messages'
import { injuryMessages } from '../../injury-messages'
import '../../disputes.css'
import '../../injury.css'

type Side = 'worker' | 'employer'
type Failure = { readonly kind: 'refusal'; readonly refusal: ApplicationRefusal } | { readonly kind: 'problem'; readonly problem: Problem | null }

/**
 * Applying for recognition of a work injury (decision 071): the worker's side from her report
 * once the employer's 30 days have passed, the employer from a report naming it, or for a worker
 * it names when no report was made. The injuries, and the documents uploaded first (the diagnosis,
 * proof of the employment); what happens next said before it is sent; a refusal said in words with
 * its days. Whatever the server answers, what was typed stays.
 */
export default function ApplyInjuryPage() {
  const t = useT(injuryFormMessages)
  const session = useStore(sessionStore)
  const actingFor = useStore(actingForStore)
  const { reportId } = useRouter().params
  if (!session) {
    return (
      <PageShell title={t('apply.title')}>
        <InjuryLoginFirst back={reportId ? pageLink('applyInjury', { reportId }) : routes.applyInjury} />
      </PageShell>
    )
  }
  const side: Side = !actingFor && session.me.roles.includes('employer') && !session.me.roles.includes('citizen') ? 'employer' : 'worker'
  return (
    <PageShell title={t('apply.title')} operation={applyForInjury}>
      {reportId ? <FromReport reportId={reportId} side={side} /> : side === 'employer' ? <FreshApplication /> : <NoReport />}
    </PageShell>
  )
}

function NoReport() {
  const t = useT(injuryFormMessages)
  return (
    <Banner tone='warning' title={t('apply.noReport')} urgent={false}>
      <Link to={routes.myInjuries}>{t('apply.toList')}</Link>
    </Banner>
  )
}

/** The report she applies from, read from her list (or the employer's): not found there is not hers to apply from. */
function FromReport({ reportId, side }: { readonly reportId: string; readonly side: Side }) {
  const t = useT(injuryFormMessages)
  const words = useT(injuryMessages)
  const [mine, reload] = useOperation(listMyInjuries, {})
  if (mine.status === 'loading') return <Loading />
  if (mine.status !== 'ok') return <ProblemNotice problem={mine.status === 'problem' ? mine.problem : null} onRetry={reload} loading />
  const report = mine.value.reports.find((item) => item.id === reportId)
  if (!report) return <NoReport />
  return (
    <View className='arb-stack'>
      <Text className='page__lead'>{side === 'employer' ? t('apply.leadEmployer') : t('apply.leadWorker')}</Text>
      <ReportFacts report={report} side={side} />
      {report.caseId ? (
        <Banner tone='info' title={t('refusal.existsTitle')} urgent={false}>
          <Text>{t('refusal.exists')}</Text>
          <Link to={pageLink('injury', { id: report.caseId })}>{words('report.openCase')}</Link>
        </Banner>
      ) : report.window.state === 'open' ? (
        <ApplicationForm report={report} side={side} />
      ) : (
        <InjuryWindow window={report.window} side={side} />
      )}
    </View>
  )
}

function ReportFacts({ report, side }: { readonly report: AccidentReport; readonly side: Side }) {
  const t = useT(injuryFormMessages)
  const words = useT(injuryMessages)
  const locale = useLocale()
  const regionName = useRegionName()
  const facts = [
    { key: 'employer', label: t('employer.name'), value: `${report.employerName} · ${report.employerCreditCode}` },
    ...(side === 'employer' ? [{ key: 'worker', label: t('worker.title'), value: report.workerMaskedName }] : []),
    { key: 'region', label: side === 'employer' ? t('regionEmployer.legend') : t('region.legend'), value: regionName(report.regionCode) },
    { key: 'accidentOn', label: t('accidentOn.label'), value: `${formatDate(dateAtNoon(report.accidentOn), locale)} · ${words(`kind.${report.kind}`)}` },
    { key: 'account', label: t('account.label'), value: report.account },
  ]
  return (
    <Card title={t('apply.reportTitle')}>
      <View {...roleProps('list')} className='arb-facts'>
        {facts.map((fact) => (
          <View key={fact.key} {...roleProps('listitem')} className='arb-fact'>
            <Text className='arb-fact__label'>{fact.label}</Text>
            <Text className='arb-fact__value'>{fact.value}</Text>
          </View>
        ))}
      </View>
    </Card>
  )
}

interface Sending {
  readonly ids: FieldIds
  readonly check: (evidenceIds: readonly string[]) => Checked<ApplicationBody>
}

/** The injuries and the documents, with the submission and its answers: shared by both ways to apply. */
function useApplication(report: AccidentReport | null) {
  const locale = useLocale()
  const files = useT(disputeFilesMessages)
  const [injuries, setInjuries] = useState('')
  const [uploads, setUploads] = useState<readonly UploadingFile[]>([])
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Failure | null>(null)
  const submission = useSubmission(applyForInjury)

  const send = async ({ ids, check }: Sending) => {
    setFailure(null)
    const checked = check(uploadedFileIds(uploads))
    const notReady = filesNotReady(uploads, files)
    const found = [...(checked.ok ? [] : checked.errors).filter((error) => error.fieldId !== ids.evidenceIds), ...(notReady ? [{ fieldId: 'inj-files', message: notReady }] : [])]
    const ordered = Object.values(ids).flatMap((fieldId) => found.filter((error) => error.fieldId === fieldId))
    if (!checked.ok || notReady) return setErrors(ordered)
    setErrors([])
    const result = await submission.submit({ body: checked.body })
    if (result.ok) return openPage(pageLink('injury', { id: result.value.id, submitted: '1' }), true)
    if (result.network) return setFailure({ kind: 'problem', problem: null })
    const refusal = applicationRefusal(result.problem)
    if (refusal) {
      // The employer's own application names the day: the refusal is said at it too.
      setErrors(serverErrors(result.problem, ids, locale))
      return setFailure({ kind: 'refusal', refusal: refusal.kind === 'exists' ? { kind: 'exists', caseId: refusal.caseId ?? report?.caseId ?? null } : refusal })
    }
    const fieldErrors = serverErrors(result.problem, ids, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ kind: 'problem', problem: result.problem })
  }

  const edited = () => submission.edited()
  return { injuries, setInjuries, uploads, setUploads, errors, failure, send, edited, sending: submission.sending }
}

type Application = ReturnType<typeof useApplication>

/** The injuries, the documents, what happens next, the refusal or problem, and the button. */
function ApplicationEnd({ application, side, report, onSend }: { readonly application: Application; readonly side: Side; readonly report: AccidentReport | null; readonly onSend: () => void }) {
  const t = useT(injuryFormMessages)
  const { errors, failure } = application
  return (
    <View className='arb-stack'>
      <LongText
        id='inj-injuries'
        label={t('injuries.label')}
        hint={t('injuries.hint')}
        maxLength={500}
        error={errorOf(errors, 'inj-injuries')}
        value={application.injuries}
        onChange={(injuries) => {
          application.setInjuries(injuries)
          application.edited()
        }}
      />
      <DisputeFileUploads
        id='inj-files'
        label={t('files.label')}
        hint={t('files.hint')}
        files={application.uploads}
        error={errorOf(errors, 'inj-files')}
        onChange={(update) => {
          application.setUploads(update)
          application.edited()
        }}
      />
      <Banner tone='info' title={t('apply.explainTitle')} urgent={false}>
        <View className='arb-explain'>
          <Text>{t('apply.explainAccept')}</Text>
          <Text>{t('apply.explainDecide')}</Text>
          <Text>{t('apply.explainSteps')}</Text>
        </View>
      </Banner>
      {failure?.kind === 'refusal' ? <RefusalNotice refusal={failure.refusal} side={side} report={report} /> : null}
      {failure?.kind === 'problem' ? <ProblemNotice problem={failure.problem} onRetry={onSend} /> : null}
      <Button block busy={application.sending} onPress={onSend}>
        {t('apply.submit')}
      </Button>
    </View>
  )
}

/** Why the application was refused, in words with its days: the report's when known, else the server's. */
function RefusalNotice({ refusal, side, report }: { readonly refusal: ApplicationRefusal; readonly side: Side; readonly report: AccidentReport | null }) {
  const t = useT(injuryFormMessages)
  const words = useT(injuryMessages)
  const locale = useLocale()
  const days = report ? { by: formatDate(dateAtNoon(report.window.by), locale), employerBy: formatDate(dateAtNoon(report.window.employerBy), locale) } : null
  if (refusal.kind === 'exists') {
    return (
      <Banner tone='warning' title={t('refusal.existsTitle')}>
        <Text>{t('refusal.exists')}</Text>
        {refusal.caseId ? <Link to={pageLink('injury', { id: refusal.caseId })}>{words('report.openCase')}</Link> : null}
      </Banner>
    )
  }
  if (refusal.kind === 'employer_first') {
    return (
      <Banner tone='error' title={t('refusal.employerFirstTitle')}>
        {days ? <Text>{t('refusal.employerFirst', days)}</Text> : null}
        {!days && refusal.detail ? <Text>{refusal.detail}</Text> : null}
        <Text>{t('kept')}</Text>
      </Banner>
    )
  }
  return (
    <Banner tone='error' title={t('refusal.closedTitle')}>
      {days ? <Text>{side === 'employer' ? words('window.employerClosed', days) : words('window.closed', days)}</Text> : null}
      {!days && refusal.detail ? <Text>{refusal.detail}</Text> : null}
      <Text>{side === 'employer' ? words('window.employerClosedWhat') : words('window.closedWhat')}</Text>
      <Text>{t('kept')}</Text>
    </Banner>
  )
}

function ApplicationForm({ report, side }: { readonly report: AccidentReport; readonly side: Side }) {
  const t = useT(injuryFormMessages)
  const locale = useLocale()
  const actingFor = useStore(actingForStore)
  const application = useApplication(report)
  const send = () => void application.send({ ids: applicationFieldIds, check: (evidenceIds) => checkApplication(report.id, { injuries: application.injuries, evidenceIds }, locale) })
  return (
    <View className='arb-stack'>
      {actingFor ? <Text className='page__lead'>{t('apply.leadActing', { name: actingFor.maskedName })}</Text> : null}
      <ErrorSummary errors={application.errors} id='inj-apply-errors' labels={{ 'inj-injuries': t('injuries.label'), 'inj-files': t('files.label') }} />
      <ApplicationEnd application={application} side={side} report={report} onSend={send} />
    </View>
  )
}

/** The employer applies for a worker it names, by name and ID number, when no report was made. */
function FreshApplication() {
  const t = useT(injuryFormMessages)
  const locale = useLocale()
  const application = useApplication(null)
  const [values, setValues] = useState<Omit<FreshApplicationValues, 'injuries' | 'evidenceIds'>>(emptyFresh)
  const change = (patch: Partial<FreshApplicationValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    application.edited()
  }
  const { errors } = application
  const send = () =>
    void application.send({
      ids: freshFieldIds,
      check: (evidenceIds) => checkFreshApplication({ ...values, injuries: application.injuries, evidenceIds }, locale),
    })
  const labels: Record<string, string> = {
    'inj-worker-name': t('worker.name'),
    'inj-worker-id': t('worker.idNumber'),
    'inj-region': t('regionEmployer.legend'),
    'inj-accident-on': t('accidentOn.label'),
    'inj-kind': t('kind.legend'),
    'inj-account': t('account.label'),
    'inj-injuries': t('injuries.label'),
    'inj-files': t('files.label'),
  }
  return (
    <View className='arb-stack'>
      <Text className='page__lead'>{`${t('apply.leadEmployer')}${t('apply.leadEmployerFresh')}`}</Text>
      <ErrorSummary errors={errors} id='inj-apply-errors' labels={labels} />
      <View>
        <Heading level={2} className='section-title'>
          {t('worker.title')}
        </Heading>
        <Field id='inj-worker-name' label={t('worker.name')} maxLength={30} error={errorOf(errors, 'inj-worker-name')} value={values.workerName} onChange={(workerName) => change({ workerName })} />
        <Field
          id='inj-worker-id'
          label={t('worker.idNumber')}
          hint={t('worker.idNumberHint')}
          type='idcard'
          maxLength={18}
          error={errorOf(errors, 'inj-worker-id')}
          value={values.workerIdNumber}
          onChange={(workerIdNumber) => change({ workerIdNumber })}
        />
      </View>
      <AccidentFields values={values} errors={errors} change={change} regionLegend='employer' />
      <ApplicationEnd application={application} side='employer' report={null} onSend={send} />
    </View>
  )
}
