import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { listMyMatches } from '@renshe/shared/jobs/matches-contract'
import type { MatchedJob, NearbyJob } from '@renshe/shared/jobs/matches'
import { reasonsText, reasonText, type NameOf } from '@renshe/shared/jobs/match-messages'
import { occupationName } from '@renshe/shared/jobs/occupations'
import type { OpenJob } from '@renshe/shared/jobs/posts'
import type { Problem } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { newIdempotencyKey } from '../../../../lib/http/idempotency-key'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged, type Paged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { ChoiceChips } from '../../../../ui/choice-chips'
import { EmptyState } from '../../../../ui/empty-state'
import { Link } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { apply, loadMatches, loadNearMe } from '../../api'
import { JobFacts } from '../../components/job-facts'
import { LoginFirst } from '../../components/login-first'
import { Refusal } from '../../components/refusal'
import { jobsMessages } from '../../messages'
import '../../jobs.css'

type Order = 'best' | 'near'

/** Occupation codes read by their names; skills and certificates are the seeker's own words. */
const nameOf: NameOf = (kind, key) => (kind === 'occupation' ? occupationName(key) : undefined)

/**
 * The seeker's matches, best first with their score and reasons, or the jobs nearest her home;
 * each can be applied for here. Grid staff acting under `jobs.assist` see and apply for her.
 */
export default function JobMatchesPage() {
  const t = useT(jobsMessages)
  const session = useStore(sessionStore)
  const [order, setOrder] = useState<Order>('best')
  // Having no profile yet is an ordinary state of the list, said beside its (empty) items.
  const [hasProfile, setHasProfile] = useState(true)
  const best = usePaged(async (cursor: string | undefined) => {
    const result = await loadMatches(cursor)
    if (result.ok) setHasProfile(result.value.hasProfile)
    return result
  }, session !== null && order === 'best')
  const near = usePaged(async (cursor: string | undefined) => {
    const result = await loadNearMe(cursor)
    if (result.ok) setHasProfile(result.value.hasProfile)
    return result
  }, session !== null && order === 'near')
  const list: Paged<MatchedJob | NearbyJob> = order === 'best' ? best : near

  return (
    <PageShell title={t('matches.title')} operation={listMyMatches}>
      {!session ? <LoginFirst back={routes.jobMatches} /> : null}
      {session ? (
        <View>
          <Text className='page__lead'>{t('matches.lead')}</Text>
          <View className='jobs-links'>
            <Link to={routes.myApplications}>{t('matches.applicationsLink')}</Link>
          </View>
          <ChoiceChips<Order>
            id='matches-view'
            legend={t('matches.view')}
            options={[
              { value: 'best', label: t('matches.best') },
              { value: 'near', label: t('matches.near') },
            ]}
            value={order}
            onChange={setOrder}
          />
          <PagedList<MatchedJob | NearbyJob>
            paged={list}
            empty={hasProfile ? t(order === 'best' ? 'matches.none' : 'matches.noneNear') : <EmptyState message={t('matches.noProfile')} action={<Link to={routes.jobProfile}>{t('matches.profileLink')}</Link>} />}
            keyOf={(item) => item.job.id}
            listClassName='jobs-list'
            itemClassName={() => 'jobs-list__item'}
          >
            {(item) => <MatchItem item={item} />}
          </PagedList>
        </View>
      ) : null}
    </PageShell>
  )
}

function MatchItem({ item }: { readonly item: MatchedJob | NearbyJob }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  const job: OpenJob = item.job
  const why = 'reasons' in item ? reasonsText(item.reasons, locale, nameOf) : reasonText({ kind: 'distance', km: item.distanceKm }, locale)
  return (
    <View>
      <JobFacts post={job.post} organisationName={job.organisationName} {...('score' in item ? { badge: t('matches.score', { score: item.score }), badgeTone: 'ok' as const } : {})} />
      <Text className='jobs-match__why'>{'reasons' in item ? t('matches.why', { reasons: why }) : why}</Text>
      <ApplyButton postId={job.id} />
    </View>
  )
}

type Applying = { readonly state: 'idle' | 'sending' | 'applied' } | { readonly state: 'failed'; readonly problem: Problem | null }

/** Applies once: a retry after a lost answer sends the same key, so it is the same application. */
function ApplyButton({ postId }: { readonly postId: string }) {
  const t = useT(jobsMessages)
  const [applying, setApplying] = useState<Applying>({ state: 'idle' })
  const key = useRef<string | null>(null)
  const send = async () => {
    key.current ??= newIdempotencyKey()
    setApplying({ state: 'sending' })
    const result = await apply(postId, key.current)
    setApplying(result.ok ? { state: 'applied' } : { state: 'failed', problem: result.network ? null : result.problem })
  }
  if (applying.state === 'applied') {
    return (
      <View className='jobs-match__applied'>
        <View {...roleProps('status')} className='jobs-match__state'>
          <Text>{t('matches.applied')}</Text>
        </View>
        <Link to={routes.myApplications}>{t('matches.applicationsLink')}</Link>
      </View>
    )
  }
  return (
    <View className='jobs-actions'>
      {/* Why, in words: already applied, no profile yet, or the post has closed. */}
      {applying.state === 'failed' ? <Refusal problem={applying.problem} /> : null}
      <Button block busy={applying.state === 'sending'} onPress={() => void send()}>
        {t('matches.apply')}
      </Button>
    </View>
  )
}
