import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SubsidyApplication, SubsidyApprovalResult } from '@renshe/shared/training/subsidy'
import { formatFen } from '../../../lib/format'
import { useT } from '../../../lib/i18n/translate'
import type { Paged } from '../../../lib/use-paged'
import { Banner } from '../../../ui/banner'
import { Checkbox } from '../../../ui/checkbox'
import { Heading } from '../../../ui/heading'
import { PagedList } from '../../../ui/paged-list'
import { approveBatch } from '../api'
import { trainingMessages } from '../messages'
import { SubsidyBatch, totalFen } from './subsidy-batch'
import { SubsidyDecline } from './subsidy-decline'
import { SubsidyFacts } from './subsidy-facts'

type Outcome = { readonly kind: 'approved'; readonly result: SubsidyApprovalResult } | { readonly kind: 'declined'; readonly application: SubsidyApplication }

/** `张* · 养老护理员（五级）周末班`: an application as a heading and a line name it. */
export const applicationName = (application: SubsidyApplication) => `${application.traineeMaskedName} · ${application.courseName}`

/** Names an application by its id from the list where it was shown; the id itself when it was not. */
export const nameIn = (known: readonly SubsidyApplication[]) => (id: string) => {
  const application = known.find((other) => other.id === id)
  return application ? applicationName(application) : id
}

interface PickedHeadProps {
  readonly application: SubsidyApplication
  readonly chosen: readonly string[]
  readonly onChoose: (ids: readonly string[]) => void
}

/** An application's heading and the checkbox that picks it for a batch. */
export function PickedHead({ application, chosen, onChoose }: PickedHeadProps) {
  const t = useT(trainingMessages)
  return (
    <>
      <Heading level={2} className='training-voucher__title'>
        {applicationName(application)}
      </Heading>
      <Checkbox
        id={`subsidy-pick-${application.id}`}
        label={t('subsidies.pick', { name: application.traineeMaskedName, number: application.voucherNumber })}
        checked={chosen.includes(application.id)}
        onChange={(checked) => onChoose(checked ? [...chosen, application.id] : chosen.filter((id) => id !== application.id))}
      />
    </>
  )
}

/**
 * The region's waiting applications, the oldest first: each picked with its checkbox or declined
 * on its own; the chosen ones approved together. What was decided leaves the list at once, and
 * what the last decision did is said above it: approved, and skipped with why.
 */
export function SubsidyQueue({ paged }: { readonly paged: Paged<SubsidyApplication> }) {
  const t = useT(trainingMessages)
  const [chosen, setChosen] = useState<readonly string[]>([])
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set())
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const shown = paged.items.filter((application) => !decided.has(application.id))

  const leave = (ids: readonly string[]) => {
    setDecided((before) => new Set([...before, ...ids]))
    setChosen((before) => before.filter((id) => !ids.includes(id)))
  }
  const onApproved = (result: SubsidyApprovalResult) => {
    // A skipped one is decided already or not hers to decide: either way, not waiting for her.
    // One beyond the budget was not decided: it still waits for her.
    const over = result.skipped.filter((skip) => skip.reason === 'over_budget').map((skip) => skip.id)
    leave([...result.approved.map((application) => application.id), ...result.skipped.filter((skip) => !over.includes(skip.id)).map((skip) => skip.id)])
    setChosen((before) => before.filter((id) => !over.includes(id)))
    setOutcome({ kind: 'approved', result })
  }
  const onDeclined = (application: SubsidyApplication) => {
    leave([application.id])
    setOutcome({ kind: 'declined', application })
  }

  return (
    <View>
      {outcome ? <OutcomeNotice outcome={outcome} known={paged.items} /> : null}
      {shown.length > 0 ? <SubsidyBatch kind='approve' shown={shown} chosen={chosen} onChoose={setChosen} send={approveBatch} onDone={onApproved} /> : null}
      <PagedList
        paged={paged}
        items={shown}
        empty={t('subsidies.noneApplied')}
        keyOf={(application) => application.id}
        listClassName='training-list'
        itemClassName={() => 'training-list__item'}
      >
        {(application) => (
          <View className='training-programme'>
            <PickedHead application={application} chosen={chosen} onChoose={setChosen} />
            <SubsidyFacts application={application} />
            <SubsidyDecline application={application} onDeclined={onDeclined} />
          </View>
        )}
      </PagedList>
    </View>
  )
}

/** What the last decision did; a skipped application is named from the list, where it was shown. */
function OutcomeNotice({ outcome, known }: { readonly outcome: Outcome; readonly known: readonly SubsidyApplication[] }) {
  const t = useT(trainingMessages)
  if (outcome.kind === 'declined') return <Banner tone='success'>{t('subsidies.declinedDone', { name: outcome.application.traineeMaskedName })}</Banner>
  const { approved, skipped } = outcome.result
  const nameOf = nameIn(known)
  return (
    <View>
      {approved.length > 0 ? <Banner tone='success'>{t('subsidies.approvedDone', { count: approved.length, amount: formatFen(totalFen(approved)) })}</Banner> : null}
      {skipped.length > 0 ? (
        <Banner tone='warning' title={t('subsidies.skippedTitle', { count: skipped.length })}>
          {skipped.map((skip) => (
            <Text key={skip.id} className='training-line'>
              {t(`subsidies.skipped.${skip.reason}`, { name: nameOf(skip.id) })}
            </Text>
          ))}
        </Banner>
      ) : null}
    </View>
  )
}
