import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { JobKind } from '@renshe/shared/jobs/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { ChoiceChips } from '../../../../ui/choice-chips'
import { EmptyState } from '../../../../ui/empty-state'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { loadOpenPosts } from '../../api'
import { JobFacts } from '../../components/job-facts'
import { LoginFirst } from '../../components/login-first'
import { jobsMessages } from '../../messages'
import { kindFilters, shownOf, type KindFilter } from '../../open-filter'
import '../../jobs.css'

export default function OpenJobsPage() {
  const t = useT(jobsMessages)
  const session = useStore(sessionStore)
  const posts = usePaged(loadOpenPosts, session !== null)
  const [kind, setKind] = useState<KindFilter>('all')
  const shown = shownOf(posts.items, kind)
  const isSeeker = session?.me.roles.includes('citizen') ?? false

  // Reading open posts is anyone's own reading: no page guard for acting, and the calls go as oneself.
  return (
    <PageShell title={t('open.title')}>
      {!session ? <LoginFirst back={routes.openJobs} /> : null}
      {session ? (
        <View>
          <Text className='page__lead'>{t('open.lead')}</Text>
          {isSeeker ? (
            <View className='jobs-links'>
              <Link to={routes.jobProfile}>{t('open.profileLink')}</Link>
            </View>
          ) : null}
          <ChoiceChips<KindFilter>
            id='open-kind'
            legend={t('open.filter')}
            options={kindFilters.map((value) => ({ value, label: value === 'all' ? t('open.all') : t(`kind.${value satisfies JobKind}`) }))}
            value={kind}
            onChange={setKind}
          />
          {posts.status === 'problem' || posts.status === 'network' ? <ProblemNotice problem={posts.problem} onRetry={posts.reload} loading /> : null}
          {posts.status === 'ready' && shown.length === 0 ? <EmptyState message={kind === 'all' ? t('open.noneAll') : t('open.none')} /> : null}
          {shown.length > 0 ? (
            <View {...roleProps('list')} className='jobs-list'>
              {shown.map((job) => (
                <View {...roleProps('listitem')} key={job.id} className='jobs-list__item'>
                  <JobFacts post={job.post} organisationName={job.organisationName} />
                </View>
              ))}
            </View>
          ) : null}
          {posts.status === 'loading' ? <Loading /> : null}
          {posts.hasMore && posts.status === 'ready' ? (
            <Button variant='secondary' block onPress={posts.loadMore}>
              {t('loadMore')}
            </Button>
          ) : null}
        </View>
      ) : null}
    </PageShell>
  )
}
