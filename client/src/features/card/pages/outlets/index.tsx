import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Outlet, RegionOutlets } from '@renshe/shared/card/applications'
import { listRegionOutlets } from '@renshe/shared/card/contract'
import { focusById } from '../../../../lib/a11y/focus'
import { focusTarget, roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { EmptyState } from '../../../../ui/empty-state'
import { Loading } from '../../../../ui/loading'
import { LoginNotice } from '../../../../ui/login-notice'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { useRegionName } from '../../../../ui/region-name'
import { OutletFacts } from '../../components/outlet-facts'
import { outletsMessages } from '../../outlets-messages'
import { OutletForm } from './outlet-form'
import '../../card.css'

type Mode = { readonly kind: 'list' } | { readonly kind: 'new' } | { readonly kind: 'edit'; readonly outlet: Outlet }
type Done = { readonly act: 'created' | 'updated'; readonly name: string }

/**
 * An officer's card outlets (decision 067): her region's, open and closed, each with its bank,
 * address, hours and services; added and changed in one form, closed by its switch.
 */
export default function CardOutletsPage() {
  const t = useT(outletsMessages)
  const session = useStore(sessionStore)
  const [loaded, reload] = useOperation(listRegionOutlets, session ? {} : null)
  // The list as saved here since it loaded: a saved outlet shows without another round trip.
  const [shown, setShown] = useState<RegionOutlets | null>(null)
  useEffect(() => {
    if (loaded.status === 'ok') setShown(loaded.value)
  }, [loaded])
  const [mode, setMode] = useState<Mode>({ kind: 'list' })
  const [done, setDone] = useState<Done | null>(null)
  useEffect(() => {
    if (done) focusById('outlets-done')
  }, [done])
  useEffect(() => {
    if (mode.kind !== 'list') focusById('outlet-form', 'start')
  }, [mode])

  const saved = (outlet: Outlet) => {
    setShown((value) => {
      if (!value) return value
      const known = value.items.some((item) => item.id === outlet.id)
      return { ...value, items: known ? value.items.map((item) => (item.id === outlet.id ? outlet : item)) : [...value.items, outlet] }
    })
    setDone({ act: mode.kind === 'edit' ? 'updated' : 'created', name: outlet.name })
    setMode({ kind: 'list' })
  }
  const open = (next: Mode) => {
    setDone(null)
    setMode(next)
  }

  return (
    <PageShell title={t('title')} operation={listRegionOutlets}>
      {!session ? <LoginNotice back={routes.cardOutlets} lead={t('login.lead')} /> : null}
      {session && !shown && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading /> : null}
      {session && shown && mode.kind !== 'list' ? (
        <View id='outlet-form' {...focusTarget()}>
          <OutletForm
            key={mode.kind === 'edit' ? mode.outlet.id : 'new'}
            editing={mode.kind === 'edit' ? mode.outlet : null}
            banks={shown.banks}
            officerRegion={session.me.regionCode}
            onSaved={saved}
            onCancel={() => setMode({ kind: 'list' })}
            onGone={() => {
              setMode({ kind: 'list' })
              reload()
            }}
          />
        </View>
      ) : null}
      {session && shown && mode.kind === 'list' ? <OutletList value={shown} regionCode={session.me.regionCode} done={done} onAdd={() => open({ kind: 'new' })} onEdit={(outlet) => open({ kind: 'edit', outlet })} /> : null}
    </PageShell>
  )
}

interface OutletListProps {
  readonly value: RegionOutlets
  readonly regionCode: string | null
  readonly done: Done | null
  readonly onAdd: () => void
  readonly onEdit: (outlet: Outlet) => void
}

function OutletList({ value, regionCode, done, onAdd, onEdit }: OutletListProps) {
  const t = useT(outletsMessages)
  const regionName = useRegionName()
  const region = regionCode ? regionName(regionCode) : ''
  return (
    <View className='stack'>
      <Text className='page__lead'>{t('lead', { region })}</Text>
      {done ? (
        <View id='outlets-done' {...focusTarget()}>
          <Banner tone='success'>{t(done.act === 'created' ? 'done.created' : 'done.updated', { name: done.name })}</Banner>
        </View>
      ) : null}
      <Button block onPress={onAdd}>
        {t('add')}
      </Button>
      {value.items.length === 0 ? <EmptyState message={t('empty', { region })} /> : null}
      {value.items.length > 0 ? (
        <View {...roleProps('list')} aria-label={t('list')} className='card-outlet-list'>
          {value.items.map((outlet) => (
            <View key={outlet.id} {...roleProps('listitem')} className={outlet.open ? 'card-outlet-item' : 'card-outlet-item card-outlet-item--closed'}>
              {outlet.open ? null : <Text className='status-tag card-outlet-item__closed'>{t('closed')}</Text>}
              <OutletFacts outlet={{ ...outlet, distanceKm: null }} />
              <Text className='outlet-facts__line'>{t('region', { region: regionName(outlet.regionCode) })}</Text>
              <Button variant='secondary' onPress={() => onEdit(outlet)}>
                <Text>{t('edit')}</Text>
                <Text className='visually-hidden'>{outlet.name}</Text>
              </Button>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
