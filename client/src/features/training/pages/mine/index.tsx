import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { getMyTraining } from '@renshe/shared/training/contract'
import type { MyTraining, Voucher } from '@renshe/shared/training/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Card } from '../../../../ui/card'
import { EmptyState } from '../../../../ui/empty-state'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { ClaimableItem } from '../../components/claimable-item'
import { LoginFirst } from '../../components/login-first'
import { VoucherItem } from '../../components/voucher-item'
import { trainingMessages } from '../../messages'
import '../../training.css'

export default function MyTrainingPage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const [loaded, reload] = useOperation(getMyTraining, session ? {} : null)
  // Kept here, not in the part that shows the vouchers: that part is replaced while the page
  // reads them again after a claim, and the confirmation must outlive it.
  const [claimed, setClaimed] = useState<Voucher | null>(null)

  return (
    <PageShell title={t('mine.title')} operation={getMyTraining}>
      {!session ? <LoginFirst back={routes.myTraining} /> : null}
      {session ? <Text className='page__lead'>{t('mine.lead')}</Text> : null}
      {session ? (
        <View className='training-links'>
          <Link to={routes.skillsRecord}>{t('skills.link')}</Link>
        </View>
      ) : null}
      {claimed ? <Banner tone='success'>{t('mine.claimed', { name: claimed.programmeName })}</Banner> : null}
      {session && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading /> : null}
      {loaded.status === 'ok' ? (
        <Training
          value={loaded.value}
          onClaimed={(voucher) => {
            setClaimed(voucher)
            reload()
          }}
        />
      ) : null}
    </PageShell>
  )
}

function Training({ value, onClaimed }: { readonly value: MyTraining; readonly onClaimed: (voucher: Voucher) => void }) {
  const t = useT(trainingMessages)
  if (value.vouchers.length === 0 && value.claimable.length === 0) return <EmptyState message={t('mine.empty')} />
  // Vouchers waiting for her tap come first; the rest keep the newest-first order of the answer.
  const vouchers = [...value.vouchers].sort((a, b) => Number(b.status === 'issued') - Number(a.status === 'issued'))
  return (
    <View>
      {vouchers.length > 0 ? (
        <Card title={t('mine.vouchersTitle')}>
          <View {...roleProps('list')} className='training-list'>
            {vouchers.map((voucher) => (
              <View {...roleProps('listitem')} key={voucher.id} className='training-list__item'>
                <VoucherItem voucher={voucher} />
              </View>
            ))}
          </View>
        </Card>
      ) : (
        <EmptyState message={t('mine.empty')} />
      )}
      <Card title={t('mine.claimableTitle')}>
        {value.claimable.length === 0 ? (
          <Text className='muted'>{t('mine.noneClaimable')}</Text>
        ) : (
          <View>
            <Text className='training-line'>{t('mine.claimableLead')}</Text>
            <View {...roleProps('list')} className='training-list'>
              {value.claimable.map((programme) => (
                <View {...roleProps('listitem')} key={programme.id} className='training-list__item'>
                  <ClaimableItem programme={programme} onClaimed={onClaimed} />
                </View>
              ))}
            </View>
          </View>
        )}
      </Card>
    </View>
  )
}
