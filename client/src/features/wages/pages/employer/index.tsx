import { Text, View } from '@tarojs/components'
import { listEmployerComplaints, listProjects } from '@renshe/shared/wages/contract'
import type { CaseSummary, Project } from '@renshe/shared/wages/schemas'
import { pressable, roleProps } from '../../../../lib/a11y/pressable'
import { formatDate, formatFen, formatMonth } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { domainLabels } from '../../../../ui/domain-labels'
import { EmptyState } from '../../../../ui/empty-state'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { OfficeProjectStatus } from '../../components/office-project-status'
import { OfficeStageDeadline } from '../../components/office-stage-deadline'
import { useRegionName } from '../../../../ui/region-name'
import { officeMessages } from '../../office-messages'
import '../../office.css'
import '../../wages.css'

function ComplaintRow({ summary, toAnswer }: { readonly summary: CaseSummary; readonly toAnswer: boolean }) {
  const t = useT(officeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const open = () => openPage(`${routes.employerRespond}?id=${encodeURIComponent(summary.id)}`)
  return (
    <View {...roleProps('listitem')} className='office-queue__entry'>
      <View {...pressable(open, 'link')} className='office-case-row focusable' onClick={open}>
        <View className='office-case-row__head'>
          <Text className='office-case-row__number'>{summary.caseNumber}</Text>
          <Text className='status-tag'>{label(`caseStatus.${summary.status}`)}</Text>
        </View>
        <Text className='office-case-row__employer'>{summary.siteName}</Text>
        <Text>{t('queue.amount', { amount: formatFen(summary.amountFen) })}</Text>
        <Text className='muted'>{t('employer.filedOn', { date: formatDate(summary.submittedAt, locale) })}</Text>
        <OfficeStageDeadline deadlines={summary.deadlines} />
        <Text className='office-case-row__cta'>{t(toAnswer ? 'employer.respond' : 'employer.view')}</Text>
      </View>
    </View>
  )
}

function ProjectRow({ project }: { readonly project: Project }) {
  const t = useT(officeMessages)
  const regionName = useRegionName()
  const locale = useLocale()
  const open = () => openPage(`${routes.payroll}?id=${encodeURIComponent(project.id)}`)
  return (
    <View {...roleProps('listitem')} className='office-queue__entry'>
      <View {...pressable(open, 'link')} className='office-case-row focusable' onClick={open}>
        <View className='office-case-row__head'>
          <Text className='office-case-row__number'>{project.name}</Text>
          <Text className='status-tag'>{t(`projects.status.${project.status}`)}</Text>
        </View>
        <Text className='muted'>
          {t('projects.where', { region: regionName(project.regionCode), from: formatMonth(project.startMonth, locale) })}
        </Text>
        <OfficeProjectStatus project={project} />
        <Text className='office-case-row__cta'>{t('employer.toPayroll')}</Text>
      </View>
    </View>
  )
}

export default function EmployerDeskPage() {
  const t = useT(officeMessages)
  const [complaints, reloadComplaints] = useOperation(listEmployerComplaints, {})
  const [projects, reloadProjects] = useOperation(listProjects, {})
  // Waiting for this organisation's answer first; what it has answered, or what has ended, below.
  const cases = complaints.status === 'ok' ? complaints.value.cases : []
  const waiting = new Set(complaints.status === 'ok' ? complaints.value.awaitingAnswer : [])
  const toAnswer = cases.filter((summary) => waiting.has(summary.id))
  const others = cases.filter((summary) => !waiting.has(summary.id))

  return (
    <PageShell title={t('employer.title')} operation={listEmployerComplaints}>
      <Text className='page__lead'>{t('employer.lead')}</Text>
      <Card title={t('employer.complaintsTitle')}>
        {complaints.status === 'loading' ? <Loading /> : null}
        {complaints.status === 'problem' || complaints.status === 'network' ? (
          <ProblemNotice problem={complaints.status === 'problem' ? complaints.problem : null} onRetry={reloadComplaints} loading />
        ) : null}
        {complaints.status === 'ok' && toAnswer.length === 0 ? <EmptyState message={t('employer.noComplaints')} /> : null}
        {toAnswer.length > 0 ? (
          <View {...roleProps('list')} className='office-queue'>
            {toAnswer.map((summary) => (
              <ComplaintRow key={summary.id} summary={summary} toAnswer />
            ))}
          </View>
        ) : null}
      </Card>
      {others.length > 0 ? (
        <Card title={t('employer.otherComplaintsTitle')}>
          <View {...roleProps('list')} className='office-queue'>
            {others.map((summary) => (
              <ComplaintRow key={summary.id} summary={summary} toAnswer={false} />
            ))}
          </View>
        </Card>
      ) : null}
      <Card title={t('employer.projectsTitle')}>
        {projects.status === 'loading' ? <Loading /> : null}
        {projects.status === 'problem' || projects.status === 'network' ? (
          <ProblemNotice problem={projects.status === 'problem' ? projects.problem : null} onRetry={reloadProjects} loading />
        ) : null}
        {projects.status === 'ok' && projects.value.projects.length === 0 ? <EmptyState message={t('employer.noProjects')} /> : null}
        {projects.status === 'ok' && projects.value.projects.length > 0 ? (
          <View {...roleProps('list')} className='office-queue'>
            {projects.value.projects.map((project) => (
              <ProjectRow key={project.id} project={project} />
            ))}
          </View>
        ) : null}
        <Button variant='secondary' block onPress={() => openPage(routes.projects)}>
          {t('employer.toProjects')}
        </Button>
      </Card>
    </PageShell>
  )
}
