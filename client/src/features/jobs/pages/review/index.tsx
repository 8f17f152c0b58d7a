import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { listPostsToReview, type decidePost } from '@renshe/shared/jobs/posts-contract'
import { decisionNoteMaxLength, type PostDecision, type PostedJob } from '@renshe/shared/jobs/posts'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { decide, loadPostsToReview } from '../../api'
import { DecisionForm } from '../../components/decision-form'
import { checkDecision, type DecisionChoice } from '../../decision-values'
import { EarlierRounds } from '../../components/earlier-rounds'
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
          <PagedList
            paged={posts}
            empty={t('review.none')}
            keyOf={(posted) => posted.id}
            listClassName='jobs-list'
            itemClassName={(posted) => `jobs-list__item jobs-list__item--${decided.get(posted.id)?.status ?? posted.status}`}
          >
            {(posted) => {
              const done = decided.get(posted.id)
              return done ? (
                <Banner tone={done.status === 'open' ? 'success' : 'info'}>
                  {done.status === 'open' ? t('review.approved', { title: done.post.title }) : t('review.declined', { title: done.post.title })}
                </Banner>
              ) : (
                <ToReview posted={posted} onDecided={(result) => setDecided((current) => new Map(current).set(posted.id, result))} />
              )
            }}
          </PagedList>
        </View>
      ) : null}
    </PageShell>
  )
}

function ToReview({ posted, onDecided }: { readonly posted: PostedJob; readonly onDecided: (posted: PostedJob) => void }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  // A post the rules held is approved only with a note saying why.
  const held = posted.status === 'held'
  return (
    <View>
      <JobFacts post={posted.post} organisationName={posted.organisationName} badge={t(`status.${posted.status}`)} badgeTone={statusTone(posted.status)} full />
      <Text className='muted'>{t('mine.postedAt', { date: formatDate(posted.createdAt, locale) })}</Text>
      <HoldReasons title={t('review.heldBecause')} reasons={posted.holdReasons} />
      <EarlierRounds rounds={posted.earlierRounds} />
      <DecisionForm<DecisionChoice, PostDecision, typeof decidePost>
        id={`review-${posted.id}`}
        legend={t('review.decision')}
        options={[
          { value: 'approve', label: t('review.approve') },
          { value: 'decline', label: t('review.decline') },
        ]}
        noteField='note'
        noteMaxLength={decisionNoteMaxLength}
        noteOf={(choice) => {
          if (choice === 'decline') return { label: t('review.reason'), hint: t('review.reasonHint') }
          return held ? { label: t('review.noteHeld'), hint: t('review.noteHeldHint') } : { label: t('review.note') }
        }}
        check={(choice, note) => checkDecision(choice, note, held, locale, t)}
        send={(decision) => decide(posted.id, { ...decision, revision: posted.revision })}
        sendLabel={t('review.send')}
        onDecided={onDecided}
      />
    </View>
  )
}
