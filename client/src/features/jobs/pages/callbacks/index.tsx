import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ProxyClient } from '@renshe/shared/identity/schemas'
import { listCallbacks } from '@renshe/shared/jobs/matches-contract'
import type { CallbackPerson } from '@renshe/shared/jobs/matches'
import type { Problem } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../../lib/a11y/pressable'
import { startActing } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { ListLink } from '../../../../ui/link'
import { EmptyState } from '../../../../ui/empty-state'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { loadCallbacks, loadMyClients, markPersonCalled } from '../../api'
import { Fact, TitleWithTag } from '../../components/job-facts'
import { LoginFirst } from '../../components/login-first'
import { Refusal } from '../../components/refusal'
import { useAction } from '../../use-action'
import { jobsMessages } from '../../messages'
import { registerMessages } from '../../register-messages'
import '../../jobs.css'

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly people: readonly CallbackPerson[]; readonly clients: readonly ProxyClient[] }
  | { readonly status: 'failed'; readonly problem: Problem | null }

/**
 * Grid staff's call-back list: the people they help under a `jobs.assist` grant who have new
 * matches since the last call, who has waited longest first. From here the staff member opens
 * her matches acting for her, and marks her called once they have spoken.
 */
export default function CallbacksPage() {
  const t = useT(jobsMessages)
  const tr = useT(registerMessages)
  const session = useStore(sessionStore)
  const isStaff = session?.me.roles.includes('grid_staff') ?? false
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [round, setRound] = useState(0)
  const [called, setCalled] = useState<readonly string[]>([])

  useEffect(() => {
    if (!isStaff) return undefined
    let live = true
    setLoaded({ status: 'loading' })
    void Promise.all([loadCallbacks(), loadMyClients()]).then(([people, clients]) => {
      if (!live) return
      if (people.ok && clients.ok) setLoaded({ status: 'ok', people: people.value.people, clients: clients.value.clients })
      else if (!people.ok) setLoaded({ status: 'failed', problem: people.network ? null : people.problem })
      else if (!clients.ok) setLoaded({ status: 'failed', problem: clients.network ? null : clients.problem })
    })
    return () => {
      live = false
    }
  }, [isStaff, round])
  // Back from her matches: who has new ones may have changed.
  useDidShow(() => {
    if (isStaff && loaded.status !== 'loading') setRound((n) => n + 1)
  })

  const waiting = loaded.status === 'ok' ? loaded.people.filter((person) => !called.includes(person.grantId)) : []
  return (
    <PageShell title={t('callbacks.title')} operation={listCallbacks}>
      {!session ? <LoginFirst back={routes.jobCallbacks} /> : null}
      {session && !isStaff ? <Banner tone='warning'>{t('callbacks.notStaff')}</Banner> : null}
      {isStaff ? <Text className='page__lead'>{t('callbacks.lead')}</Text> : null}
      {isStaff ? <ListLink to={routes.registerResident} title={tr('register.entry')} detail={tr('register.entryHint')} /> : null}
      {isStaff && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'failed' ? <ProblemNotice problem={loaded.problem} onRetry={() => setRound((n) => n + 1)} loading /> : null}
      {called.length > 0 ? (
        <View {...roleProps('status')} className='jobs-match__applied'>
          <Text>{t('callbacks.marked', { count: called.length })}</Text>
        </View>
      ) : null}
      {loaded.status === 'ok' && waiting.length === 0 ? <EmptyState message={t('callbacks.none')} /> : null}
      {loaded.status === 'ok' && waiting.length > 0 ? (
        <View {...roleProps('list')} className='jobs-list'>
          {waiting.map((person) => (
            <View {...roleProps('listitem')} key={person.grantId} className='jobs-list__item'>
              <Person
                person={person}
                client={loaded.clients.find((client) => client.grantId === person.grantId && client.scopes.includes('jobs.assist')) ?? null}
                onCalled={() => setCalled((before) => [...before, person.grantId])}
              />
            </View>
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}

function Person({ person, client, onCalled }: { readonly person: CallbackPerson; readonly client: ProxyClient | null; readonly onCalled: () => void }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  const marking = useAction(onCalled)
  // Her matches, seen as she would see them: acting for her under her grant, from Home's banner.
  const openMatches = (found: ProxyClient) => {
    startActing(found)
    Taro.reLaunch({ url: routes.jobMatches }).catch(() => undefined)
  }
  return (
    <View className='jobs-job'>
      <TitleWithTag title={t('callbacks.who', { name: person.maskedName, hint: person.idNumberHint })} tag={t('callbacks.newMatches', { count: person.newMatches })} tone='warn' />
      <View {...roleProps('list')} className='jobs-job__facts'>
        <Fact label={t('callbacks.best')} value={String(person.bestScore)} />
        <Fact label={t('callbacks.since')} value={formatDate(person.waitingSince, locale)} />
        <Fact label={t('callbacks.lastCalled')} value={person.lastCalledAt ? formatDate(person.lastCalledAt, locale) : t('callbacks.neverCalled')} />
      </View>
      <View className='jobs-actions'>
        {client ? <Button block onPress={() => openMatches(client)}>{t('callbacks.openMatches')}</Button> : null}
        {marking.failed ? <Refusal problem={marking.problem} /> : null}
        <Button block variant='secondary' busy={marking.busy} onPress={() => void marking.run(() => markPersonCalled(person.grantId))}>
          {t('callbacks.markCalled')}
        </Button>
      </View>
    </View>
  )
}
