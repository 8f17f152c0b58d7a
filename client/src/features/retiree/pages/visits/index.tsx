import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import type { VisitListItem } from '@renshe/shared/retiree/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { newIdempotencyKey } from '../../../../lib/http/idempotency-key'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { EmptyState } from '../../../../ui/empty-state'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { loadVisits, openVisitFor } from '../../api'
import { byDeadline } from '../../certification-words'
import { LoginFirst } from '../../components/login-first'
import { VisitRow } from '../../components/visit-row'
import { retireeMessages } from '../../messages'
import '../../retiree.css'

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly items: readonly VisitListItem[] }
  | { readonly status: 'failed'; readonly problem: Problem | null }

const visitUrl = (taskId: string) => `${routes.homeVisit}?id=${encodeURIComponent(taskId)}`

export default function VisitsPage() {
  const t = useT(retireeMessages)
  const session = useStore(sessionStore)
  const isStaff = session?.me.roles.includes('grid_staff') ?? false
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [opening, setOpening] = useState<string | null>(null)
  const [openFailure, setOpenFailure] = useState<{ readonly problem: Problem | null } | null>(null)

  const load = useCallback(async () => {
    const result = await loadVisits()
    if (result.ok) setLoaded({ status: 'ok', items: byDeadline(result.value.items) })
    else setLoaded({ status: 'failed', problem: result.network ? null : result.problem })
  }, [])

  useEffect(() => {
    if (isStaff) void load()
  }, [isStaff, load])
  // Back from a visit: it has moved on (submitted) or gone.
  useDidShow(() => {
    if (isStaff && loaded.status === 'ok') void load()
  })

  const open = async (item: VisitListItem) => {
    setOpenFailure(null)
    if (item.taskId) return openPage(visitUrl(item.taskId))
    if (!item.grantId) return undefined
    // A pensioner who granted the worker `retiree.assist` and has no task yet: open one under that grant.
    setOpening(item.grantId)
    const result = await openVisitFor(item.grantId, newIdempotencyKey())
    setOpening(null)
    if (result.ok) return openPage(visitUrl(result.value.id))
    setOpenFailure({ problem: result.network ? null : result.problem })
    return undefined
  }

  return (
    <PageShell title={t('visits.title')}>
      {!session ? <LoginFirst back={routes.homeVisits} /> : null}
      {session && !isStaff ? <Banner tone='warning'>{t('visits.notStaff')}</Banner> : null}
      {isStaff && loaded.status === 'loading' ? <Loading /> : null}
      {isStaff && loaded.status === 'failed' ? <ProblemNotice problem={loaded.problem} onRetry={() => void load()} loading /> : null}
      {openFailure ? <ProblemNotice problem={openFailure.problem} /> : null}
      {isStaff && loaded.status === 'ok' && loaded.items.length === 0 ? <EmptyState message={t('visits.empty')} /> : null}
      {isStaff && loaded.status === 'ok' && loaded.items.length > 0 ? (
        <View>
          <Text className='page__lead'>{t('visits.lead')}</Text>
          <View {...roleProps('list')} className='list'>
            {loaded.items.map((item) => (
              <View key={item.taskId ?? item.grantId ?? item.name} {...roleProps('listitem')}>
                <VisitRow item={item} busy={opening !== null && opening === item.grantId} onOpen={(chosen) => void open(chosen)} />
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}
