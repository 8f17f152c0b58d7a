import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { listPensioners } from '@renshe/shared/retiree/contract'
import { CertificationState, type PensionerSummary } from '@renshe/shared/retiree/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { useT } from '../../../../lib/i18n/translate'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { domainLabels } from '../../../../ui/domain-labels'
import { EmptyState } from '../../../../ui/empty-state'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { ChoiceChips } from '../../../../ui/choice-chips'
import { OfficePensionerItem } from '../../components/office-pensioner-item'
import { pensionersPage } from '../../office-api'
import { officeMessages } from '../../office-messages'
import '../../office.css'

function PensionerList({ state }: { readonly state: CertificationState }) {
  const t = useT(officeMessages)
  const label = useT(domainLabels)
  const list = usePaged<PensionerSummary>(pensionersPage(state))
  return (
    <View>
      {list.status === 'problem' || list.status === 'network' ? <ProblemNotice problem={list.problem} onRetry={list.reload} loading /> : null}
      {list.status === 'ready' && list.items.length === 0 ? <EmptyState message={t('pensioners.empty', { state: label(`certState.${state}`) })} /> : null}
      {list.items.length > 0 ? (
        <View {...roleProps('list')} aria-label={t('pensioners.listLabel')} className='retiree-office-list'>
          {list.items.map((pensioner) => (
            <OfficePensionerItem key={pensioner.id} pensioner={pensioner} />
          ))}
        </View>
      ) : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.hasMore && list.status === 'ready' ? (
        <Button variant='secondary' block onPress={list.loadMore}>
          {t('pensioners.loadMore')}
        </Button>
      ) : null}
      {!list.hasMore && list.status === 'ready' && list.items.length > 0 ? (
        <Text className='muted retiree-office-block'>{t('pensioners.end', { count: list.items.length })}</Text>
      ) : null}
    </View>
  )
}

export default function PensionersPage() {
  const t = useT(officeMessages)
  const label = useT(domainLabels)
  const asked = CertificationState.safeParse(useRouter().params.state)
  const [state, setState] = useState<CertificationState>(asked.success ? asked.data : 'overdue')
  const options = CertificationState.options.map((value) => ({ value, label: label(`certState.${value}`) }))

  return (
    <PageShell title={t('pensioners.title')} operation={listPensioners}>
      <Text className='page__lead'>{t('pensioners.lead')}</Text>
      <View className='retiree-office-link-row'>
        <Link to={routes.pensionCoverage}>{t('toCoverage')}</Link>
      </View>
      <ChoiceChips id='pensioner-state' legend={t('pensioners.stateFilter')} options={options} value={state} onChange={setState} />
      <PensionerList key={state} state={state} />
    </PageShell>
  )
}
