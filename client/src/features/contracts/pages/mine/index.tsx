import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import type { ContractSummary } from '@renshe/shared/contracts/schemas'
import { listMyContracts } from '@renshe/shared/contracts/contract'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { EmptyState } from '../../../../ui/empty-state'
import { Link, openPage } from '../../../../ui/link'
import { PagedList } from '../../../../ui/paged-list'
import { PageShell } from '../../../../ui/page-shell'
import { contractsPage } from '../../api'
import { ContractRow } from '../../components/contract-row'
import { LoginFirst } from '../../components/login-first'
import { contractsMessages } from '../../messages'
import '../../contracts.css'

/**
 * The caller's labour contracts, newest first (decision 073): an employer's, with the way to
 * draft one, or a worker's from the employer's signature on. Either may check a file publicly.
 */
export default function MyContractsPage() {
  const t = useT(contractsMessages)
  const session = useStore(sessionStore)
  const contracts = usePaged<ContractSummary>(contractsPage, session !== null)
  // Back from a draft or a contract: the list as it is now.
  useDidShow(() => {
    if (session && contracts.status !== 'loading') contracts.reload()
  })

  if (!session) {
    return (
      <PageShell title={t('mine.title')}>
        <LoginFirst back={routes.myContracts} />
      </PageShell>
    )
  }

  const { roles } = session.me
  const employer = roles.includes('employer')
  const worker = roles.includes('citizen')
  const reader = employer && worker ? 'both' : employer ? 'employer' : 'worker'
  const draft = employer ? (
    <Button block onPress={() => openPage(routes.contractDraft)}>
      {t('mine.draft')}
    </Button>
  ) : null

  return (
    <PageShell title={t('mine.title')} operation={listMyContracts}>
      <Text className='page__lead'>{employer ? t('mine.leadEmployer') : t('mine.leadWorker')}</Text>
      {draft}
      <View className='contract-list-gap' />
      <PagedList
        paged={contracts}
        empty={<EmptyState message={employer ? t('mine.emptyEmployer') : t('mine.empty')} />}
        keyOf={(summary) => summary.id}
        listClassName='contract-list'
        itemClassName={() => 'contract-list__item'}
      >
        {(summary) => <ContractRow summary={summary} reader={reader} />}
      </PagedList>
      <View className='contract-verify-link'>
        <Link to={routes.verifyContract}>{t('mine.verify')}</Link>
      </View>
    </PageShell>
  )
}
