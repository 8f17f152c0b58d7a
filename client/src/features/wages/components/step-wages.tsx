import { View } from '@tarojs/components'
import { PayUnit } from '@renshe/shared/wages/schemas'
import { errorOf } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import type { FieldProblem } from '../../../ui/error-summary'
import { fieldIds } from '../form-steps'
import type { FormValues } from '../form-values'
import { wagesMessages } from '../messages'
import { ChoiceList } from './choice-list'
import { MonthChooser } from './month-chooser'
import { StepHeading } from './step-heading'
import { TextField } from './text-field'

interface StepWagesProps {
  readonly values: FormValues
  readonly errors: readonly FieldProblem[]
  readonly onChange: (patch: Partial<FormValues>) => void
}

/** Step 3: which months, how much, how the pay is counted, and who else is owed. */
export function StepWages({ values, errors, onChange }: StepWagesProps) {
  const t = useT(wagesMessages)
  const label = useT(domainLabels)
  return (
    <View>
      <StepHeading>{t('wages.title')}</StepHeading>
      <MonthChooser
        id={fieldIds.fromMonth}
        legend={t('wages.fromMonth')}
        error={errorOf(errors, fieldIds.fromMonth)}
        value={values.fromMonth}
        onChange={(fromMonth) => onChange({ fromMonth })}
      />
      <MonthChooser
        id={fieldIds.toMonth}
        legend={t('wages.toMonth')}
        error={errorOf(errors, fieldIds.toMonth)}
        value={values.toMonth}
        onChange={(toMonth) => onChange({ toMonth })}
      />
      <TextField
        id={fieldIds.amountYuan}
        label={t('wages.amount')}
        hint={t('wages.amountHint')}
        error={errorOf(errors, fieldIds.amountYuan)}
        value={values.amountYuan}
        onChange={(amountYuan) => onChange({ amountYuan })}
        type='digit'
        maxLength={13}
      />
      <ChoiceList
        id={fieldIds.payUnit}
        legend={t('wages.payUnit')}
        error={errorOf(errors, fieldIds.payUnit)}
        choices={PayUnit.options.map((unit) => ({ value: unit, label: label(`payUnit.${unit}`) }))}
        value={PayUnit.safeParse(values.payUnit).success ? values.payUnit : null}
        onChange={(payUnit) => onChange({ payUnit })}
      />
      <TextField
        id={fieldIds.coWorkers}
        label={t('wages.coWorkers')}
        hint={t('wages.coWorkersHint')}
        error={errorOf(errors, fieldIds.coWorkers)}
        value={values.coWorkers}
        onChange={(coWorkers) => onChange({ coWorkers })}
        type='number'
        maxLength={3}
      />
    </View>
  )
}
