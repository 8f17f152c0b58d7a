import type { PayTo } from '@renshe/shared/platform/pay-to'
import { useT } from '../../../lib/i18n/translate'
import { ChoiceRow } from '../../../ui/choice-row'
import { subsidyMessages } from '../subsidy-messages'

interface PayToChoiceProps {
  /** Also where the error summary's link moves focus. */
  readonly id: string
  /** Her card that money can be paid onto, masked; null when she holds none, and then only WeChat is offered. */
  readonly cardNumberMasked: string | null
  readonly value: PayTo
  readonly onChange: (value: PayTo) => void
  readonly error?: string | undefined
}

/**
 * Where her subsidy goes (decision 068): her WeChat balance, or her citizen card by its masked
 * number. A card reported lost or being replaced still takes it: the money waits for the new one.
 */
export function PayToChoice({ id, cardNumberMasked, value, onChange, error }: PayToChoiceProps) {
  const t = useT(subsidyMessages)
  const options: { value: PayTo; label: string }[] = [{ value: 'wechat', label: t('subsidy.payTo.wechat') }]
  if (cardNumberMasked !== null) options.push({ value: 'card', label: t('subsidy.payTo.card', { card: cardNumberMasked }) })
  return (
    <ChoiceRow<PayTo>
      id={id}
      legend={t('subsidy.payTo')}
      hint={cardNumberMasked === null ? t('subsidy.payTo.noCard') : t('subsidy.payTo.cardHint')}
      error={error}
      options={options}
      isOn={(option) => option === value}
      onPress={onChange}
    />
  )
}
