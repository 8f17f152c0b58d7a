import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { getContract, recordReading } from '@renshe/shared/contracts/contract'
import type { Contract } from '@renshe/shared/contracts/schemas'
import { contractTitle } from '@renshe/shared/contracts/templates'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Problem } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../../lib/a11y/pressable'
import { call } from '../../../../lib/api'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { ClauseList } from '../../components/clause-list'
import { ContractActs, type ContractAct } from '../../components/contract-acts'
import { DocumentCard } from '../../components/document-card'
import { EndForm } from '../../components/end-form'
import { EndingCard } from '../../components/ending-card'
import { RenewCard } from '../../components/renew-card'
import { EvidenceChain } from '../../components/evidence-chain'
import { LoginFirst } from '../../components/login-first'
import { PartiesCard } from '../../components/parties-card'
import { SignatureList } from '../../components/signature-list'
import { SigningPanel } from '../../components/signing-panel'
import { contractMessages } from '../../contract-messages'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { deviceName } from '../../device'
import { watchEnd } from '../../end-watch'
import '../../contracts.css'

type Notice = 'signed' | ContractAct | 'ended' | 'changed' | null

const endId = 'contract-end'

/**
 * One contract, to its two parties (decision 073): the parties, the whole text clause by clause,
 * and what the caller may do now. The worker reads to the end of the text before she is offered
 * to sign — the page records the reading once, with her device — and may decline instead; the
 * employer signs its draft or withdraws it. Once signed: the document's hash and timestamp, the
 * free download, the signatures and the evidence chain.
 */
export default function ContractPage() {
  const t = useT(contractMessages)
  const session = useStore(sessionStore)
  const { id = '', signed } = useRouter().params
  const [loaded, reload] = useOperation(getContract, session ? { params: { id } } : null)
  // The answer to the caller's last act, newer than what was loaded.
  const [changed, setChanged] = useState<Contract | null>(null)
  const [notice, setNotice] = useState<Notice>(signed ? 'signed' : null)
  const contract = changed ?? (loaded.status === 'ok' ? loaded.value : null)

  if (!session) {
    return (
      <PageShell title={t('title')}>
        <LoginFirst back={pageLink('contract', { id })} />
      </PageShell>
    )
  }

  const outdated = () => {
    setChanged(null)
    setNotice('changed')
    reload()
  }

  return (
    <PageShell title={t('title')} operation={getContract}>
      {notice ? <Banner tone={notice === 'changed' ? 'info' : 'success'}>{t(`notice.${notice}`)}</Banner> : null}
      {loaded.status === 'loading' && !contract ? <Loading /> : null}
      {(loaded.status === 'problem' || loaded.status === 'network') && !contract ? (
        <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
      ) : null}
      {contract ? (
        <ContractView
          contract={contract}
          onChanged={(next, act) => {
            setChanged(next)
            if (act) setNotice(act)
          }}
          onOutdated={outdated}
        />
      ) : null}
    </PageShell>
  )
}

interface ContractViewProps {
  readonly contract: Contract
  readonly onChanged: (next: Contract, act?: Exclude<Notice, 'changed' | null>) => void
  readonly onOutdated: () => void
}

function ContractView({ contract, onChanged, onOutdated }: ContractViewProps) {
  const t = useT(contractMessages)
  const locale = useLocale()
  const worker = contract.myRole === 'worker'
  const mustRead = worker && contract.status === 'awaiting_worker' && !contract.readByWorker
  const maySign = contract.allowedActions.includes('sign') && (!worker || contract.readByWorker)

  return (
    <View className='contract-stack'>
      {contract.status === 'declined' ? <Banner tone='warning'>{t('declined.lead')}</Banner> : null}
      {contract.status === 'withdrawn' ? <Banner tone='warning'>{t('withdrawn.lead')}</Banner> : null}
      {contract.status === 'signed' ? <Banner tone='success'>{t('signed.worker')}</Banner> : null}
      {contract.status === 'ended' ? <Banner tone='info'>{t('ended.lead')}</Banner> : null}
      {contract.status === 'awaiting_worker' && !worker ? <Banner tone='info'>{t('signed.employer')}</Banner> : null}

      <PartiesCard contract={contract} title={contractTitle(contract.kind, locale === 'en' ? 'en' : 'zh')} />

      <Card title={t('text.title')}>
        {mustRead ? <Banner tone='info'>{t('read.lead')}</Banner> : null}
        <ClauseList clauses={contract.clauses} translation={locale === 'en' ? contract.translation : null} endId={endId} />
        {mustRead ? <ReadingGate contract={contract} onRead={(next) => onChanged(next)} onOutdated={onOutdated} /> : null}
      </Card>

      {maySign ? (
        <Card title={t('sign.title')}>
          {worker ? (
            <Text {...roleProps('status')} className='contract-read'>
              {t('read.recorded')}
            </Text>
          ) : null}
          <SigningPanel contract={contract} onSigned={(next) => onChanged(next, 'signed')} onChanged={(next) => onChanged(next)} onOutdated={onOutdated} />
        </Card>
      ) : null}

      <ContractActs contract={contract} onDone={(next, act) => onChanged(next, act)} onOutdated={onOutdated} />

      {contract.ending ? <EndingCard contract={contract} ending={contract.ending} /> : null}
      {contract.allowedActions.includes('renew') ? <RenewCard contract={contract} /> : null}
      {contract.allowedActions.includes('end') ? <EndForm contract={contract} today={chinaDate(new Date())} onDone={(next) => onChanged(next, 'ended')} onOutdated={onOutdated} /> : null}

      {contract.document ? <DocumentCard contract={contract} document={contract.document} /> : null}

      {contract.signatures.length > 0 ? (
        <Card title={t('signatures.title')}>
          <SignatureList signatures={contract.signatures} />
        </Card>
      ) : null}

      <Card title={t('events.title')}>
        <Text className='muted'>{t('events.lead')}</Text>
        <EvidenceChain events={contract.events} />
      </Card>
    </View>
  )
}

type ReadingState = { readonly status: 'waiting' } | { readonly status: 'sending' } | { readonly status: 'failed'; readonly problem: Problem | null }

interface ReadingGateProps {
  readonly contract: Contract
  readonly onRead: (next: Contract) => void
  readonly onOutdated: () => void
}

/**
 * Watches the end of the text; once it is in view, records the reading once (with the device) so
 * that signing is offered. If the record fails, she may send it again without scrolling back.
 */
function ReadingGate({ contract, onRead, onOutdated }: ReadingGateProps) {
  const t = useT(contractMessages)
  const [state, setState] = useState<ReadingState>({ status: 'waiting' })
  const asked = useRef(false)
  const latest = useRef({ onRead, onOutdated })
  latest.current = { onRead, onOutdated }
  const contractId = contract.id

  const record = async () => {
    setState({ status: 'sending' })
    const result = await call(recordReading, { params: { id: contractId }, body: { device: deviceName() } })
    if (result.ok) return latest.current.onRead(result.value)
    if (!result.network && (result.problem.code === 'illegal_transition' || result.problem.code === 'conflict')) return latest.current.onOutdated()
    setState({ status: 'failed', problem: result.network ? null : result.problem })
  }
  const recordRef = useRef(record)
  recordRef.current = record

  useEffect(
    () =>
      watchEnd(endId, () => {
        if (asked.current) return
        asked.current = true
        void recordRef.current()
      }),
    [contractId],
  )

  if (state.status === 'waiting') return null
  if (state.status === 'sending') {
    return (
      <Text {...roleProps('status')} className='muted'>
        {t('read.sending')}
      </Text>
    )
  }
  return (
    <View className='contract-stack'>
      <Text className='field__error'>{t('read.failed')}</Text>
      <ProblemNotice problem={state.problem} />
      <Button block onPress={() => void record()}>
        {t('read.retry')}
      </Button>
    </View>
  )
}
