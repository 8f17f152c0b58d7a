import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { listMyPosts } from '@renshe/shared/jobs/posts-contract'
import type { PostedJob } from '@renshe/shared/jobs/posts'
import { pageLink } from '@renshe/shared/platform/pages'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { Link, openPage } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
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
          <PagedList paged={posts} empty={t('mine.none')} keyOf={(posted) => posted.id} listClassName='jobs-list' itemClassName={(posted) => `jobs-list__item jobs-list__item--${posted.status}`}>
            {(posted) => <MyPost posted={posted} />}
          </PagedList>
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
      {posted.status === 'open' ? (
        <View className='jobs-links'>
          <Link to={pageLink('applicants', { id: posted.id })}>{t('mine.applicantsLink')}</Link>
          {posted.post.kind === 'day' ? <Link to={pageLink('dayWork', { id: posted.id })}>{t('mine.dayWorkLink')}</Link> : null}
        </View>
      ) : null}
    </View>
  )
}
