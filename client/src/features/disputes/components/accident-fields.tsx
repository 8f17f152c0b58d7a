import { View } from '@tarojs/components'
import { InjuryKind } from '@renshe/shared/disputes/injury-cases'
import { wenzhouCounties } from '@renshe/shared/identity/regions'
import { errorOf } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n/translate'
import type { FieldProblem } from '../../../ui/error-summary'
import { ChoiceRow } from '../../../ui/choice-row'
import { Field } from '../../../ui/field'
import { Heading } from '../../../ui/heading'
import { LongText } from '../../../ui/long-text'
import { useRegionName } from '../../../ui/region-name'
import type { AccidentValues } from '../injury-form'
import { injuryFormMessages } from '../injury-form-messages'
import { injuryMessages } from '../injury-messages'

interface EmployerValues {
  readonly employerName: string
  readonly creditCode: string
}

/** The employer the accident happened at, by its name and credit code (a report, a relative's application). */
export function EmployerFields({ values, errors, change }: { readonly values: EmployerValues; readonly errors: readonly FieldProblem[]; readonly change: (patch: Partial<EmployerValues>) => void }) {
  const t = useT(injuryFormMessages)
  return (
    <View>
      <Heading level={2} className='section-title'>
        {t('employer.title')}
      </Heading>
      <Field
        id='inj-employer-name'
        label={t('employer.name')}
        hint={t('employer.nameHint')}
        maxLength={100}
        error={errorOf(errors, 'inj-employer-name')}
        value={values.employerName}
        onChange={(employerName) => change({ employerName })}
      />
      <Field
        id='inj-credit-code'
        label={t('employer.creditCode')}
        hint={t('employer.creditCodeHint')}
        maxLength={18}
        error={errorOf(errors, 'inj-credit-code')}
        value={values.creditCode}
        onChange={(creditCode) => change({ creditCode })}
      />
    </View>
  )
}

interface AccidentFieldsProps {
  readonly values: AccidentValues
  readonly errors: readonly FieldProblem[]
  readonly change: (patch: Partial<AccidentValues>) => void
  /** Asked of the employer, the county is where it insures the worker; of the worker's side, where the employer is insured. */
  readonly regionLegend?: 'worker' | 'employer'
}

/** The accident as every form asks it: the county, the day, accident or disease, and what happened. */
export function AccidentFields({ values, errors, change, regionLegend = 'worker' }: AccidentFieldsProps) {
  const t = useT(injuryFormMessages)
  const words = useT(injuryMessages)
  const regionName = useRegionName()
  return (
    <>
      <ChoiceRow
        id='inj-region'
        legend={regionLegend === 'employer' ? t('regionEmployer.legend') : t('region.legend')}
        hint={t('region.hint')}
        error={errorOf(errors, 'inj-region')}
        options={wenzhouCounties.map((code) => ({ value: code, label: regionName(code) }))}
        isOn={(code) => code === values.regionCode}
        onPress={(regionCode) => change({ regionCode })}
      />
      <Field
        id='inj-accident-on'
        label={t('accidentOn.label')}
        hint={t('accidentOn.hint')}
        maxLength={12}
        error={errorOf(errors, 'inj-accident-on')}
        value={values.accidentOn}
        onChange={(accidentOn) => change({ accidentOn })}
      />
      <ChoiceRow
        id='inj-kind'
        legend={t('kind.legend')}
        error={errorOf(errors, 'inj-kind')}
        options={InjuryKind.options.map((kind) => ({ value: kind, label: words(`kind.${kind}`) }))}
        isOn={(kind) => kind === values.kind}
        onPress={(kind) => change({ kind })}
      />
      <LongText
        id='inj-account'
        label={t('account.label')}
        hint={t('account.hint')}
        maxLength={1000}
        error={errorOf(errors, 'inj-account')}
        value={values.account}
        onChange={(account) => change({ account })}
      />
    </>
  )
}
