import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { getCardReconciliation } from '@renshe/shared/card/contract'
import { confirmWithinHours, type CardReconciliation, type ReconciliationItem } from '@renshe/shared/card/money'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDateTime, formatFen } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { EmptyState } from '../../../../ui/empty-state'
import { Heading } from '../../../../ui/heading'
import { Loading } from '../../../../ui/loading'
import { LoginNotice } from '../../../../ui/login-notice'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { useRegionName } from '../../../../ui/region-name'
import { reconciliationMessages } from '../../reconciliation-messages'
import { DayPicker } from './day-picker'
import '../../../../ui/status-card.css'
import '../../card.css'
import '../../payments.css'

type Bank = CardReconciliation['banks'][number]
type Tally = Bank['queued']

/**
 * An officer's daily reconciliation of payments onto her region's cards (decision 068): whether
 * the books balance, what is held, and bank by bank what was sent, credited, returned and is
 * still unconfirmed, with each payment or bank line that does not match. Yesterday first, as the
 * portal counts it; the day before or after at a tap.
 */
export default function CardReconciliationPage() {
  const t = useT(reconciliationMessages)
  const session = useStore(sessionStore)
  // null: the portal's own default day (yesterday, by its clock, not the phone's).
  const [day, setDay] = useState<string | null>(null)
  const [loaded, reload] = useOperation(getCardReconciliation, session ? { query: day ? { day } : {} } : null)
  // What was shown stays while another day loads, so the buttons keep their place and focus.
  const [shown, setShown] = useState<CardReconciliation | null>(null)
  const [latest, setLatest] = useState<string | null>(null)
  useEffect(() => {
    if (loaded.status !== 'ok') return
    if (day === null) setLatest(loaded.value.day)
    setShown(loaded.value)
  }, [loaded, day])

  return (
    <PageShell title={t('title')} operation={getCardReconciliation}>
      {!session ? <LoginNotice back={routes.cardReconciliation} lead={t('login.lead')} /> : null}
      {session && !shown && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading /> : null}
      {session && shown ? <Reconciliation value={shown} latest={latest} loading={loaded.status === 'loading'} onDay={setDay} /> : null}
    </PageShell>
  )
}

interface ReconciliationProps {
  readonly value: CardReconciliation
  readonly latest: string | null
  readonly loading: boolean
  readonly onDay: (day: string) => void
}

function Reconciliation({ value, latest, loading, onDay }: ReconciliationProps) {
  const t = useT(reconciliationMessages)
  const regionName = useRegionName()
  const region = regionName(value.regionCode)
  return (
    <View className='stack'>
      <Text className='page__lead'>{t('lead', { region })}</Text>
      <DayPicker day={value.day} latest={latest} loading={loading} onDay={onDay} />
      {value.balanced ? (
        <View className='status-card status-card--ok'>
          <Heading level={2} className='status-card__headline'>
            {t('balanced.yes')}
          </Heading>
          <Text className='status-card__line'>{t('balanced.yesExplain')}</Text>
        </View>
      ) : (
        // Unbalanced books are said at once, in a double frame, before anything else of the day.
        <View {...roleProps('alert')} className='status-card status-card--alert'>
          <Heading level={2} className='status-card__headline'>
            {t('balanced.no')}
          </Heading>
          <Text className='status-card__line'>{t('balanced.noExplain')}</Text>
        </View>
      )}
      {value.held.count > 0 ? <Text className='card-recon-held'>{t('held', { count: value.held.count, amount: formatFen(value.held.fen) })}</Text> : null}
      {value.banks.length === 0 ? <EmptyState message={t('empty', { region })} /> : null}
      {value.banks.map((bank) => (
        <BankDay key={bank.partnerId} bank={bank} />
      ))}
    </View>
  )
}

function BankDay({ bank }: { readonly bank: Bank }) {
  const t = useT(reconciliationMessages)
  const id = `recon-${bank.partnerId}`
  const tallies = [
    { key: 'queued', tally: bank.queued },
    { key: 'credited', tally: bank.credited },
    { key: 'returned', tally: bank.returned },
    { key: 'outstanding', tally: bank.outstanding },
  ] as const
  const tallyText = (tally: Tally) => t('tally.value', { count: tally.count, amount: formatFen(tally.fen) })
  return (
    <View {...roleProps('region')} aria-labelledby={`${id}-title`} className='card-recon-bank'>
      <Heading level={2} id={`${id}-title`} className='card-recon-bank__title'>
        {bank.bankName}
      </Heading>
      <View {...roleProps('list')} aria-label={t('bank.tallies', { bank: bank.bankName })} className='card-recon-tallies'>
        {tallies.map(({ key, tally }) => (
          <View key={key} {...roleProps('listitem')} className='card-recon-tally'>
            <Text className='card-recon-tally__label'>{t(`tally.${key}`)}</Text>
            <Text className='card-recon-tally__value'>{tallyText(tally)}</Text>
          </View>
        ))}
      </View>
      <Heading level={3} className='card-recon-bank__subtitle'>
        {t('items.title', { count: bank.items.length })}
      </Heading>
      {bank.items.length === 0 ? <Text>{t('items.none')}</Text> : null}
      {bank.items.length > 0 ? (
        <View {...roleProps('list')} className='card-recon-items'>
          {bank.items.map((item, index) => (
            <ItemLine key={`${item.kind}-${item.reference}-${index}`} item={item} />
          ))}
        </View>
      ) : null}
    </View>
  )
}

function ItemLine({ item }: { readonly item: ReconciliationItem }) {
  const t = useT(reconciliationMessages)
  const locale = useLocale()
  return (
    <View {...roleProps('listitem')} className={`card-recon-item card-recon-item--${item.kind}`}>
      <Text className='card-recon-item__kind'>{t(`kind.${item.kind}`, { hours: confirmWithinHours })}</Text>
      <Text className='card-recon-item__line'>{t('item.reference', { reference: item.reference })}</Text>
      {item.amountFen !== null ? <Text className='card-recon-item__line'>{t('item.amount', { amount: formatFen(item.amountFen) })}</Text> : null}
      {item.bankAmountFen !== null ? <Text className='card-recon-item__line'>{t('item.bankAmount', { amount: formatFen(item.bankAmountFen) })}</Text> : null}
      {item.holderMaskedName ? <Text className='card-recon-item__line'>{t('item.holder', { name: item.holderMaskedName })}</Text> : null}
      <Text className='card-recon-item__line'>{t('item.at', { at: formatDateTime(item.at, locale) })}</Text>
    </View>
  )
}
