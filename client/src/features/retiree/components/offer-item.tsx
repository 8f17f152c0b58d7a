import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import type { AssistanceOffer } from '@renshe/shared/retiree/schemas'
import { formatDate, formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { domainLabels } from '../../../ui/domain-labels'
import { Heading } from '../../../ui/heading'
import { ProblemNotice } from '../../../ui/problem-notice'
import { confirmOffer } from '../api'
import { retireeMessages } from '../messages'

/** One benefit the rules found: its name, the money if any, and one tap to take it up. */
export function OfferItem({ offer: first }: { readonly offer: AssistanceOffer }) {
  const t = useT(retireeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const [offer, setOffer] = useState(first)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const titleId = `offer-${offer.id}-title`

  const confirm = async () => {
    setFailure(null)
    setSending(true)
    const result = await confirmOffer(offer.id)
    setSending(false)
    if (result.ok) setOffer(result.value)
    else setFailure({ problem: result.network ? null : result.problem })
  }

  return (
    <View className='retiree-offer'>
      <Heading level={2} id={titleId} className='retiree-offer__title'>
        {label(`benefit.${offer.benefit}`)}
      </Heading>
      {offer.amountFen !== null ? <Text className='retiree-offer__amount'>{t('assistance.perMonth', { amount: formatFen(offer.amountFen) })}</Text> : null}
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void confirm()} /> : null}
      {offer.status === 'confirmed' ? (
        <Text className='retiree-done'>
          {offer.confirmedAt ? t('assistance.confirmedOn', { date: formatDate(offer.confirmedAt, locale) }) : t('assistance.confirmed')}
        </Text>
      ) : (
        <View className='stack'>
          <Text className='status-tag status-tag--warn'>{t('assistance.waiting')}</Text>
          <Button block busy={sending} onPress={() => void confirm()}>
            {t('assistance.confirm')}
          </Button>
        </View>
      )}
    </View>
  )
}
