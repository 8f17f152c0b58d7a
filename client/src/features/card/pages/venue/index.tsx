import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { getMyVenue } from '@renshe/shared/card/contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDateTime } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { onBackOnline, startNetworkWatch } from '../../../../lib/network/network'
import { useStore } from '../../../../lib/store'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { LoginNotice } from '../../../../ui/login-notice'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { useRegionName } from '../../../../ui/region-name'
import { useVenueData } from '../../venue-data'
import { venueMessages } from '../../venue-messages'
import { checkOffline, publicKeysOf } from '../../venue-offline'
import { venueUses, venueUsesStore } from '../../venue-store'
import type { UploadReport } from '../../venue-uses'
import { CodeInput } from './code-input'
import { PendingUploads } from './pending-uploads'
import { VenueFacts } from './venue-facts'
import { VerdictPanel, type CodeCheck } from './verdict-panel'
import '../../card.css'
import '../../venue.css'

/**
 * A venue's code check (decision 066): a bus gate, a park or a museum reads a holder's e-card
 * code and is told at once, with no network, whether she goes in and at what price — from the
 * signature, the code's minute and the county's benefit kept on the phone — and then records the
 * use with the portal, which may still refuse it (used already, card stopped since). A use
 * admitted offline waits on the phone and is uploaded, once, when the network is back.
 */
export default function VenueCheckPage() {
  const t = useT(venueMessages)
  const session = useStore(sessionStore)
  return (
    <PageShell title={t('title')} operation={getMyVenue}>
      {session ? <VenueDesk userId={session.me.id} /> : <LoginNotice back={routes.venueCheck} lead={t('login.lead')} />}
    </PageShell>
  )
}

function VenueDesk({ userId }: { readonly userId: string }) {
  const t = useT(venueMessages)
  const locale = useLocale()
  const regionName = useRegionName()
  const { venue, keys, refresh, update } = useVenueData(userId)
  const uses = useStore(venueUsesStore)
  const pending = (uses ?? []).filter((use) => use.userId === userId && use.state === 'pending').length
  const [report, setReport] = useState<{ readonly report: UploadReport; readonly asked: boolean } | null>(null)
  const [uploading, setUploading] = useState(false)
  const [check, setCheck] = useState<CodeCheck | null>(null)
  const checks = useRef(0)
  const publicKeys = useMemo(() => (keys ? publicKeysOf(keys.keys) : []), [keys])

  const upload = useCallback(
    async (asked: boolean) => {
      if (venueUses.pendingOf(userId).length === 0) return
      setUploading(true)
      const done = await venueUses.uploadPending(userId)
      setUploading(false)
      setReport({ report: done, asked })
    },
    [userId],
  )

  // Opened, shown again, or back online: fresh data for the offline check, and what waits goes up.
  const catchUp = useCallback(() => {
    void update()
    void upload(false)
  }, [update, upload])
  useEffect(() => {
    catchUp()
    startNetworkWatch()
    return onBackOnline(catchUp)
  }, [catchUp])
  useDidShow(catchUp)

  const checkCode = async (text: string) => {
    if (!venue || !keys) return
    const token = text.trim()
    const nowSeconds = Math.floor(Date.now() / 1000)
    venueUses.forgetExpired(nowSeconds)
    const offline = checkOffline(token, publicKeys, venue.venue, nowSeconds)
    checks.current += 1
    const id = checks.current
    if (offline.kind !== 'refused' && venueUses.usedHere(userId, offline.claims.n)) {
      return setCheck({ id, offline, usedHere: true, online: { kind: 'skipped' } })
    }
    // Not a code of ours, or a forged one: the portal would say no more than the phone.
    if (offline.kind === 'refused' && (offline.reason === 'malformed' || offline.reason === 'bad_signature')) {
      return setCheck({ id, offline, usedHere: false, online: { kind: 'skipped' } })
    }
    // A key the phone lacks may be one published since it last fetched them.
    if (offline.kind === 'refused' && offline.reason === 'unknown_key') void update()
    setCheck({ id, offline, usedHere: false, online: { kind: 'sending' } })
    const online = await venueUses.checkOnline(userId, token, offline)
    if (checks.current === id) setCheck({ id, offline, usedHere: false, online })
    // The portal answered: whatever waited can go up now.
    if (online.kind === 'verdict') void upload(false)
  }

  const ready = venue && keys ? { venue: venue.venue, keys: keys.keys, fetchedAt: venue.fetchedAt < keys.fetchedAt ? venue.fetchedAt : keys.fetchedAt } : null
  return (
    <View className='stack'>
      {!ready && refresh.status === 'loading' ? (
        <Text {...roleProps('status')} className='muted'>
          {t('data.loading')}
        </Text>
      ) : null}
      {refresh.status === 'problem' ? <ProblemNotice problem={refresh.problem} onRetry={() => void update()} loading /> : null}
      {!ready && refresh.status !== 'loading' && refresh.status !== 'problem' ? (
        <Banner tone='warning'>
          <Text>{t('data.none')}</Text>
          <Button variant='secondary' onPress={() => void update()}>
            {t('data.refresh')}
          </Button>
        </Banner>
      ) : null}
      {ready && refresh.status === 'network' ? <Banner tone='info'>{t('data.offline', { time: formatDateTime(ready.fetchedAt, locale) })}</Banner> : null}
      {ready ? (
        <View className='stack'>
          <Text className='page__lead'>{t('venue.lead', { name: ready.venue.name, county: regionName(ready.venue.regionCode) })}</Text>
          <CodeInput onCheck={(text) => void checkCode(text)} />
          {check ? <VerdictPanel check={check} venueRegionCode={ready.venue.regionCode} /> : null}
          <PendingUploads count={pending} county={regionName(ready.venue.regionCode)} report={report} uploading={uploading} onUpload={() => void upload(true)} />
          <VenueFacts venue={ready.venue} fetchedAt={ready.fetchedAt} developmentKeys={ready.keys.development} />
          <Button variant='secondary' block busy={refresh.status === 'loading'} onPress={() => void update()}>
            {t('data.refresh')}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
