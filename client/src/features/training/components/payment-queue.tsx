import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SubsidyApplication, SubsidyPaymentRunResult } from '@renshe/shared/training/subsidy'
import { formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import type { Paged } from '../../../lib/use-paged'
import { Banner } from '../../../ui/banner'
import { PagedList } from '../../../ui/paged-list'
import { payBatch } from '../api'
import { trainingMessages } from '../messages'
import { SubsidyBatch, totalFen } from './subsidy-batch'
import { SubsidyFacts, SubsidyStatusTag } from './subsidy-facts'
import { paymentText } from './subsidy-payment'
import { applicationName, nameIn, PickedHead } from './subsidy-queue'

/**
 * The region's approved applications not yet paid, each with its payment: picked with its
 * checkbox and paid together (decision 063). After a run each one sent shows where it now
 * stands; a paid one, and one the run skipped, leaves the list; one on its way or failed stays,
 * to be run again. What the run did is said above the list: sent, and skipped with why.
 */
export function PaymentQueue({ paged }: { readonly paged: Paged<SubsidyApplication> }) {
  const t = useT(trainingMessages)
  const [chosen, setChosen] = useState<readonly string[]>([])
  const [changed, setChanged] = useState<ReadonlyMap<string, SubsidyApplication>>(new Map())
  const [done, setDone] = useState<ReadonlySet<string>>(new Set())
  const [run, setRun] = useState<SubsidyPaymentRunResult | null>(null)
  const shown = paged.items.filter((application) => !done.has(application.id)).map((application) => changed.get(application.id) ?? application)

  const onPaid = (result: SubsidyPaymentRunResult) => {
    setChanged((before) => new Map([...before, ...result.sent.map((application) => [application.id, application] as const)]))
    setDone((before) => new Set([...before, ...result.sent.filter((application) => application.status === 'paid').map((application) => application.id), ...result.skipped.map((skip) => skip.id)]))
    setChosen([])
    setRun(result)
  }

  return (
    <View>
      <Text className='page__lead'>{t('payments.lead')}</Text>
      {run ? <RunNotice run={run} known={paged.items} /> : null}
      {shown.length > 0 ? <SubsidyBatch kind='pay' shown={shown} chosen={chosen} onChoose={setChosen} send={payBatch} onDone={onPaid} /> : null}
      <PagedList
        paged={paged}
        items={shown}
        empty={t('subsidies.noneApproved')}
        keyOf={(application) => application.id}
        listClassName='training-list'
        itemClassName={() => 'training-list__item'}
      >
        {(application) => (
          <View className='training-programme'>
            <PickedHead application={application} chosen={chosen} onChoose={setChosen} />
            <SubsidyStatusTag application={application} />
            <SubsidyFacts application={application} />
          </View>
        )}
      </PagedList>
    </View>
  )
}

/** What the last run did: each one sent with where it now stands, each one skipped with why. */
function RunNotice({ run, known }: { readonly run: SubsidyPaymentRunResult; readonly known: readonly SubsidyApplication[] }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const nameOf = nameIn(known)
  return (
    <View>
      {run.sent.length > 0 ? (
        <Banner tone={run.sent.some((application) => application.payment?.status === 'failed') ? 'warning' : 'success'} title={t('payments.sentDone', { count: run.sent.length, amount: formatFen(totalFen(run.sent)) })}>
          {run.sent.map((application) => (
            <Text key={application.id} className='training-line'>
              {t('payments.sentItem', { name: applicationName(application), state: paymentText(application.payment, t, locale) })}
            </Text>
          ))}
        </Banner>
      ) : null}
      {run.skipped.length > 0 ? (
        <Banner tone='warning' title={t('payments.skippedTitle', { count: run.skipped.length })}>
          {run.skipped.map((skip) => (
            <Text key={skip.id} className='training-line'>
              {t(`payments.skipped.${skip.reason}`, { name: nameOf(skip.id) })}
            </Text>
          ))}
        </Banner>
      ) : null}
    </View>
  )
}
