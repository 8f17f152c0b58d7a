import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Outlet, RegionOutlets } from '@renshe/shared/card/applications'
import { createOutlet, updateOutlet } from '@renshe/shared/card/contract'
import type { Problem } from '@renshe/shared/platform/problem'
import { errorOf, errorProp, errorsFromProblem } from '../../../../lib/form-errors'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useSubmission } from '../../../../lib/use-submission'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { ChoiceRow } from '../../../../ui/choice-row'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { useRegionName } from '../../../../ui/region-name'
import { Toggle } from '../../../../ui/toggle'
import { applyMessages } from '../../apply-messages'
import { outletsMessages } from '../../outlets-messages'
import { checkOutlet, newOutletValues, outletFieldIds as ids, outletRegionsOf, outletServices, outletValuesOf, type OutletValues } from './outlet-values'

interface OutletFormProps {
  /** The outlet changed; null: a new one. */
  readonly editing: Outlet | null
  readonly banks: RegionOutlets['banks']
  /** The officer's own region: a new outlet's, and the counties offered. */
  readonly officerRegion: string | null
  readonly onSaved: (outlet: Outlet) => void
  readonly onCancel: () => void
  /** The outlet (or its bank) is gone from her region: back to the list, loaded again. */
  readonly onGone: () => void
}

type Failure = { readonly kind: 'forbidden' } | { readonly kind: 'not_found' } | { readonly kind: 'other'; readonly problem: Problem | null }

/** An outlet's every fact in one form: a new one, or one of her region's changed or closed. */
export function OutletForm({ editing, banks, officerRegion, onSaved, onCancel, onGone }: OutletFormProps) {
  const t = useT(outletsMessages)
  const ta = useT(applyMessages)
  const locale = useLocale()
  const regionName = useRegionName()
  // As typed, whatever the server answers.
  const [values, setValues] = useState<OutletValues>(() => (editing ? outletValuesOf(editing) : newOutletValues(officerRegion)))
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Failure | null>(null)
  const creating = useSubmission(createOutlet)
  const updating = useSubmission(updateOutlet)
  const sending = creating.sending || updating.sending
  const regions = outletRegionsOf(officerRegion)
  // An outlet kept with a bank no longer offered still shows its bank, chosen.
  const bankOptions = editing && !banks.some((bank) => bank.id === editing.partnerId) ? [...banks, { id: editing.partnerId, name: editing.bankName }] : banks

  const patch = (part: Partial<OutletValues>) => {
    setValues({ ...values, ...part })
    // Changed, it is another submission: a new Idempotency-Key.
    creating.edited()
  }

  const send = async () => {
    setFailure(null)
    const checked = checkOutlet(values, locale, t)
    if (!checked.ok) return setErrors(checked.errors)
    setErrors([])
    const result = editing ? await updating.submit({ params: { id: editing.id }, body: checked.input }) : await creating.submit({ body: checked.input })
    if (result.ok) return onSaved(result.value)
    if (result.network) return setFailure({ kind: 'other', problem: null })
    const fieldErrors = errorsFromProblem(result.problem, ids, locale)
    if (fieldErrors.length > 0) return setErrors(fieldErrors)
    if (result.problem.code === 'forbidden') return setFailure({ kind: 'forbidden' })
    if (result.problem.code === 'not_found') return setFailure({ kind: 'not_found' })
    setFailure({ kind: 'other', problem: result.problem })
  }

  const labels = {
    [ids.name]: t('form.name'),
    [ids.kind]: t('form.kind'),
    [ids.partnerId]: t('form.bank'),
    [ids.regionCode]: t('form.region'),
    [ids.address]: t('form.address'),
    [ids.lat]: t('form.lat'),
    [ids.lng]: t('form.lng'),
    [ids.services]: t('form.services'),
    [ids.hours]: t('form.hours'),
  }

  return (
    <Card title={editing ? t('form.editTitle', { name: editing.name }) : t('form.newTitle')}>
      <ErrorSummary errors={errors} id='outlet-errors' labels={labels} />
      <Field id={ids.name} label={t('form.name')} hint={t('form.nameHint')} maxLength={40} value={values.name} onChange={(name) => patch({ name })} {...errorProp(errors, ids.name)} />
      <ChoiceRow
        id={ids.kind}
        legend={t('form.kind')}
        error={errorOf(errors, ids.kind)}
        options={(['bank', 'community'] as const).map((kind) => ({ value: kind, label: ta(`outlet.kind.${kind}`) }))}
        isOn={(kind) => kind === values.kind}
        onPress={(kind) => patch({ kind })}
      />
      {bankOptions.length === 0 ? <Banner tone='warning' urgent={false}>{t('form.noBanks')}</Banner> : null}
      <ChoiceRow
        id={ids.partnerId}
        legend={t('form.bank')}
        hint={t('form.bankHint')}
        error={errorOf(errors, ids.partnerId)}
        options={bankOptions.map((bank) => ({ value: bank.id, label: bank.name }))}
        isOn={(id) => id === values.partnerId}
        onPress={(partnerId) => patch({ partnerId })}
      />
      <ChoiceRow
        id={ids.regionCode}
        legend={t('form.region')}
        error={errorOf(errors, ids.regionCode)}
        options={regions.map((code) => ({ value: code, label: regionName(code) }))}
        isOn={(code) => code === values.regionCode}
        onPress={(regionCode) => patch({ regionCode })}
      />
      <Field id={ids.address} label={t('form.address')} hint={t('form.addressHint')} maxLength={80} value={values.address} onChange={(address) => patch({ address })} {...errorProp(errors, ids.address)} />
      <View className='card-outlet-point'>
        <View className='card-outlet-point__half'>
          <Field id={ids.lat} label={t('form.lat')} hint={t('form.latHint')} maxLength={14} value={values.lat} onChange={(lat) => patch({ lat })} {...errorProp(errors, ids.lat)} />
        </View>
        <View className='card-outlet-point__half'>
          <Field id={ids.lng} label={t('form.lng')} hint={t('form.lngHint')} maxLength={14} value={values.lng} onChange={(lng) => patch({ lng })} {...errorProp(errors, ids.lng)} />
        </View>
      </View>
      <ChoiceRow
        id={ids.services}
        legend={t('form.services')}
        hint={t('form.servicesHint')}
        error={errorOf(errors, ids.services)}
        options={outletServices.map((service) => ({ value: service, label: ta(`outlet.service.${service}`) }))}
        isOn={(service) => values.services.includes(service)}
        onPress={(service) =>
          patch({ services: values.services.includes(service) ? values.services.filter((found) => found !== service) : outletServices.filter((found) => found === service || values.services.includes(found)) })
        }
      />
      <Field id={ids.hours} label={t('form.hours')} hint={t('form.hoursHint')} maxLength={80} value={values.hours} onChange={(hours) => patch({ hours })} {...errorProp(errors, ids.hours)} />
      <Toggle id={ids.open} label={t('form.open')} hint={t('form.openHint')} on={values.open} onChange={(open) => patch({ open })} />
      {failure?.kind === 'forbidden' ? (
        <Banner tone='error' title={t('forbidden.title')}>
          <Text>{t('forbidden.body', { region: officerRegion ? regionName(officerRegion) : '' })}</Text>
        </Banner>
      ) : null}
      {failure?.kind === 'not_found' ? (
        <Banner tone='error' title={t('notFound.title')}>
          <Text>{t('notFound.body')}</Text>
          <Button variant='secondary' onPress={onGone}>
            {t('notFound.back')}
          </Button>
        </Banner>
      ) : null}
      {failure?.kind === 'other' ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <View className='card-outlet-form__actions'>
        <Button block busy={sending} onPress={() => void send()}>
          {editing ? t('form.save') : t('form.create')}
        </Button>
        <Button variant='secondary' block disabled={sending} onPress={onCancel}>
          {t('form.cancel')}
        </Button>
      </View>
    </Card>
  )
}
