import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { importPayroll, listProjects } from '@renshe/shared/wages/contract'
import type { Project } from '@renshe/shared/wages/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { formatDate, formatFen, formatMonth } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Card } from '../../../../ui/card'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { OfficePayrollImport } from '../../components/office-payroll-import'
import { OfficePayrollTemplate } from '../../components/office-payroll-template'
import { OfficeProjectStatus } from '../../components/office-project-status'
import { useRegionName } from '../../../../ui/region-name'
import { payrollTemplate } from '../../office-api'
import { officeMessages } from '../../office-messages'
import '../../office.css'

function Months({ project }: { readonly project: Project }) {
  const t = useT(officeMessages)
  const locale = useLocale()
  const months = [...project.payroll].sort((a, b) => (a.month < b.month ? 1 : -1))
  return (
    <Card title={t('payroll.monthsTitle')}>
      <OfficeProjectStatus project={project} />
      {months.length === 0 ? (
        <Text className='muted'>{t('payroll.noMonths')}</Text>
      ) : (
        <View {...roleProps('list')}>
          {months.map((month) => (
            <View key={month.month} {...roleProps('listitem')} className='office-month'>
              <Text className='office-month__title'>{formatMonth(month.month, locale)}</Text>
              <Text>{t('payroll.monthLine', { workers: month.workers, due: formatFen(month.dueFen), paid: formatFen(month.paidFen) })}</Text>
              {month.paidFen < month.dueFen ? (
                <Text className='office-missing'>
                  <Text className='office-missing__tag'>{t('payroll.shortTag')}</Text>
                  {t('payroll.short', { amount: formatFen(month.dueFen - month.paidFen) })}
                </Text>
              ) : null}
              <Text className='muted small'>{t('payroll.importedAt', { date: formatDate(month.importedAt, locale) })}</Text>
            </View>
          ))}
        </View>
      )}
    </Card>
  )
}

type Template = { readonly status: 'loading' | 'failed' } | { readonly status: 'ok'; readonly filename: string; readonly csv: string }

function TemplateCard() {
  const t = useT(officeMessages)
  const [template, setTemplate] = useState<Template>({ status: 'loading' })
  const [round, setRound] = useState(0)
  useEffect(() => {
    let live = true
    void payrollTemplate().then((result) => {
      if (live) setTemplate(result.ok ? { status: 'ok', ...result.value } : { status: 'failed' })
    })
    return () => {
      live = false
    }
  }, [round])
  return (
    <Card title={t('template.title')}>
      {template.status === 'loading' ? <Loading /> : null}
      {template.status === 'failed' ? <ProblemNotice problem={null} onRetry={() => setRound((n) => n + 1)} loading /> : null}
      {template.status === 'ok' ? <OfficePayrollTemplate filename={template.filename} csv={template.csv} /> : null}
    </Card>
  )
}

export default function PayrollPage() {
  const t = useT(officeMessages)
  const regionName = useRegionName()
  const locale = useLocale()
  const id = useRouter().params.id ?? ''
  const [projects, reload] = useOperation(listProjects, {})
  const found = projects.status === 'ok' ? (projects.value.projects.find((candidate) => candidate.id === id) ?? null) : null
  // While the list reloads after an import, the page keeps showing the project and the result.
  const last = useRef<Project | null>(null)
  if (found) last.current = found
  const project = found ?? (projects.status === 'loading' ? last.current : null)

  return (
    <PageShell title={t('payroll.title')} operation={importPayroll}>
      <View className='office-link-row'>
        <Link to={routes.employerDesk}>{t('respond.toDesk')}</Link>
      </View>
      {projects.status === 'loading' && !project ? <Loading /> : null}
      {projects.status === 'problem' || projects.status === 'network' ? (
        <ProblemNotice problem={projects.status === 'problem' ? projects.problem : null} onRetry={reload} loading />
      ) : null}
      {projects.status === 'ok' && !project ? <Banner tone='error' title={t('payroll.notFound')} /> : null}
      {project ? (
        <View>
          <Text className='page__lead'>
            {t('payroll.lead', { name: project.name, region: regionName(project.regionCode), from: formatMonth(project.startMonth, locale) })}
          </Text>
          <Months project={project} />
          <TemplateCard />
          <Card title={t('import.title')}>
            <OfficePayrollImport projectId={project.id} onImported={reload} />
          </Card>
        </View>
      ) : null}
    </PageShell>
  )
}
