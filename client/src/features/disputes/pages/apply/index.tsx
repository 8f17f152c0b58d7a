import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ArbitrationPrefill } from '@renshe/shared/disputes/arbitration-cases'
import { applyForArbitration, getArbitrationPrefill } from '@renshe/shared/disputes/contract'
import { wenzhouCounties } from '@renshe/shared/identity/regions'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Problem } from '@renshe/shared/platform/problem'
import { focusById } from '../../../../lib/a11y/focus'
import { roleProps } from '../../../../lib/a11y/pressable'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorOf } from '../../../../lib/form-errors'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { ChoiceRow } from '../../../../ui/choice-row'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Heading } from '../../../../ui/heading'
import { Link, openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { LongText } from '../../../../ui/long-text'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { useRegionName } from '../../../../ui/region-name'
import { applyMessages } from '../../apply-messages'
import {
  applicationErrors,
  checkApplication,
  emptyApplication,
  emptyClaim,
  evidenceFieldId,
  isLimitationRefusal,
  isWageCaseRefusal,
  maxClaims,
  valuesFromPrefill,
  type ApplicationValues,
  type ClaimValues,
} from '../../application-form'
import { ClaimEditor } from '../../components/claim-editor'
import { DisputeFileUploads, filesNotReady, uploadedFileIds, type UploadingFile } from '../../components/dispute-files'
import { LoginFirst } from '../../components/login-first'
import { disputeFilesMessages } from '../../dispute-files-messages'
import '../../disputes.css'

type Failure = { readonly kind: 'limitation'; readonly endedOn: string | null } | { readonly kind: 'problem'; readonly problem: Problem | null }

/**
 * Applying for labour arbitration (decisions 070, 072), by the worker or by grid staff for her
 * under `disputes.file`: the employer, the commission's county, the day the year of art. 27 counts
 * from, the claims, the facts and her evidence, with what happens next said before it is sent.
 * Opened from a wage complaint the office sent to arbitration (`?wageCaseId=`), the form comes
 * filled from it, and the application carries the complaint, whose evidence goes with it. Whatever
 * the server answers, what she typed stays; a lost answer is sent again as the same submission.
 */
export default function ApplyArbitrationPage() {
  const t = useT(applyMessages)
  const session = useStore(sessionStore)
  const { wageCaseId } = useRouter().params
  if (!session) {
    return (
      <PageShell title={t('title')}>
        <LoginFirst back={wageCaseId ? pageLink('applyArbitration', { wageCaseId }) : routes.applyArbitration} />
      </PageShell>
    )
  }
  return (
    <PageShell title={t('title')} operation={applyForArbitration}>
      {wageCaseId ? <PrefilledApplication wageCaseId={wageCaseId} /> : <ApplicationForm prefill={null} />}
    </PageShell>
  )
}

/** The form once her wage complaint has filled it; a complaint that cannot fill it leaves the form hers to fill. */
function PrefilledApplication({ wageCaseId }: { readonly wageCaseId: string }) {
  const t = useT(applyMessages)
  const [loaded, reload] = useOperation(getArbitrationPrefill, { query: { wageCaseId } })
  if (loaded.status === 'loading') return <Loading />
  if (loaded.status === 'network' || (loaded.status === 'problem' && loaded.problem.code !== 'not_found')) {
    return <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
  }
  if (loaded.status === 'problem') {
    return (
      <View className='arb-stack'>
        <Banner tone='warning'>
          <Text>{t('prefill.failed')}</Text>
        </Banner>
        <ApplicationForm prefill={null} />
      </View>
    )
  }
  return <ApplicationForm prefill={loaded.value} />
}

function ApplicationForm({ prefill }: { readonly prefill: ArbitrationPrefill | null }) {
  const t = useT(applyMessages)
  const fileWords = useT(disputeFilesMessages)
  const locale = useLocale()
  const regionName = useRegionName()
  const actingFor = useStore(actingForStore)
  const [values, setValues] = useState<ApplicationValues>(() => (prefill ? valuesFromPrefill(prefill) : emptyApplication))
  const [files, setFiles] = useState<readonly UploadingFile[]>([])
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Failure | null>(null)
  // The complaint refused as its source: said beside any other refusal of the same answer.
  const [wageRefused, setWageRefused] = useState(false)
  const submission = useSubmission(applyForArbitration)
  const { edited } = submission
  const evidenceIds = uploadedFileIds(files)
  const evidenceKey = evidenceIds.join(',')

  // Other files make it another application: a retry after a lost answer must carry the same ones.
  useEffect(() => edited(), [evidenceKey, edited])

  const change = (patch: Partial<ApplicationValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    submission.edited()
  }
  const changeClaim = (index: number, claim: ClaimValues) => change({ claims: values.claims.map((old, at) => (at === index ? claim : old)) })
  const removeClaim = (index: number) => {
    change({ claims: values.claims.filter((_, at) => at !== index) })
    setErrors([])
  }
  const addClaim = () => {
    change({ claims: [...values.claims, emptyClaim] })
    const added = values.claims.length
    setTimeout(() => focusById(`arb-claim-${added}-kind`), 0)
  }

  const send = async () => {
    setFailure(null)
    setWageRefused(false)
    const checked = checkApplication(values, { evidenceIds, wageCaseId: prefill?.wageCase.id ?? null }, locale, t('claims.amountFormat'))
    const notReady = filesNotReady(files, fileWords)
    const formErrors = checked.ok ? [] : checked.errors
    if (!checked.ok || notReady) {
      const fileErrors = notReady && !formErrors.some((error) => error.fieldId === evidenceFieldId) ? [{ fieldId: evidenceFieldId, message: notReady }] : []
      return setErrors([...formErrors, ...fileErrors])
    }
    setErrors([])
    const result = await submission.submit({ body: checked.body })
    if (result.ok) return openPage(pageLink('arbitration', { id: result.value.id, submitted: '1' }), true)
    if (result.network) return setFailure({ kind: 'problem', problem: null })
    const fieldErrors = applicationErrors(result.problem, values.claims.length, locale)
    setErrors(fieldErrors)
    const fromComplaintRefused = isWageCaseRefusal(result.problem)
    setWageRefused(fromComplaintRefused)
    // The day the year ended comes as the answer's detail, in her language (decision 070).
    if (isLimitationRefusal(result.problem)) return setFailure({ kind: 'limitation', endedOn: result.problem.detail ?? null })
    if (fieldErrors.length === 0 && !fromComplaintRefused) setFailure({ kind: 'problem', problem: result.problem })
  }

  const labels: Record<string, string> = {
    'arb-respondent-name': t('respondent.name'),
    'arb-credit-code': t('respondent.creditCode'),
    'arb-region': t('region.legend'),
    'arb-knew-on': t('knewOn.label'),
    'arb-claims': t('claims.title'),
    'arb-facts': t('facts.label'),
    [evidenceFieldId]: t('evidence.title'),
  }

  return (
    <View className='arb-stack'>
      <Text className='page__lead'>{actingFor ? `${t('leadActing', { name: actingFor.maskedName })}${t('lead')}` : t('lead')}</Text>
      {prefill ? <PrefillNote prefill={prefill} /> : null}
      <ErrorSummary errors={errors} id='arb-apply-errors' labels={labels} />
      {failure?.kind === 'limitation' ? (
        <Banner tone='error' title={t('limitation.title')}>
          <Text>{t('limitation.body')}</Text>
          {failure.endedOn ? <Text>{failure.endedOn}</Text> : null}
          <Text>{t('limitation.employed')}</Text>
          <Text>{t('limitation.interrupted')}</Text>
          <Text>{t('kept')}</Text>
        </Banner>
      ) : null}
      {wageRefused ? (
        <Banner tone='error' title={t('wageRefused.title')}>
          <Text>{t('wageRefused.body')}</Text>
          <Text>{t('kept')}</Text>
          <Link to={pageLink('myArbitrations')}>{t('wageRefused.mine')}</Link>
        </Banner>
      ) : null}

      <View>
        <Heading level={2} className='section-title'>
          {t('respondent.title')}
        </Heading>
        <Field
          id='arb-respondent-name'
          label={t('respondent.name')}
          hint={t('respondent.nameHint')}
          maxLength={100}
          error={errorOf(errors, 'arb-respondent-name')}
          value={values.respondentName}
          onChange={(respondentName) => change({ respondentName })}
        />
        <Field
          id='arb-credit-code'
          label={t('respondent.creditCode')}
          hint={t('respondent.creditCodeHint')}
          maxLength={18}
          error={errorOf(errors, 'arb-credit-code')}
          value={values.creditCode}
          onChange={(creditCode) => change({ creditCode })}
        />
      </View>

      <ChoiceRow
        id='arb-region'
        legend={t('region.legend')}
        hint={t('region.hint')}
        error={errorOf(errors, 'arb-region')}
        options={wenzhouCounties.map((code) => ({ value: code, label: regionName(code) }))}
        isOn={(code) => code === values.regionCode}
        onPress={(regionCode) => change({ regionCode })}
      />

      <Field
        id='arb-knew-on'
        label={t('knewOn.label')}
        hint={t('knewOn.hint')}
        maxLength={12}
        error={errorOf(errors, 'arb-knew-on')}
        value={values.knewOn}
        onChange={(knewOn) => change({ knewOn })}
      />

      <View id='arb-claims' className={errorOf(errors, 'arb-claims') ? 'field--error' : ''}>
        <Heading level={2} className='section-title'>
          {t('claims.title')}
        </Heading>
        <Text className='field__hint'>{t('claims.hint')}</Text>
        {errorOf(errors, 'arb-claims') ? <Text className='field__error'>{errorOf(errors, 'arb-claims')}</Text> : null}
        {values.claims.map((claim, index) => (
          <ClaimEditor
            key={index}
            index={index}
            claim={claim}
            errors={errors}
            onChange={(next) => changeClaim(index, next)}
            {...(values.claims.length > 1 ? { onRemove: () => removeClaim(index) } : {})}
          />
        ))}
        {values.claims.length < maxClaims ? (
          <Button variant='secondary' block onPress={addClaim}>
            {t('claims.add')}
          </Button>
        ) : (
          <Text className='muted'>{t('claims.full')}</Text>
        )}
      </View>

      <LongText
        id='arb-facts'
        label={t('facts.label')}
        hint={t('facts.hint')}
        maxLength={2000}
        error={errorOf(errors, 'arb-facts')}
        value={values.facts}
        onChange={(facts) => change({ facts })}
      />

      <View>
        <Heading level={2} className='section-title'>
          {t('evidence.title')}
        </Heading>
        <DisputeFileUploads
          id={evidenceFieldId}
          label={t('evidence.label')}
          hint={prefill ? `${t('evidence.hint')}${t('evidence.hintFromWage')}` : t('evidence.hint')}
          files={files}
          onChange={setFiles}
          error={errorOf(errors, evidenceFieldId)}
        />
      </View>

      <Banner tone='info' title={t('explain.title')} urgent={false}>
        <View className='arb-explain'>
          <Text>{t('explain.accept')}</Text>
          <Text>{t('explain.court')}</Text>
          <Text>{t('explain.steps')}</Text>
        </View>
      </Banner>

      {failure?.kind === 'problem' ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <Button block busy={submission.sending} onPress={() => void send()}>
        {t('submit')}
      </Button>
    </View>
  )
}

/** Where the form's answers came from, and the complaint's evidence that goes with the case, by name. */
function PrefillNote({ prefill }: { readonly prefill: ArbitrationPrefill }) {
  const t = useT(applyMessages)
  return (
    <Banner tone='info' title={t('prefill.title')} urgent={false}>
      <View className='arb-from-wage'>
        <Text>{t('prefill.body', { caseNumber: prefill.wageCase.caseNumber })}</Text>
        <Text>{t('prefill.knewOn')}</Text>
        {prefill.evidence.length > 0 ? (
          <>
            <Text>{t('prefill.evidence')}</Text>
            <View {...roleProps('list')} className='arb-from-wage__files'>
              {prefill.evidence.map((file) => (
                <Text key={file.id} {...roleProps('listitem')} className='arb-from-wage__file'>
                  {file.name}
                </Text>
              ))}
            </View>
          </>
        ) : (
          <Text>{t('prefill.noEvidence')}</Text>
        )}
      </View>
    </Banner>
  )
}
