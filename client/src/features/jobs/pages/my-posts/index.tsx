import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { listMyPosts } from '@renshe/shared/jobs/posts-contract'
import { closablePostStatuses, isEditablePostStatus, type PostedJob } from '@renshe/shared/jobs/posts'
import { pageLink } from '@renshe/shared/platform/pages'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged, useReplaced } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { Link, openPage } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { loadMyPosts, stopRecruiting } from '../../api'
import { HoldReasons } from '../../components/hold-reasons'
import { JobFacts } from '../../components/job-facts'
import { LoginFirst } from '../../components/login-first'
import { Refusal } from '../../components/refusal'
import { statusTone } from '../../labels'
import { jobsMessages } from '../../messages'
import { useAction } from '../../use-action'
import '../../jobs.css'

export default function MyJobPostsPage() {
  const t = useT(jobsMessages)
  const session = useStore(sessionStore)
  const posts = usePaged(loadMyPosts, session !== null)
  // A post stopped here: as the answer left it, without loading the list again.
  const changed = useReplaced((posted: PostedJob) => posted.id)
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
          <PagedList paged={posts} empty={t('mine.none')} keyOf={(posted) => posted.id} listClassName='jobs-list' itemClassName={(posted) => `jobs-list__item jobs-list__item--${changed.current(posted).status}`}>
            {(posted) => <MyPost posted={changed.current(posted)} onChanged={changed.replace} />}
          </PagedList>
        </View>
      ) : null}
    </PageShell>
  )
}

function MyPost({ posted, onChanged }: { readonly posted: PostedJob; readonly onChanged: (posted: PostedJob) => void }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  const [confirming, setConfirming] = useState(false)
  const closing = useAction((closed: PostedJob) => {
    setConfirming(false)
    onChanged(closed)
  })
  const worked = posted.status === 'open' || posted.status === 'closed'
  return (
    <View>
      <JobFacts post={posted.post} organisationName={posted.organisationName} badge={t(`status.${posted.status}`)} badgeTone={statusTone(posted.status)} />
      <Text className='muted'>{t('mine.postedAt', { date: formatDate(posted.createdAt, locale) })}</Text>
      {posted.status === 'held' || posted.status === 'declined' ? <HoldReasons title={t('mine.heldBecause')} reasons={posted.holdReasons} /> : null}
      {posted.status === 'declined' && posted.decisionNote ? <Text className='jobs-note jobs-note--declined'>{t('mine.declinedBecause', { note: posted.decisionNote })}</Text> : null}
      {posted.status === 'open' && posted.decisionNote ? <Text className='jobs-note'>{t('mine.note', { note: posted.decisionNote })}</Text> : null}
      {posted.status === 'closed' ? <Text className='jobs-note'>{t('mine.closedNote')}</Text> : null}
      {worked ? (
        <View className='jobs-links'>
          <Link to={pageLink('applicants', { id: posted.id })}>{t('mine.applicantsLink')}</Link>
          {posted.post.kind === 'day' ? <Link to={pageLink('dayWork', { id: posted.id })}>{t('mine.dayWorkLink')}</Link> : null}
        </View>
      ) : null}
      {posted.earlierRounds.length > 0 ? <Text className='muted'>{t('mine.resubmitted', { count: posted.earlierRounds.length })}</Text> : null}
      {/* A post waiting for review may be changed too, but it is offered where something needs mending. */}
      {isEditablePostStatus(posted.status) && posted.status !== 'in_review' ? (
        <View className='jobs-actions'>
          <Button block onPress={() => openPage(pageLink('postJob', { id: posted.id }))}>
            {t('mine.edit')}
          </Button>
        </View>
      ) : null}
      {closablePostStatuses.includes(posted.status) ? (
        <View className='jobs-actions'>
          {/* Stopping cannot be undone: it is asked twice, with what it means, and "not now" beside it. */}
          {confirming ? (
            <View {...roleProps('alert')} className='jobs-confirm'>
              <Text className='jobs-note'>{t('mine.closeConfirm')}</Text>
            </View>
          ) : null}
          {closing.failed ? <Refusal problem={closing.problem} /> : null}
          {confirming ? (
            <View className='stack'>
              <Button block variant='danger' busy={closing.busy} onPress={() => void closing.run(() => stopRecruiting(posted.id))}>
                {t('mine.closeYes')}
              </Button>
              <Button block variant='secondary' disabled={closing.busy} onPress={() => setConfirming(false)}>
                {t('mine.closeNo')}
              </Button>
            </View>
          ) : (
            <Button block variant='secondary' onPress={() => setConfirming(true)}>
              {t('mine.close')}
            </Button>
          )}
        </View>
      ) : null}
    </View>
  )
}
