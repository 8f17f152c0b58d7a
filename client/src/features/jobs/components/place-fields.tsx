import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { errorOf, errorProp } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import type { FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { useRegionName } from '../../../ui/region-name'
import { jobsMessages } from '../messages'
import { centrePoint, devicePoint, type PlaceValues } from '../place-values'
import { jobRegions, regionCentres } from '../regions'
import { ChoiceRow } from '../../../ui/choice-row'

export interface PlaceFieldIds {
  readonly community: string
  readonly region: string
  readonly lat: string
  readonly lng: string
}

interface PlaceFieldsProps {
  readonly ids: PlaceFieldIds
  readonly values: PlaceValues
  readonly errors: readonly FieldProblem[]
  readonly onChange: (values: PlaceValues) => void
}

type Locating = 'idle' | 'busy' | 'failed'

/**
 * A community typed, its county chosen, and a point: the phone's location (Taro.getLocation on
 * both ends, WGS 84 as the contract keeps it), else the county's rough centre, else typed.
 */
export function PlaceFields({ ids, values, errors, onChange }: PlaceFieldsProps) {
  const t = useT(jobsMessages)
  const regionName = useRegionName()
  const [locating, setLocating] = useState<Locating>('idle')

  const locate = () => {
    setLocating('busy')
    Taro.getLocation({ type: 'wgs84' })
      .then((where) => {
        setLocating('idle')
        onChange(devicePoint(values, where.latitude, where.longitude))
      })
      .catch(() => setLocating('failed'))
  }

  const centre = values.regionCode !== '' && regionCentres[values.regionCode] ? values.regionCode : null

  return (
    <View>
      <Field
        id={ids.community}
        label={t('place.community')}
        hint={t('place.communityHint')}
        value={values.community}
        maxLength={60}
        onChange={(community) => onChange({ ...values, community })}
        {...errorProp(errors, ids.community)}
      />
      <ChoiceRow
        id={ids.region}
        legend={t('place.region')}
        error={errorOf(errors, ids.region)}
        options={jobRegions.map((code) => ({ value: code, label: regionName(code) }))}
        isOn={(code) => code === values.regionCode}
        onPress={(regionCode) => onChange({ ...values, regionCode, ...(values.source === 'centre' ? centrePoint({ ...values, regionCode }) : {}) })}
      />
      <View className='jobs-point'>
        <Text className='field__label'>{t('place.point')}</Text>
        <Text className='field__hint'>{t('place.pointHint')}</Text>
        <View className='jobs-point__actions'>
          <Button variant='secondary' busy={locating === 'busy'} onPress={locate}>
            {locating === 'busy' ? t('place.locating') : t('place.locate')}
          </Button>
          {centre ? (
            <Button variant='secondary' onPress={() => onChange(centrePoint(values))}>
              {t('place.useRegionCentre', { region: regionName(centre) })}
            </Button>
          ) : null}
        </View>
        <View aria-live='polite'>
          {values.source === 'device' ? <Text className='jobs-point__note'>{t('place.located', { lat: values.lat, lng: values.lng })}</Text> : null}
          {values.source === 'centre' && centre ? <Text className='jobs-point__note'>{t('place.regionCentreUsed', { region: regionName(centre) })}</Text> : null}
          {locating === 'failed' ? <Text className='jobs-point__note'>{t('place.locateFailed')}</Text> : null}
        </View>
        <View className='jobs-point__numbers'>
          <Field
            id={ids.lat}
            label={t('place.lat')}
            hint={t('place.latHint')}
            type='text'
            maxLength={12}
            value={values.lat}
            onChange={(lat) => onChange({ ...values, lat, source: 'typed' })}
            {...errorProp(errors, ids.lat)}
          />
          <Field
            id={ids.lng}
            label={t('place.lng')}
            hint={t('place.lngHint')}
            type='text'
            maxLength={12}
            value={values.lng}
            onChange={(lng) => onChange({ ...values, lng, source: 'typed' })}
            {...errorProp(errors, ids.lng)}
          />
        </View>
      </View>
    </View>
  )
}
