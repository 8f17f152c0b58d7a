import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { CloseRelation } from '@renshe/shared/disputes/injury-cases'
import { applyForRelativeInjury } from '@renshe/shared/disputes/injury-contract'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Problem } from '@renshe/shared/platform/problem'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorOf } from '../../../../lib/form-errors'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { ChoiceRow } from '../../../../ui/choice-row'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Heading } from '../../../../ui/heading'
import { Link, openPage } from '../../../../ui/link'
import { LongText } from '../../../../ui/long-text'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { DisputeFileUploads, filesNotReady, uploadedFileIds, type UploadingFile } from '../../components/dispute-files'
import { AccidentFields, EmployerFields } from '../../components/accident-fields'
import { InjuryLoginFirst } from '../../components/injury-login-first'
import { disputeFilesMessages } from '../../dispute-files-messages'
import { applicationRefusal, checkRelativeApplication, emptyReport, relativeFieldIds, serverErrors, type ApplicationRefusal, type RelativeApplicationValues } from '../../injury-form'
import { injuryFormMessages } from '../../injury-form-messages'
import { injuryMessages } from '../../injury-messages'
import '../../disputes.css'
import '../../injury.css'

type Typed = Omit<RelativeApplicationValues, 'relationProofIds' | 'diagnosisIds'>
type Failure = { readonly kind: 'refusal'; readonly refusal: ApplicationRefusal } | { readonly kind: 'problem'; readonly problem: Problem | null }

const emptyTyped: Typed = { ...emptyReport, workerName: '', workerIdNumber: '', relation: null, injuries: '' }

/**
 * A close relative applies for recognition of the work injury of the worker she names (工伤保险条例
 * art. 17, para. 2; decision 071, amended): the worker, her relationship, the employer and the
 * accident, the injuries, the proof of the relationship and the diagnosis. Her own act, under her
 * bound real name, never by proxy. The union applies at the office: the page says so.
 */
export default function ApplyInjuryForFamilyPage() {
  const t = useT(injuryFormMessages)
  const session = useStore(sessionStore)
  const actingFor = useStore(actingForStore)
  if (!session) {
    return (
      <PageShell title={t('family.title')}>
        <InjuryLoginFirst back={routes.applyInjuryForFamily} />
      </PageShell>
    )
  }
  return (
    // PageShell says, to grid staff acting for someone, that this is not done by proxy.
    <PageShell title={t('family.title')} operation={applyForRelativeInjury}>
      {actingFor ? null : <FamilyForm />}
    </PageShell>
  )
}

function FamilyForm() {
  const t = useT(injuryFormMessages)
  const words = useT(injuryMessages)
  const files = useT(disputeFilesMessages)
  const locale = useLocale()
  const [values, setValues] = useState<Typed>(emptyTyped)
  const [proofs, setProofs] = useState<readonly UploadingFile[]>([])
  const [diagnoses, setDiagnoses] = useState<readonly UploadingFile[]>([])
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Failure | null>(null)
  const submission = useSubmission(applyForRelativeInjury)

  const change = (patch: Partial<Typed>) => {
    setValues((current) => ({ ...current, ...patch }))
    submission.edited()
  }

  const send = async () => {
    setFailure(null)
    const checked = checkRelativeApplication({ ...values, relationProofIds: uploadedFileIds(proofs), diagnosisIds: uploadedFileIds(diagnoses) }, locale)
    const proofsNotReady = filesNotReady(proofs, files)
    const diagnosesNotReady = filesNotReady(diagnoses, files)
    const found = [
      ...(checked.ok ? [] : checked.errors),
      ...(proofsNotReady ? [{ fieldId: 'inj-proof-files', message: proofsNotReady }] : []),
      ...(diagnosesNotReady ? [{ fieldId: 'inj-diagnosis-files', message: diagnosesNotReady }] : []),
    ]
    const ordered = [...new Set(Object.values(relativeFieldIds))].flatMap((fieldId) => found.filter((error) => error.fieldId === fieldId).slice(0, 1))
    if (!checked.ok || proofsNotReady || diagnosesNotReady) return setErrors(ordered)
    setErrors([])
    const result = await submission.submit({ body: checked.body })
    if (result.ok) return openPage(pageLink('injury', { id: result.value.id, submitted: '1' }), true)
    if (result.network) return setFailure({ kind: 'problem', problem: null })
    const fieldErrors = serverErrors(result.problem, relativeFieldIds, locale)
    setErrors(fieldErrors)
    const refusal = applicationRefusal(result.problem)
    if (refusal) return setFailure({ kind: 'refusal', refusal })
    if (fieldErrors.length === 0) setFailure({ kind: 'problem', problem: result.problem })
  }

  const labels: Record<string, string> = {
    'inj-worker-name': t('worker.name'),
    'inj-worker-id': t('worker.idNumber'),
    'inj-relation': t('relation.legend'),
    'inj-employer-name': t('employer.name'),
    'inj-credit-code': t('employer.creditCode'),
    'inj-region': t('region.legend'),
    'inj-accident-on': t('accidentOn.label'),
    'inj-kind': t('kind.legend'),
    'inj-account': t('account.label'),
    'inj-injuries': t('injuries.label'),
    'inj-proof-files': t('proof.label'),
    'inj-diagnosis-files': t('diagnosis.label'),
  }

  return (
    <View className='arb-stack'>
      <Text className='page__lead'>{t('family.lead')}</Text>
      <Text className='muted'>{t('family.union')}</Text>
      <ErrorSummary errors={errors} id='inj-family-errors' labels={labels} />

      <View>
        <Heading level={2} className='section-title'>
          {t('worker.title')}
        </Heading>
        <Field
          id='inj-worker-name'
          label={t('worker.name')}
          hint={t('family.workerHint')}
          maxLength={30}
          error={errorOf(errors, 'inj-worker-name')}
          value={values.workerName}
          onChange={(workerName) => change({ workerName })}
        />
        <Field
          id='inj-worker-id'
          label={t('worker.idNumber')}
          hint={t('family.idNumberHint')}
          type='idcard'
          maxLength={18}
          error={errorOf(errors, 'inj-worker-id')}
          value={values.workerIdNumber}
          onChange={(workerIdNumber) => change({ workerIdNumber })}
        />
      </View>

      <ChoiceRow
        id='inj-relation'
        legend={t('relation.legend')}
        error={errorOf(errors, 'inj-relation')}
        options={CloseRelation.options.map((relation) => ({ value: relation, label: words(`relation.${relation}`) }))}
        isOn={(relation) => relation === values.relation}
        onPress={(relation) => change({ relation })}
      />

      <EmployerFields values={values} errors={errors} change={change} />
      <AccidentFields values={values} errors={errors} change={change} />
      <LongText
        id='inj-injuries'
        label={t('injuries.label')}
        hint={t('injuries.hint')}
        maxLength={500}
        error={errorOf(errors, 'inj-injuries')}
        value={values.injuries}
        onChange={(injuries) => change({ injuries })}
      />
      <DisputeFileUploads
        id='inj-proof-files'
        label={t('proof.label')}
        hint={t('proof.hint')}
        files={proofs}
        error={errorOf(errors, 'inj-proof-files')}
        onChange={(update) => {
          setProofs(update)
          submission.edited()
        }}
      />
      <DisputeFileUploads
        id='inj-diagnosis-files'
        label={t('diagnosis.label')}
        hint={t('diagnosis.hint')}
        files={diagnoses}
        error={errorOf(errors, 'inj-diagnosis-files')}
        onChange={(update) => {
          setDiagnoses(update)
          submission.edited()
        }}
      />

      <Banner tone='info' title={t('apply.explainTitle')} urgent={false}>
        <View className='arb-explain'>
          <Text>{t('family.explainRelation')}</Text>
          <Text>{t('apply.explainAccept')}</Text>
          <Text>{t('apply.explainDecide')}</Text>
          <Text>{t('family.explainWorker')}</Text>
        </View>
      </Banner>
      {failure?.kind === 'refusal' ? <Refusal refusal={failure.refusal} /> : null}
      {failure?.kind === 'problem' ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <Button block busy={submission.sending} onPress={() => void send()}>
        {t('family.submit')}
      </Button>
    </View>
  )
}

/** Why it was refused, with the days the server said in her language: the employer's turn, the year run out, or her own earlier case. */
function Refusal({ refusal }: { readonly refusal: ApplicationRefusal }) {
  const t = useT(injuryFormMessages)
  const words = useT(injuryMessages)
  if (refusal.kind === 'exists') {
    return (
      <Banner tone='warning' title={t('refusal.existsTitle')}>
        <Text>{t('refusal.exists')}</Text>
        {refusal.caseId ? <Link to={pageLink('injury', { id: refusal.caseId })}>{words('report.openCase')}</Link> : null}
      </Banner>
    )
  }
  return (
    <Banner tone='error' title={refusal.kind === 'employer_first' ? t('refusal.employerFirstTitle') : t('refusal.closedTitle')}>
      {refusal.detail ? <Text>{refusal.detail}</Text> : null}
      {refusal.kind === 'closed' ? <Text>{words('window.closedWhat')}</Text> : null}
      <Text>{t('kept')}</Text>
    </Banner>
  )
}
