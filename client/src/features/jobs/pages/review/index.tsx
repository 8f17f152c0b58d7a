import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { listPostsToReview } from '@renshe/shared/jobs/posts-contract'
import type { PostedJob } from '@renshe/shared/jobs/posts'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { EmptyState } from '../../../../ui/empty-state'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { loadPostsToReview } from '../../api'
import { DecisionForm } from '../../components/decision-form'
import { HoldReasons } from '../../components/hold-reasons'
import { JobFacts } from '../../components/job-facts'
import { LoginFirst } from '../../components/login-first'
import { statusTone } from '../../labels'
import { jobsMessages } from '../../messages'
import '../../jobs.css'

export default function ReviewJobPostsPage() {
  const t = useT(jobsMessages)
  const session = useStore(sessionStore)
  const posts = usePaged(loadPostsToReview, session !== null)
  const [decided, setDecided] = useState<ReadonlyMap<string, PostedJob>>(new Map())

  return (
    <PageShell title={t('review.title')} operation={listPostsToReview}>
      {!session ? <LoginFirst back={routes.reviewJobPosts} /> : null}
      {session ? (
        <View>
          <Text className='page__lead'>{t('review.lead')}</Text>
          {posts.status === 'problem' || posts.status === 'network' ? <ProblemNotice problem={posts.problem} onRetry={posts.reload} loading /> : null}
          {posts.status === 'ready' && posts.items.length === 0 ? <EmptyState message={t('review.none')} /> : null}
          {posts.items.length > 0 ? (
            <View {...roleProps('list')} className='jobs-list'>
              {posts.items.map((posted) => {
                const done = decided.get(posted.id)
                return (
                  <View {...roleProps('listitem')} key={posted.id} className={`jobs-list__item jobs-list__item--${done?.status ?? posted.status}`}>
                    {done ? (
                      <Banner tone={done.status === 'open' ? 'success' : 'info'}>
                        {done.status === 'open' ? t('review.approved', { title: done.post.title }) : t('review.declined', { title: done.post.title })}
                      </Banner>
                    ) : (
                      <ToReview posted={posted} onDecided={(result) => setDecided((current) => new Map(current).set(posted.id, result))} />
                    )}
                  </View>
                )
              })}
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

function ToReview({ posted, onDecided }: { readonly posted: PostedJob; readonly onDecided: (posted: PostedJob) => void }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  return (
    <View>
      <JobFacts post={posted.post} organisationName={posted.organisationName} badge={t(`status.${posted.status}`)} badgeTone={statusTone(posted.status)} full />
      <Text className='muted'>{t('mine.postedAt', { date: formatDate(posted.createdAt, locale) })}</Text>
      <HoldReasons title={t('review.heldBecause')} reasons={posted.holdReasons} />
      <DecisionForm posted={posted} onDecided={onDecided} />
    </View>
  )
}
