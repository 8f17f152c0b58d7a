import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { listMyApplications } from '@renshe/shared/jobs/applications-contract'
import type { ApplicationStatus, MyApplication } from '@renshe/shared/jobs/applications'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged, useReplaced } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { EmptyState } from '../../../../ui/empty-state'
import { Link } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { loadMyApplications } from '../../api'
import { TitleWithTag } from '../../components/job-facts'
import { LoginFirst } from '../../components/login-first'
import { SeekerWork } from '../../components/seeker-work'
import { jobsMessages } from '../../messages'
import '../../jobs.css'

/** How an application's status tag looks: hired reads as done, invited as asking something of her. */
function statusTone(status: ApplicationStatus): 'ok' | 'warn' | 'plain' {
  if (status === 'hired') return 'ok'
  if (status === 'invited') return 'warn'
  return 'plain'
}

/** The seeker's applications (or, for grid staff acting under `jobs.assist`, hers), newest first, each with its history. */
export default function MyApplicationsPage() {
  const t = useT(jobsMessages)
  const session = useStore(sessionStore)
  const applications = usePaged(loadMyApplications, session !== null)
  // A day checked in, a pay answered, a rating given: the application as it now stands.
  const changed = useReplaced((application: MyApplication) => application.id)
  // Back from applying elsewhere: the list shows it.
  useDidShow(() => {
    if (session && applications.status !== 'loading') applications.reload()
  })

  return (
    <PageShell title={t('applications.title')} operation={listMyApplications}>
      {!session ? <LoginFirst back={routes.myApplications} /> : null}
      {session ? (
        <View>
          <Text className='page__lead'>{t('applications.lead')}</Text>
          <PagedList
            paged={applications}
            empty={<EmptyState message={t('applications.none')} action={<Link to={routes.jobMatches}>{t('applications.findLink')}</Link>} />}
            keyOf={(application) => application.id}
            listClassName='jobs-list'
            itemClassName={() => 'jobs-list__item'}
          >
            {(application) => <Application application={changed.current(application)} onChanged={changed.replace} />}
          </PagedList>
        </View>
      ) : null}
    </PageShell>
  )
}

function Application({ application, onChanged }: { readonly application: MyApplication; readonly onChanged: (application: MyApplication) => void }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  const worked = application.days.filter((day) => day.checkOutAt !== null).length
  return (
    <View className='jobs-job'>
      <TitleWithTag title={application.postTitle} tag={t(`applications.status.${application.status}`)} tone={statusTone(application.status)} />
      <Text className='jobs-job__org'>
        {application.organisationName} · {t(`kind.${application.kind}`)}
      </Text>
      <Text className='jobs-fact__label'>{t('applications.history')}</Text>
      <View {...roleProps('list')} className='jobs-steps'>
        {application.history.map((step) => (
          <View {...roleProps('listitem')} key={`${step.status}-${step.at}`} className='jobs-step'>
            <Text>
              {t(`applications.step.${step.status}`, { date: formatDate(step.at, locale) })}
              {step.by === 'grid_staff' ? t('applications.byStaff') : ''}
            </Text>
            {step.reason ? <Text className='jobs-note jobs-note--declined'>{t('applications.declinedBecause', { reason: step.reason })}</Text> : null}
          </View>
        ))}
      </View>
      {worked > 0 ? <Text className='muted'>{t('applications.days', { count: worked })}</Text> : null}
      {application.kind === 'day' && application.status === 'hired' ? <SeekerWork application={application} onChanged={onChanged} /> : null}
    </View>
  )
}
