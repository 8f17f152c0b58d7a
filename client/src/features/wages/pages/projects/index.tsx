import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { OperationInput } from '@renshe/shared/platform/operation'
import type { Problem } from '@renshe/shared/platform/problem'
import { createProject, listProjects } from '@renshe/shared/wages/contract'
import type { Project } from '@renshe/shared/wages/schemas'
import { pressable, roleProps } from '../../../../lib/a11y/pressable'
import { errorProp, errorsFromIssues, errorsFromProblem } from '../../../../lib/form-errors'
import { formatMonth } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { EmptyState } from '../../../../ui/empty-state'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Link, openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { RadioGroup } from '../../../../ui/radio-group'
import { OfficeProjectStatus } from '../../components/office-project-status'
import { useRegionName } from '../../../../ui/region-name'
import { wenzhouRegions } from '../../regions'
import { officeMessages } from '../../office-messages'
import '../../office.css'

const fieldIds = {
  name: 'project-name',
  regionCode: 'project-region',
  address: 'project-address',
  startMonth: 'project-start',
  endMonth: 'project-end',
} as const

interface Values {
  readonly name: string
  readonly regionCode: string
  readonly address: string
  readonly startMonth: string
  readonly endMonth: string
}

const empty: Values = { name: '', regionCode: '', address: '', startMonth: '', endMonth: '' }

function NewProjectForm({ onCreated }: { readonly onCreated: (project: Project) => void }) {
  const t = useT(officeMessages)
  const regionName = useRegionName()
  const locale = useLocale()
  const [values, setValues] = useState<Values>(empty)
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, edited, sending } = useSubmission(createProject)
  const lastInput = useRef<OperationInput<typeof createProject> | null>(null)

  const change = (key: keyof Values) => (value: string) => {
    setValues((current) => ({ ...current, [key]: value }))
    edited()
  }

  const send = async (input: OperationInput<typeof createProject>) => {
    lastInput.current = input
    setFailure(null)
    const result = await submit(input)
    if (result.ok) {
      setValues(empty)
      return onCreated(result.value)
    }
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = errorsFromProblem(result.problem, fieldIds, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const sendForm = () => {
    const body = {
      name: values.name,
      regionCode: values.regionCode,
      address: values.address,
      startMonth: values.startMonth.trim(),
      endMonth: values.endMonth.trim() || null,
    }
    const parsed = createProject.body.safeParse(body)
    if (!parsed.success) {
      // No district chosen yet reads better as "choose one" than as a malformed code.
      const issues = parsed.error.issues.map((issue) => (issue.path[0] === 'regionCode' && !values.regionCode ? { ...issue, message: 'field.choose' } : issue))
      return setErrors(errorsFromIssues(issues, fieldIds, locale))
    }
    setErrors([])
    void send({ body: parsed.data })
  }

  return (
    <View className='office-action-form'>
      <ErrorSummary
        errors={errors}
        id='project-errors'
        labels={{
          [fieldIds.name]: t('projects.name'),
          [fieldIds.regionCode]: t('projects.region'),
          [fieldIds.address]: t('projects.address'),
          [fieldIds.startMonth]: t('projects.startMonth'),
          [fieldIds.endMonth]: t('projects.endMonth'),
        }}
      />
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => lastInput.current && void send(lastInput.current)} /> : null}
      <Field id={fieldIds.name} label={t('projects.name')} hint={t('projects.nameHint')} maxLength={60} value={values.name} onChange={change('name')} {...errorProp(errors, fieldIds.name)} />
      <View className={errorProp(errors, fieldIds.regionCode).error ? 'field--error' : ''}>
        {errorProp(errors, fieldIds.regionCode).error ? <Text className='field__error'>{errorProp(errors, fieldIds.regionCode).error}</Text> : null}
        <RadioGroup<string>
          id={fieldIds.regionCode}
          legend={t('projects.region')}
          options={wenzhouRegions.map((code) => ({ value: code, label: regionName(code) }))}
          value={values.regionCode}
          onChange={change('regionCode')}
        />
      </View>
      <Field id={fieldIds.address} label={t('projects.address')} maxLength={100} value={values.address} onChange={change('address')} {...errorProp(errors, fieldIds.address)} />
      <Field
        id={fieldIds.startMonth}
        label={t('projects.startMonth')}
        hint={t('projects.monthHint')}
        maxLength={7}
        value={values.startMonth}
        onChange={change('startMonth')}
        {...errorProp(errors, fieldIds.startMonth)}
      />
      <Field
        id={fieldIds.endMonth}
        label={t('projects.endMonth')}
        hint={t('projects.endMonthHint')}
        maxLength={7}
        value={values.endMonth}
        onChange={change('endMonth')}
        {...errorProp(errors, fieldIds.endMonth)}
      />
      <Button block busy={sending} onPress={sendForm}>
        {t('projects.create')}
      </Button>
    </View>
  )
}

function ProjectItem({ project }: { readonly project: Project }) {
  const t = useT(officeMessages)
  const regionName = useRegionName()
  const locale = useLocale()
  const open = () => openPage(`${routes.payroll}?id=${encodeURIComponent(project.id)}`)
  const period = project.endMonth
    ? t('facts.period', { from: formatMonth(project.startMonth, locale), to: formatMonth(project.endMonth, locale) })
    : t('projects.since', { from: formatMonth(project.startMonth, locale) })
  return (
    <View {...roleProps('listitem')} className='office-queue__entry'>
      <View {...pressable(open, 'link')} className='office-case-row focusable' onClick={open}>
        <View className='office-case-row__head'>
          <Text className='office-case-row__number'>{project.name}</Text>
          <Text className='status-tag'>{t(`projects.status.${project.status}`)}</Text>
        </View>
        <Text className='muted'>{`${regionName(project.regionCode)} · ${project.address}`}</Text>
        <Text className='muted'>{period}</Text>
        <OfficeProjectStatus project={project} />
        <Text className='office-case-row__cta'>{t('employer.toPayroll')}</Text>
      </View>
    </View>
  )
}

export default function ProjectsPage() {
  const t = useT(officeMessages)
  const [projects, reload] = useOperation(listProjects, {})
  const [created, setCreated] = useState<Project | null>(null)

  return (
    <PageShell title={t('projects.title')} operation={listProjects}>
      <View className='office-link-row'>
        <Link to={routes.employerDesk}>{t('respond.toDesk')}</Link>
      </View>
      <Card title={t('projects.listTitle')}>
        {projects.status === 'loading' ? <Loading /> : null}
        {projects.status === 'problem' || projects.status === 'network' ? (
          <ProblemNotice problem={projects.status === 'problem' ? projects.problem : null} onRetry={reload} loading />
        ) : null}
        {projects.status === 'ok' && projects.value.projects.length === 0 ? <EmptyState message={t('employer.noProjects')} /> : null}
        {projects.status === 'ok' && projects.value.projects.length > 0 ? (
          <View {...roleProps('list')} className='office-queue'>
            {projects.value.projects.map((project) => (
              <ProjectItem key={project.id} project={project} />
            ))}
          </View>
        ) : null}
      </Card>
      <Card title={t('projects.newTitle')}>
        {created ? (
          <Banner tone='success' title={t('projects.createdTitle')}>
            <Text>{t('projects.created', { name: created.name })}</Text>
            <View className='office-link-row'>
              <Link to={`${routes.payroll}?id=${encodeURIComponent(created.id)}`}>{t('projects.toPayroll', { name: created.name })}</Link>
            </View>
          </Banner>
        ) : null}
        <Text className='muted office-block'>{t('projects.newLead')}</Text>
        <NewProjectForm
          onCreated={(project) => {
            setCreated(project)
            reload()
          }}
        />
      </Card>
    </PageShell>
  )
}
