import { View } from '@tarojs/components'
import { PayUnit } from '@renshe/shared/jobs/schemas'
import { errorOf } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n/translate'
import type { FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { jobsMessages } from '../messages'
import { ChoiceRow } from '../../../ui/choice-row'

interface PayFieldsProps {
  readonly ids: { readonly amount: string; readonly unit: string }
  readonly amount: string
  readonly unit: PayUnit
  readonly errors: readonly FieldProblem[]
  readonly onChange: (pay: { readonly amount: string; readonly unit: PayUnit }) => void
}

/** An amount in yuan and how it is counted: by the hour, day, month or piece. */
export function PayFields({ ids, amount, unit, errors, onChange }: PayFieldsProps) {
  const t = useT(jobsMessages)
  const amountError = errorOf(errors, ids.amount)
  return (
    <View>
      <ChoiceRow
        id={ids.unit}
        legend={t('pay.unit')}
        error={errorOf(errors, ids.unit)}
        options={PayUnit.options.map((value) => ({ value, label: t(`unit.${value}`) }))}
        isOn={(value) => value === unit}
        onPress={(value) => onChange({ amount, unit: value })}
      />
      <Field id={ids.amount} label={t('pay.amount')} hint={t('pay.amountHint')} type='digit' maxLength={12} value={amount} onChange={(value) => onChange({ amount: value, unit })} {...(amountError ? { error: amountError } : {})} />
    </View>
  )
}
