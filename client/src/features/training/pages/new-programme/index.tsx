import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Problem } from '@renshe/shared/platform/problem'
import { createProgramme, listInstitutions } from '@renshe/shared/training/programmes-contract'
import type { Programme, ProgrammeKind, ProgrammeReach, VoucherPayment } from '@renshe/shared/training/schemas'
import { focusTarget, roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorOf, errorProp, errorsFromProblem } from '../../../../lib/form-errors'
import { formatFen } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { Checkbox } from '../../../../ui/checkbox'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { CoveredRows } from '../../components/covered-rows'
import { ExplainedChoice } from '../../components/explained-choice'
import { Ledger } from '../../components/ledger'
import { LoginFirst } from '../../components/login-first'
import { trainingMessages, type TrainingT } from '../../messages'
import { checkProgramme, defaultBudgetOf, emptyProgramme, groups, placeProblems, programmeFieldIds, rowIds, type ProgrammeValues } from '../../programme-values'
import '../../training.css'

export default function NewTrainingProgrammePage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const [created, setCreated] = useState<Programme | null>(null)
  return (
    <PageShell title={t('new.title')} operation={createProgramme}>
      {!session ? <LoginFirst back={routes.newTrainingProgramme} /> : null}
      {session && created ? <Created programme={created} /> : null}
      {session && !created ? <ProgrammeForm onCreated={setCreated} /> : null}
    </PageShell>
  )
}

function Created({ programme }: { readonly programme: Programme }) {
  const t = useT(trainingMessages)
  return (
    <View>
      <Banner tone='success' title={t('programme.created')}>
        <Text>{programme.name}</Text>
      </Banner>
      <Card title={t('ledger.title')}>
        <Ledger ledger={programme.ledger} />
      </Card>
      <View className='training-links'>
        <Link to={pageLink('trainingProgramme', { id: programme.id })}>{t('programmes.detail', { name: programme.name })}</Link>
        <Link to={routes.trainingProgrammes}>{t('programme.toList')}</Link>
      </View>
    </View>
  )
}

/** Field id → the label the error summary names it by: rows by their number, then the field. */
function summaryLabels(values: ProgrammeValues, ids: Readonly<Record<string, string>>, t: TrainingT): Record<string, string> {
  const labels: Record<string, string> = {
    [ids.name ?? '']: t('new.name'),
    [ids.kind ?? '']: t('new.kind'),
    [ids.payment ?? '']: t('new.payment'),
    [ids.reach ?? '']: t('new.reach'),
    [ids['eligibility.minAge'] ?? '']: t('new.minAge'),
    [ids['eligibility.maxAge'] ?? '']: t('new.maxAge'),
    [ids['eligibility.groups'] ?? '']: t('new.groups'),
    [ids.covered ?? '']: t('new.coveredTitle'),
    [ids.validFrom ?? '']: t('new.validFrom'),
    [ids.validUntil ?? '']: t('new.validUntil'),
    [ids.attendanceThresholdPercent ?? '']: t('new.threshold'),
    [ids.quantity ?? '']: t('new.quantity'),
    [ids.budgetFen ?? '']: t('new.budget'),
    [ids.institutionIds ?? '']: t('new.institutionsTitle'),
  }
  values.rows.forEach((row, index) => {
    const inputs = rowIds(row)
    const n = t('new.row', { n: index + 1 })
    labels[inputs.occupation] = `${n} ${t('occupation.legend')}`
    labels[inputs.level] = `${n} ${t('new.level')}`
    labels[inputs.subsidy] = `${n} ${t('new.subsidy')}`
  })
  return labels
}

function ProgrammeForm({ onCreated }: { readonly onCreated: (programme: Programme) => void }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  // What was typed, kept as typed whatever the server answers.
  const [values, setValues] = useState<ProgrammeValues>(emptyProgramme)
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, edited, sending } = useSubmission(createProgramme)
  const [institutions, reloadInstitutions] = useOperation(listInstitutions, {})
  const ids = programmeFieldIds(values.rows)
  const id = (name: string) => ids[name] ?? name

  const patch = (part: Partial<ProgrammeValues>) => {
    setValues((current) => ({ ...current, ...part }))
    // A changed form is a new submission, with a new Idempotency-Key.
    edited()
  }

  const send = async () => {
    setFailure(null)
    const checked = checkProgramme(values, locale, t)
    if (!checked.ok) return setErrors(placeProblems(checked.problems, ids))
    setErrors([])
    const result = await submit({ body: checked.value })
    if (result.ok) return onCreated(result.value)
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = errorsFromProblem(result.problem, ids, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const groupsError = errorOf(errors, id('eligibility.groups'))
  const institutionsError = errorOf(errors, id('institutionIds'))
  const defaultBudget = defaultBudgetOf(values)

  return (
    <View>
      <Text className='page__lead'>{t('new.lead')}</Text>
      <ErrorSummary errors={errors} id='programme-errors' labels={summaryLabels(values, ids, t)} />
      <Card title={t('new.basicsTitle')}>
        <Field id={id('name')} label={t('new.name')} hint={t('new.nameHint')} maxLength={60} value={values.name} onChange={(name) => patch({ name })} {...errorProp(errors, id('name'))} />
        <ExplainedChoice<ProgrammeKind>
          id={id('kind')}
          legend={t('new.kind')}
          error={errorOf(errors, id('kind'))}
          options={(['basic', 'upgrade'] as const).map((kind) => ({ value: kind, label: t(`kind.${kind}`), explain: t(`kind.${kind}.explain`) }))}
          value={values.kind}
          onChange={(kind) => patch({ kind })}
        />
        <ExplainedChoice<VoucherPayment>
          id={id('payment')}
          legend={t('new.payment')}
          error={errorOf(errors, id('payment'))}
          options={(['face_value', 'offset'] as const).map((payment) => ({ value: payment, label: t(`payment.${payment}`), explain: t(`payment.${payment}.explain`) }))}
          value={values.payment}
          onChange={(payment) => patch({ payment })}
        />
        <ExplainedChoice<ProgrammeReach>
          id={id('reach')}
          legend={t('new.reach')}
          error={errorOf(errors, id('reach'))}
          options={(['general', 'targeted'] as const).map((reach) => ({ value: reach, label: t(`reach.${reach}`), explain: t(`reach.${reach}.explain`) }))}
          value={values.reach}
          onChange={(reach) => patch({ reach })}
        />
      </Card>
      <Card title={t('new.eligibilityTitle')}>
        <Text className='page__lead'>{t('new.eligibilityLead')}</Text>
        <Field id={id('eligibility.minAge')} label={t('new.minAge')} hint={t('new.ageHint')} type='number' maxLength={2} value={values.minAge} onChange={(minAge) => patch({ minAge })} {...errorProp(errors, id('eligibility.minAge'))} />
        <Field id={id('eligibility.maxAge')} label={t('new.maxAge')} hint={t('new.ageHint')} type='number' maxLength={2} value={values.maxAge} onChange={(maxAge) => patch({ maxAge })} {...errorProp(errors, id('eligibility.maxAge'))} />
        <View id={id('eligibility.groups')} {...roleProps('group')} {...focusTarget()} aria-labelledby='programme-groups-legend' className={groupsError ? 'field field--error' : 'field'}>
          <Text id='programme-groups-legend' className='field__label'>
            {t('new.groups')}
          </Text>
          {groupsError ? <Text className='field__error'>{groupsError}</Text> : null}
          {groups.map((group) => (
            <Checkbox
              key={group}
              id={`programme-group-${group}`}
              label={t(`group.${group}`)}
              checked={values.groups.includes(group)}
              onChange={(checked) => patch({ groups: checked ? [...values.groups, group] : values.groups.filter((other) => other !== group) })}
            />
          ))}
        </View>
      </Card>
      <Card title={t('new.coveredTitle')}>
        <CoveredRows id={id('covered')} rows={values.rows} errors={errors} onChange={(rows) => patch({ rows })} />
      </Card>
      <Card title={t('new.institutionsTitle')}>
        <View id={id('institutionIds')} {...roleProps('group')} {...focusTarget()} aria-labelledby='programme-institutions-lead' className={institutionsError ? 'field field--error' : 'field'}>
          <Text id='programme-institutions-lead' className='page__lead'>
            {t('new.institutionsLead')}
          </Text>
          {institutionsError ? <Text className='field__error'>{institutionsError}</Text> : null}
          {institutions.status === 'loading' ? <Loading /> : null}
          {institutions.status === 'problem' || institutions.status === 'network' ? (
            <ProblemNotice problem={institutions.status === 'problem' ? institutions.problem : null} onRetry={reloadInstitutions} loading />
          ) : null}
          {institutions.status === 'ok' && institutions.value.items.length === 0 ? <Text className='muted'>{t('new.institutionsNone')}</Text> : null}
          {institutions.status === 'ok'
            ? institutions.value.items.map((institution) => (
                <Checkbox
                  key={institution.id}
                  id={`programme-institution-${institution.id}`}
                  label={institution.name}
                  checked={values.institutionIds.includes(institution.id)}
                  onChange={(checked) => patch({ institutionIds: checked ? [...values.institutionIds, institution.id] : values.institutionIds.filter((other) => other !== institution.id) })}
                />
              ))
            : null}
        </View>
      </Card>
      <Card title={t('new.validTitle')}>
        <Field id={id('validFrom')} label={t('new.validFrom')} hint={t('new.dateHint')} maxLength={10} value={values.validFrom} onChange={(validFrom) => patch({ validFrom })} {...errorProp(errors, id('validFrom'))} />
        <Field id={id('validUntil')} label={t('new.validUntil')} hint={t('new.dateHint')} maxLength={10} value={values.validUntil} onChange={(validUntil) => patch({ validUntil })} {...errorProp(errors, id('validUntil'))} />
        <Field id={id('quantity')} label={t('new.quantity')} type='number' maxLength={7} value={values.quantity} onChange={(quantity) => patch({ quantity })} {...errorProp(errors, id('quantity'))} />
      </Card>
      <Card title={t('new.budgetTitle')}>
        <Field
          id={id('budgetFen')}
          label={t('new.budget')}
          hint={defaultBudget === null ? t('new.budgetDefaultUnknown') : t('new.budgetDefault', { amount: formatFen(defaultBudget) })}
          type='digit'
          maxLength={13}
          value={values.budget}
          onChange={(budget) => patch({ budget })}
          {...errorProp(errors, id('budgetFen'))}
        />
      </Card>
      <Card title={t('new.attendanceTitle')}>
        <Field
          id={id('attendanceThresholdPercent')}
          label={t('new.threshold')}
          hint={t('new.thresholdHint')}
          type='number'
          maxLength={3}
          value={values.threshold}
          onChange={(threshold) => patch({ threshold })}
          {...errorProp(errors, id('attendanceThresholdPercent'))}
        />
      </Card>
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <View className='training-actions'>
        <Button block busy={sending} onPress={() => void send()}>
          {t('new.send')}
        </Button>
      </View>
    </View>
  )
}
