import { Text } from '@tarojs/components'
import type { PayTo } from '@renshe/shared/platform/pay-to'
import type { SubsidyApplication } from '@renshe/shared/training/subsidy'
import { useT } from '../../../lib/i18n/translate'
import { routes } from '../../../routes'
import { Link } from '../../../ui/link'
import { trainingMessages } from '../messages'
import { ExplainedChoice } from './explained-choice'

interface PayToChoiceProps {
  /** Also where the error summary's link moves focus. */
  readonly id: string
  /** Her card money can be paid onto, masked; null when she holds none. */
  readonly cardNumberMasked: string | null
  readonly value: PayTo
  readonly error?: string | undefined
  readonly onChange: (value: PayTo) => void
}

/**
 * Where her subsidy goes (decision 068): her WeChat balance, or her citizen card when she holds one
 * money can be paid onto, each saying what it means. With no such card, one line says WeChat.
 */
export function PayToChoice({ id, cardNumberMasked, value, error, onChange }: PayToChoiceProps) {
  const t = useT(trainingMessages)
  if (cardNumberMasked === null) return <Text className='training-line'>{t('mySubsidy.payTo.wechatOnly')}</Text>
  return (
    <ExplainedChoice
      id={id}
      legend={t('mySubsidy.payTo')}
      error={error}
      value={value}
      onChange={onChange}
      options={[
        { value: 'wechat', label: t('mySubsidy.payTo.wechat'), explain: t('mySubsidy.payTo.wechat.explain') },
        { value: 'card', label: t('mySubsidy.payTo.card', { card: cardNumberMasked }), explain: t('mySubsidy.payTo.card.explain') },
      ]}
    />
  )
}

/**
 * Where her application's money goes, as she chose; for her card, once approved, the way to the
 * page that follows money onto it (到卡资金), through the page table, not the card feature.
 */
export function SubsidyDestination({ application, cardNumberMasked }: { readonly application: SubsidyApplication; readonly cardNumberMasked: string | null }) {
  const t = useT(trainingMessages)
  if (application.payTo === null) return null
  if (application.payTo === 'wechat') return <Text className='training-line'>{t('mySubsidy.goesTo.wechat')}</Text>
  const decided = application.status === 'approved' || application.status === 'paid'
  return (
    <>
      <Text className='training-line'>{cardNumberMasked ? t('mySubsidy.goesTo.card', { card: cardNumberMasked }) : t('mySubsidy.goesTo.cardNoNumber')}</Text>
      {decided ? <Link to={routes.myCardPayments}>{t('mySubsidy.toCardPayments')}</Link> : null}
    </>
  )
}
