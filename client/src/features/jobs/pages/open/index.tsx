import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { JobKind } from '@renshe/shared/jobs/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { ChoiceChips } from '../../../../ui/choice-chips'
import { Link } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { loadOpenPosts } from '../../api'
import { JobFacts } from '../../components/job-facts'
import { PostSearchBox } from '../../components/post-search-box'
import { LoginFirst } from '../../components/login-first'
import { jobsMessages } from '../../messages'
import { kindAsked, kindFilters, type KindFilter } from '../../open-filter'
import '../../jobs.css'

export default function OpenJobsPage() {
  const t = useT(jobsMessages)
  const session = useStore(sessionStore)
  const [typed, setTyped] = useState('')
  const [searched, setSearched] = useState('')
  const [kind, setKind] = useState<KindFilter>('all')
  const posts = usePaged(
    useCallback((cursor: string | undefined) => loadOpenPosts(cursor, searched, kindAsked(kind)), [searched, kind]),
    session !== null,
  )
  const isSeeker = session?.me.roles.includes('citizen') ?? false
  const search = (words: string) => {
    setSearched(words.trim())
    posts.reload()
  }
  // The server filters and pages by kind: another kind is another list, from its first page,
  // for the words already searched; what is typed but not yet searched stays in the box.
  const chooseKind = (chosen: KindFilter) => {
    setKind(chosen)
    posts.reload()
  }
  const empty = searched ? t('open.noResults', { q: searched }) : kind === 'all' ? t('open.noneAll') : t('open.none')

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
              <Link to={routes.jobMatches}>{t('open.matchesLink')}</Link>
            </View>
          ) : null}
          <PostSearchBox
            value={typed}
            searched={searched}
            onChange={setTyped}
            onSearch={() => search(typed)}
            onClear={() => {
              setTyped('')
              search('')
            }}
          />
          <ChoiceChips<KindFilter>
            id='open-kind'
            legend={t('open.filter')}
            options={kindFilters.map((value) => ({ value, label: value === 'all' ? t('open.all') : t(`kind.${value satisfies JobKind}`) }))}
            value={kind}
            onChange={chooseKind}
          />
          {searched && posts.status === 'ready' && posts.items.length > 0 ? (
            <Text {...roleProps('status')} className='muted'>
              {t('open.resultsFor', { q: searched })}
            </Text>
          ) : null}
          <PagedList paged={posts} empty={empty} keyOf={(job) => job.id} listClassName='jobs-list' itemClassName={() => 'jobs-list__item'}>
            {(job) => <JobFacts post={job.post} organisationName={job.organisationName} />}
          </PagedList>
        </View>
      ) : null}
    </PageShell>
  )
}
