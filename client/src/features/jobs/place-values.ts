import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Locale } from '@renshe/shared/platform/locale'
import type { Place } from '@renshe/shared/jobs/schemas'
import type { Translate } from '../../lib/i18n/translate'
import type { PathProblem } from './field-errors'
import { degreesText, numberOf } from './form-text'
import type { jobsMessages } from './messages'
import { regionCentres } from './regions'

/**
 * Where the point came from: the phone's location, a county's rough centre, typed by hand, or
 * not given yet. A saved place reads back as typed: the numbers are what they are.
 */
export type PointSource = 'none' | 'device' | 'centre' | 'typed'

export interface PlaceValues {
  readonly community: string
  readonly regionCode: string
  readonly lat: string
  readonly lng: string
  readonly source: PointSource
}

export function placeValuesOf(place: Place): PlaceValues {
  return { community: place.community, regionCode: place.regionCode, lat: degreesText(place.lat), lng: degreesText(place.lng), source: 'typed' }
}

/** The phone's location, as the form keeps it. */
export function devicePoint(place: PlaceValues, lat: number, lng: number): PlaceValues {
  return { ...place, lat: degreesText(lat), lng: degreesText(lng), source: 'device' }
}

/** The chosen county's rough centre, when the phone gives no location; unchanged for a county without one. */
export function centrePoint(place: PlaceValues): PlaceValues {
  const centre = regionCentres[place.regionCode]
  return centre ? { ...place, lat: degreesText(centre.lat), lng: degreesText(centre.lng), source: 'centre' } : place
}

/**
 * The place to send, with a problem added for each part the form can name itself (a county not
 * chosen, a point not given or not a number); what it cannot read is sent as NaN, which the
 * contract refuses too, so that its message never stands in for a clearer one.
 */
export function placeOf(
  values: PlaceValues,
  prefix: string,
  locale: Locale,
  t: Translate<keyof (typeof jobsMessages)['zh-CN']>,
  problems: PathProblem[],
): Place {
  if (values.regionCode === '') problems.push({ path: `${prefix}.regionCode`, message: fieldMessage('field.choose', locale) })
  const lat = numberOf(values.lat)
  const lng = numberOf(values.lng)
  const bothEmpty = values.lat.trim() === '' && values.lng.trim() === ''
  const pointMessage = bothEmpty ? t('place.pointMissing') : t('place.pointInvalid')
  // A point not given at all is one thing to do, said once (at the latitude).
  if (lat === undefined || lat < -90 || lat > 90) problems.push({ path: `${prefix}.lat`, message: pointMessage })
  if (!bothEmpty && (lng === undefined || lng < -180 || lng > 180)) problems.push({ path: `${prefix}.lng`, message: pointMessage })
  // With no point at all, the longitude stands in as 0 so the contract does not say it twice;
  // such a place is never sent, since the problem at the latitude stops the form.
  return { community: values.community, regionCode: values.regionCode, lat: lat ?? Number.NaN, lng: lng ?? (bothEmpty ? 0 : Number.NaN) }
}
