import { OutletInput, type Outlet, type OutletKind, type OutletService } from '@renshe/shared/card/applications'
import { regionCovers, wenzhouCounties } from '@renshe/shared/identity/regions'
import type { Locale } from '@renshe/shared/platform/locale'
import { errorsFromIssues, type FieldIds } from '../../../../lib/form-errors'
import type { Translate } from '../../../../lib/i18n/translate'
import type { FieldProblem } from '../../../../ui/error-summary'
import type { outletsMessages } from '../../outlets-messages'

type OutletsKey = keyof (typeof outletsMessages)['zh-CN']

/** The form as typed: the point's numbers as text, so "28." or a stray space is kept as it was. */
export interface OutletValues {
  readonly name: string
  readonly kind: OutletKind
  readonly partnerId: string
  readonly regionCode: string
  readonly address: string
  readonly lat: string
  readonly lng: string
  readonly services: readonly OutletService[]
  readonly hours: string
  readonly open: boolean
}

/** Field name (as in the request body) → input id, in the order shown. */
export const outletFieldIds = {
  name: 'outlet-name',
  kind: 'outlet-kind',
  partnerId: 'outlet-bank',
  regionCode: 'outlet-region',
  address: 'outlet-address',
  lat: 'outlet-lat',
  lng: 'outlet-lng',
  services: 'outlet-services',
  hours: 'outlet-hours',
  open: 'outlet-open',
} as const satisfies FieldIds

export const outletServices: readonly OutletService[] = ['apply', 'collect', 'formal_loss', 'cancel']

/**
 * A new outlet: in her own county (a city officer chooses which of hers), open, taking
 * applications and handing over cards — what most do.
 */
export function newOutletValues(officerRegion: string | null): OutletValues {
  const regionCode = officerRegion && outletRegionsOf(officerRegion).includes(officerRegion) ? officerRegion : ''
  return { name: '', kind: 'bank', partnerId: '', regionCode, address: '', lat: '', lng: '', services: ['apply', 'collect'], hours: '', open: true }
}

export function outletValuesOf(outlet: Outlet): OutletValues {
  return {
    name: outlet.name,
    kind: outlet.kind,
    partnerId: outlet.partnerId,
    regionCode: outlet.regionCode,
    address: outlet.address,
    lat: String(outlet.lat),
    lng: String(outlet.lng),
    services: outlet.services,
    hours: outlet.hours,
    open: outlet.open,
  }
}

/** The counties an officer may place outlets in (an outlet is in one county): hers, or those of her city. */
export function outletRegionsOf(officerRegion: string | null): readonly string[] {
  if (!officerRegion) return wenzhouCounties
  const covered = wenzhouCounties.filter((code) => regionCovers(officerRegion, code))
  return covered.length > 0 ? covered : [officerRegion]
}

/** Degrees as typed (full-width digits forgiven), or undefined when it is not a plain decimal number. */
function degreesOf(text: string): number | undefined {
  const plain = text.normalize('NFKC').trim()
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : undefined
}

export type Checked = { readonly ok: true; readonly input: OutletInput } | { readonly ok: false; readonly errors: readonly FieldProblem[] }

/**
 * The outlet to send, or what is wrong, field by field in the officer's language: the form's own
 * words for what it can name (a choice not made, a point not a number), the contract's for the rest.
 */
export function checkOutlet(values: OutletValues, locale: Locale, t: Translate<OutletsKey>): Checked {
  const own = new Map<string, string>()
  const lat = degreesOf(values.lat)
  const lng = degreesOf(values.lng)
  if (values.partnerId === '') own.set('partnerId', t('error.bank'))
  if (values.regionCode === '') own.set('regionCode', t('error.region'))
  if (values.lat.trim() === '') own.set('lat', t('error.latMissing'))
  else if (lat === undefined || lat < -90 || lat > 90) own.set('lat', t('error.lat'))
  if (values.lng.trim() === '') own.set('lng', t('error.lngMissing'))
  else if (lng === undefined || lng < -180 || lng > 180) own.set('lng', t('error.lng'))
  if (values.services.length === 0) own.set('services', t('error.services'))

  const input = { ...values, services: [...values.services], lat: lat ?? Number.NaN, lng: lng ?? Number.NaN }
  const parsed = OutletInput.safeParse(input)
  const fromSchema = parsed.success ? [] : errorsFromIssues(parsed.error.issues, outletFieldIds, locale).filter((error) => !own.has(fieldNameOf(error.fieldId)))
  const errors = [...fromSchema, ...[...own].map(([name, message]) => ({ fieldId: outletFieldIds[name as keyof typeof outletFieldIds], message }))]
  if (errors.length > 0 || !parsed.success) {
    const order = Object.values(outletFieldIds) as readonly string[]
    return { ok: false, errors: [...errors].sort((a, b) => order.indexOf(a.fieldId) - order.indexOf(b.fieldId)) }
  }
  return { ok: true, input: parsed.data }
}

function fieldNameOf(fieldId: string): string {
  return Object.entries(outletFieldIds).find(([, id]) => id === fieldId)?.[0] ?? ''
}
