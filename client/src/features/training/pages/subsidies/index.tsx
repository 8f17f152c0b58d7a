import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { SubsidyApplication, SubsidyStatus } from '@renshe/shared/training/subsidy'
import { listSubsidyApplications } from '@renshe/shared/training/subsidy-contract'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged, type Paged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { ChoiceChips } from '../../../../ui/choice-chips'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { loadSubsidyApplications } from '../../api'
import { LoginFirst } from '../../components/login-first'
import { PaymentQueue } from '../../components/payment-queue'
import { SubsidyFacts, SubsidyStatusTag } from '../../components/subsidy-facts'
import { applicationName, SubsidyQueue } from '../../components/subsidy-queue'
import { trainingMessages } from '../../messages'
import '../../training.css'

const empty = { paid: 'subsidies.nonePaid', declined: 'subsidies.noneDeclined' } as const

/**
 * An officer's training subsidy applications of her region (decisions 062, 063): the waiting
 * ones to decide, the approved ones to pay, the paid and the declined ones to look back on.
 */
export default function TrainingSubsidiesPage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const [status, setStatus] = useState<SubsidyStatus>('applied')
  // The server filters and pages by status: another status is another list, from its first page.
  const applications = usePaged(
    useCallback((cursor: string | undefined) => loadSubsidyApplications(status)(cursor), [status]),
    session !== null,
  )
  useDidShow(() => {
    if (session && applications.status !== 'loading') applications.reload()
  })

  return (
    <PageShell title={t('subsidies.title')} operation={listSubsidyApplications}>
      {!session ? <LoginFirst back={routes.trainingSubsidies} /> : null}
      {session ? (
        <View>
          <Text className='page__lead'>{t('subsidies.lead')}</Text>
          <ChoiceChips<SubsidyStatus>
            id='subsidies-status'
            legend={t('subsidies.filter')}
            options={[
              { value: 'applied', label: t('subsidies.applied') },
              { value: 'approved', label: t('subsidies.approved') },
              { value: 'paid', label: t('subsidies.paid') },
              { value: 'declined', label: t('subsidies.declined') },
            ]}
            value={status}
            onChange={(chosen) => {
              setStatus(chosen)
              applications.reload()
            }}
          />
          {/* Keyed by status: a choice or an outcome of one list never shows on another. */}
          {status === 'applied' ? <SubsidyQueue key={status} paged={applications} /> : null}
          {status === 'approved' ? <PaymentQueue key={status} paged={applications} /> : null}
          {status === 'paid' || status === 'declined' ? <Decided paged={applications} status={status} /> : null}
          <View className='training-links'>
            <Link to={routes.trainingProgrammes}>{t('subsidies.toProgrammes')}</Link>
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}

function Decided({ paged, status }: { readonly paged: Paged<SubsidyApplication>; readonly status: keyof typeof empty }) {
  const t = useT(trainingMessages)
  return (
    <PagedList
      paged={paged}
      empty={t(empty[status])}
      keyOf={(application) => application.id}
      listClassName='training-list'
      itemClassName={(application) => `training-list__item training-list__item--${application.status}`}
    >
      {(application) => (
        <View className='training-programme'>
          <Heading level={2} className='training-voucher__title'>
            {applicationName(application)}
          </Heading>
          <SubsidyStatusTag application={application} />
          <SubsidyFacts application={application} />
        </View>
      )}
    </PagedList>
  )
}
