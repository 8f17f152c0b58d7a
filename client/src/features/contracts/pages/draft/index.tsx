import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { createContract, getContract, updateContract } from '@renshe/shared/contracts/contract'
import type { Contract, ContractKind, HoursSystem, WageBasis } from '@renshe/shared/contracts/schemas'
import { wenzhouCounties } from '@renshe/shared/identity/regions'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Problem } from '@renshe/shared/platform/problem'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorOf } from '../../../../lib/form-errors'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { translator, useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { Checkbox } from '../../../../ui/checkbox'
import { ChoiceRow } from '../../../../ui/choice-row'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Heading } from '../../../../ui/heading'
import { Link, openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { LongText } from '../../../../ui/long-text'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { RadioGroup } from '../../../../ui/radio-group'
import { useRegionName } from '../../../../ui/region-name'
import { ClauseList } from '../../components/clause-list'
import { KindChoice } from '../../components/kind-choice'
import { LoginFirst } from '../../components/login-first'
import { SigningPanel } from '../../components/signing-panel'
import {
  checkContract,
  contractErrors,
  contractFieldIds as ids,
  emptyContract,
  endDayOf,
  noProbation,
  previewClauses,
  probationLimit,
  renewalValues,
  valuesFromContract,
  type ContractValues,
} from '../../contract-form'
import { draftMessages } from '../../draft-messages'
import '../../contracts.css'

/**
 * The employer drafts a labour contract (decision 073): a template, the worker by her real name
 * and ID number, the county, and the terms, with the law's limits said before sending in the
 * service's own words. The whole text can be read before saving; once saved, the employer's
 * authorised person passes an identity check and signs. Opened with `?id=`, a saved draft is
 * changed. Whatever the server answers, what was typed stays.
 */
export default function DraftContractPage() {
  const t = useT(draftMessages)
  const session = useStore(sessionStore)
  const { id, renew } = useRouter().params
  if (!session) {
    return (
      <PageShell title={t('title')}>
        <LoginFirst back={id ? pageLink('contractDraft', { id }) : routes.contractDraft} />
      </PageShell>
    )
  }
  return (
    <PageShell title={id ? t('titleEdit') : t('title')} operation={createContract}>
      {id ? <SavedDraft id={id} /> : renew ? <RenewalDraft from={renew} /> : <DraftForm initial={null} />}
    </PageShell>
  )
}

/** A saved draft, still the employer's to change; anything else is said and linked to. */
function SavedDraft({ id }: { readonly id: string }) {
  const t = useT(draftMessages)
  const [loaded, reload] = useOperation(getContract, { params: { id } })
  if (loaded.status === 'loading') return <Loading />
  if (loaded.status !== 'ok') return <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
  if (loaded.value.myRole !== 'employer' || !loaded.value.allowedActions.includes('edit')) {
    return (
      <Banner tone='info'>
        <Text>{t('notEditable')}</Text>
        <Link to={pageLink('contract', { id })}>{t('toContract')}</Link>
      </Banner>
    )
  }
  return <DraftForm initial={loaded.value} />
}

/**
 * The next contract, drafted from a fixed-term one near its end or ended by expiry: carried over
 * with new dates; after two fixed terms in a row the page says she may require an open-ended one
 * (art. 14 para. 2 (3)), and that kind is chosen for her.
 */
function RenewalDraft({ from }: { readonly from: string }) {
  const t = useT(draftMessages)
  const [loaded, reload] = useOperation(getContract, { params: { id: from } })
  if (loaded.status === 'loading') return <Loading />
  if (loaded.status !== 'ok') return <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
  const previous = loaded.value
  if (previous.myRole !== 'employer' || !previous.allowedActions.includes('renew')) {
    return (
      <Banner tone='info'>
        <Text>{t('renew.notRenewable')}</Text>
        <Link to={pageLink('contract', { id: from })}>{t('toContract')}</Link>
      </Banner>
    )
  }
  const note = previous.renewal?.mayRequireOpenEnded
    ? t('renew.openEnded', { count: previous.renewal.consecutiveFixedTerms, number: previous.contractNumber })
    : t('renew.lead', { number: previous.contractNumber })
  return <DraftForm initial={null} prefill={{ values: renewalValues(previous), note, openEnded: previous.renewal?.mayRequireOpenEnded === true }} />
}

interface Prefill {
  readonly values: ContractValues
  readonly note: string
  readonly openEnded: boolean
}

function DraftForm({ initial, prefill }: { readonly initial: Contract | null; readonly prefill?: Prefill }) {
  const t = useT(draftMessages)
  const locale = useLocale()
  const regionName = useRegionName()
  const [values, setValues] = useState<ContractValues>(() => (initial ? valuesFromContract(initial) : (prefill?.values ?? emptyContract)))
  const [saved, setSaved] = useState<Contract | null>(initial)
  // Changes since the last save: the signature is of the saved text, so they hide signing.
  const [dirty, setDirty] = useState(initial === null)
  const [justSaved, setJustSaved] = useState(false)
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [previewOpen, setPreviewOpen] = useState(false)
  const create = useSubmission(createContract)
  const update = useSubmission(updateContract)
  const words = { wage: t('wage.format'), probation: t('probation.format'), payDay: t('payDay.format') }

  const change = (patch: Partial<ContractValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    setDirty(true)
    setJustSaved(false)
    create.edited()
    update.edited()
  }
  // Part-time work is paid by the hour (art. 72): chosen for her, still hers to change.
  const chooseKind = (kind: ContractKind) => change(kind === 'part_time' ? { kind, wageBasis: 'hourly' } : { kind })

  const save = async () => {
    setFailure(null)
    const checked = checkContract(values, locale, words)
    if (!checked.ok) return setErrors(checked.errors)
    setErrors([])
    const result = saved ? await update.submit({ params: { id: saved.id }, body: checked.body }) : await create.submit({ body: checked.body })
    if (result.ok) {
      setSaved(result.value)
      setDirty(false)
      setJustSaved(true)
      return
    }
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = contractErrors(result.problem, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const togglePreview = () => {
    if (previewOpen) return setPreviewOpen(false)
    if (!saved || dirty) {
      const checked = checkContract(values, locale, words)
      if (!checked.ok) return setErrors(checked.errors)
      setErrors([])
    }
    setPreviewOpen(true)
  }

  const labels: Record<string, string> = {
    [ids.kind]: t('kind.legend'),
    [ids['worker.name']]: t('worker.name'),
    [ids['worker.idNumber']]: t('worker.idNumber'),
    [ids.regionCode]: t('region.legend'),
    [ids['terms.position']]: t('position.label'),
    [ids['terms.workPlace']]: t('place.label'),
    [ids['terms.startsOn']]: t('starts.label'),
    [ids['terms.endsOn']]: t('ends.label'),
    [ids['terms.task']]: t('task.label'),
    [ids['terms.probationMonths']]: t('probation.label'),
    [ids['terms.wageBasis']]: t('wageBasis.legend'),
    [ids['terms.wageFen']]: t(`wage.label.${values.wageBasis}`),
    [ids['terms.payDay']]: t('payDay.label'),
    [ids['terms.hoursSystem']]: t('hours.legend'),
    [ids['terms.otherTerms']]: t('other.label'),
  }
  const endDay = endDayOf(values.kind)
  const limit = probationLimit(values)
  const probationHint = limit === null ? t('probation.hintUnknown') : limit === 0 ? t('probation.hintNone') : t('probation.hint', { max: limit })
  const mayPlatform = values.kind === 'platform_agreement'
  const signable = saved !== null && !dirty && saved.allowedActions.includes('sign')

  return (
    <View className='contract-stack'>
      <Text className='page__lead'>{t('lead')}</Text>
      {prefill && !saved ? <Banner tone={prefill.openEnded ? 'warning' : 'info'}>{prefill.note}</Banner> : null}
      <ErrorSummary errors={errors} id='contract-errors' labels={labels} />
      {justSaved && saved ? <Banner tone='success'>{t('saved', { number: saved.contractNumber })}</Banner> : null}

      <KindChoice id={ids.kind} legend={t('kind.legend')} hint={t('kind.hint')} error={errorOf(errors, ids.kind)} value={values.kind} onChange={chooseKind} />

      <View>
        <Heading level={2} className='contract-section-title'>
          {t('worker.title')}
        </Heading>
        <Field
          id={ids['worker.name']}
          label={t('worker.name')}
          hint={t('worker.nameHint')}
          maxLength={30}
          error={errorOf(errors, ids['worker.name'])}
          value={values.workerName}
          onChange={(workerName) => change({ workerName })}
        />
        <Field
          id={ids['worker.idNumber']}
          label={t('worker.idNumber')}
          hint={(initial ?? prefill) && values.workerIdNumber === '' ? `${t('worker.idNumberAgain')}${t('worker.idNumberHint')}` : t('worker.idNumberHint')}
          type='idcard'
          maxLength={18}
          error={errorOf(errors, ids['worker.idNumber'])}
          value={values.workerIdNumber}
          onChange={(workerIdNumber) => change({ workerIdNumber })}
        />
      </View>

      <ChoiceRow
        id={ids.regionCode}
        legend={t('region.legend')}
        hint={t('region.hint')}
        error={errorOf(errors, ids.regionCode)}
        options={wenzhouCounties.map((code) => ({ value: code, label: regionName(code) }))}
        isOn={(code) => code === values.regionCode}
        onPress={(regionCode) => change({ regionCode })}
      />

      <View>
        <Heading level={2} className='contract-section-title'>
          {t('terms.title')}
        </Heading>
        <Field id={ids['terms.position']} label={t('position.label')} hint={t('position.hint')} maxLength={50} error={errorOf(errors, ids['terms.position'])} value={values.position} onChange={(position) => change({ position })} />
        <Field id={ids['terms.workPlace']} label={t('place.label')} maxLength={100} error={errorOf(errors, ids['terms.workPlace'])} value={values.workPlace} onChange={(workPlace) => change({ workPlace })} />
        <Field id={ids['terms.startsOn']} label={t('starts.label')} hint={t('starts.hint')} maxLength={12} error={errorOf(errors, ids['terms.startsOn'])} value={values.startsOn} onChange={(startsOn) => change({ startsOn })} />
        {endDay !== 'none' ? (
          <Field
            id={ids['terms.endsOn']}
            label={endDay === 'required' ? t('ends.label') : t('ends.labelOptional')}
            hint={t('ends.hint')}
            maxLength={12}
            error={errorOf(errors, ids['terms.endsOn'])}
            value={values.endsOn}
            onChange={(endsOn) => change({ endsOn })}
          />
        ) : null}
        {values.kind === 'per_task' ? (
          <LongText id={ids['terms.task']} label={t('task.label')} hint={t('task.hint')} maxLength={200} error={errorOf(errors, ids['terms.task'])} value={values.task} onChange={(task) => change({ task })} />
        ) : null}
        {noProbation(values.kind) ? (
          <Text className='field__hint contract-no-probation'>{t('probation.none')}</Text>
        ) : (
          <Field
            id={ids['terms.probationMonths']}
            label={t('probation.label')}
            hint={probationHint}
            type='number'
            maxLength={2}
            error={errorOf(errors, ids['terms.probationMonths'])}
            value={values.probationMonths}
            onChange={(probationMonths) => change({ probationMonths })}
          />
        )}
        <RadioGroup<WageBasis>
          id={ids['terms.wageBasis']}
          legend={t('wageBasis.legend')}
          options={(['monthly', 'hourly', 'piece'] as const).map((basis) => ({ value: basis, label: t(`wageBasis.${basis}`) }))}
          value={values.wageBasis}
          onChange={(wageBasis) => change({ wageBasis })}
        />
        {errorOf(errors, ids['terms.wageBasis']) ? <Text className='field__error'>{errorOf(errors, ids['terms.wageBasis'])}</Text> : null}
        <Field
          id={ids['terms.wageFen']}
          label={t(`wage.label.${values.wageBasis}`)}
          hint={t('wage.hint')}
          type='digit'
          maxLength={14}
          error={errorOf(errors, ids['terms.wageFen'])}
          value={values.wageYuan}
          onChange={(wageYuan) => change({ wageYuan })}
        />
        <Field id={ids['terms.payDay']} label={t('payDay.label')} hint={t('payDay.hint')} type='number' maxLength={2} error={errorOf(errors, ids['terms.payDay'])} value={values.payDay} onChange={(payDay) => change({ payDay })} />
        <RadioGroup<HoursSystem>
          id={ids['terms.hoursSystem']}
          legend={t('hours.legend')}
          options={(['standard', 'comprehensive', 'flexible'] as const).map((system) => ({ value: system, label: t(`hours.${system}`) }))}
          value={values.hoursSystem}
          onChange={(hoursSystem) => change({ hoursSystem })}
        />
        <Checkbox
          id={ids['terms.socialInsurance']}
          label={mayPlatform ? t('insurance.labelPlatform') : t('insurance.label')}
          hint={t('insurance.hint')}
          checked={values.socialInsurance}
          onChange={(socialInsurance) => change({ socialInsurance })}
        />
        <LongText id={ids['terms.otherTerms']} label={t('other.label')} hint={t('other.hint')} maxLength={1000} error={errorOf(errors, ids['terms.otherTerms'])} value={values.otherTerms} onChange={(otherTerms) => change({ otherTerms })} />
      </View>

      <Button variant='secondary' block onPress={togglePreview}>
        {previewOpen ? t('preview.hide') : t('preview.show')}
      </Button>
      {previewOpen ? <Preview values={values} saved={dirty ? null : saved} employer={saved} /> : null}

      {failure ? (
        <View className='contract-stack'>
          <ProblemNotice problem={failure.problem} onRetry={() => void save()} />
          <Text>{t('kept')}</Text>
        </View>
      ) : null}
      {saved && dirty ? <Text className='contract-unsaved'>{t('unsaved')}</Text> : null}
      <Button block busy={create.sending || update.sending} onPress={() => void save()}>
        {t('save')}
      </Button>

      {signable ? (
        <Card title={t('sign.title')}>
          <Text>{t('sign.lead')}</Text>
          <SigningPanel
            contract={saved}
            onSigned={(next) => openPage(pageLink('contract', { id: next.id, signed: '1' }), true)}
            onChanged={setSaved}
            onOutdated={() => openPage(pageLink('contract', { id: saved.id }), true)}
          />
        </Card>
      ) : null}
    </View>
  )
}

interface PreviewProps {
  readonly values: ContractValues
  /** The saved text, when nothing was changed since: the server's own, the employer's name filled in. */
  readonly saved: Contract | null
  /** The employer's registered name and code, once known from a save. */
  readonly employer: Contract | null
}

/** The whole text as it will be signed, in Chinese; in English with its translation. */
function Preview({ values, saved, employer }: PreviewProps) {
  const t = useT(draftMessages)
  const locale = useLocale()
  const english = locale === 'en'
  if (saved) {
    return (
      <Card title={t('preview.title')}>
        <ClauseList clauses={saved.clauses} translation={english ? saved.translation : null} endId='contract-preview-end' />
      </Card>
    )
  }
  const checked = checkContract(values, locale, { wage: '', probation: '', payDay: '' })
  if (!checked.ok) return <Text className='field__error'>{t('preview.fix')}</Text>
  // Until saved, the employer's name is a placeholder in each language of the text.
  const partiesIn = (language: 'zh-CN' | 'en') => {
    if (employer) return { employerName: employer.employerName, employerCreditCode: employer.employerCreditCode }
    const words = translator(draftMessages, language)
    return { employerName: words('preview.employerName'), employerCreditCode: words('preview.creditCode') }
  }
  return (
    <Card title={t('preview.title')}>
      <Text className='field__hint'>{t('preview.lead')}</Text>
      <ClauseList
        clauses={previewClauses(checked.body, partiesIn('zh-CN'), 'zh')}
        translation={english ? previewClauses(checked.body, partiesIn('en'), 'en') : null}
        endId='contract-preview-end'
      />
    </Card>
  )
}
