import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { listMyPosts } from '@renshe/shared/jobs/posts-contract'
import type { PostedJob } from '@renshe/shared/jobs/posts'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { EmptyState } from '../../../../ui/empty-state'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { loadMyPosts } from '../../api'
import { HoldReasons } from '../../components/hold-reasons'
import { JobFacts } from '../../components/job-facts'
import { LoginFirst } from '../../components/login-first'
import { statusTone } from '../../labels'
import { jobsMessages } from '../../messages'
import '../../jobs.css'

export default function MyJobPostsPage() {
  const t = useT(jobsMessages)
  const session = useStore(sessionStore)
  const posts = usePaged(loadMyPosts, session !== null)
  // Back from posting one: the list shows it.
  useDidShow(() => {
    if (session && posts.status !== 'loading') posts.reload()
  })

  return (
    <PageShell title={t('mine.title')} operation={listMyPosts}>
      {!session ? <LoginFirst back={routes.myJobPosts} /> : null}
      {session ? (
        <View>
          <Text className='page__lead'>{t('mine.lead')}</Text>
          <View className='jobs-actions'>
            <Button block onPress={() => openPage(routes.postJob)}>
              {t('mine.new')}
            </Button>
          </View>
          {posts.status === 'problem' || posts.status === 'network' ? <ProblemNotice problem={posts.problem} onRetry={posts.reload} loading /> : null}
          {posts.status === 'ready' && posts.items.length === 0 ? <EmptyState message={t('mine.none')} /> : null}
          {posts.items.length > 0 ? (
            <View {...roleProps('list')} className='jobs-list'>
              {posts.items.map((posted) => (
                <View {...roleProps('listitem')} key={posted.id} className={`jobs-list__item jobs-list__item--${posted.status}`}>
                  <MyPost posted={posted} />
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

function MyPost({ posted }: { readonly posted: PostedJob }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  return (
    <View>
      <JobFacts post={posted.post} organisationName={posted.organisationName} badge={t(`status.${posted.status}`)} badgeTone={statusTone(posted.status)} />
      <Text className='muted'>{t('mine.postedAt', { date: formatDate(posted.createdAt, locale) })}</Text>
      {posted.status === 'held' || posted.status === 'declined' ? <HoldReasons title={t('mine.heldBecause')} reasons={posted.holdReasons} /> : null}
      {posted.status === 'declined' && posted.decisionNote ? <Text className='jobs-note jobs-note--declined'>{t('mine.declinedBecause', { note: posted.decisionNote })}</Text> : null}
      {posted.status === 'open' && posted.decisionNote ? <Text className='jobs-note'>{t('mine.note', { note: posted.decisionNote })}</Text> : null}
    </View>
  )
}
