import { OutletService, type Outlet, type OutletInput } from '@renshe/shared/card/applications'
import type { OutletRow, OutletWithBank } from './outlets-repo'

/** Points are kept as whole microdegrees (decision 067), as the jobs module keeps its places. */
export const microdegrees = 1_000_000

export const toMicrodegrees = (degrees: number): number => Math.round(degrees * microdegrees)

/** An outlet as the contract shows it; `distanceKm` when a point was asked about, rounded to 100 m. */
export function toOutlet({ outlet, bankName }: OutletWithBank, distanceKm: number | null = null): Outlet {
  return {
    id: outlet.id,
    name: outlet.name,
    kind: outlet.kind,
    partnerId: outlet.partnerId,
    bankName,
    regionCode: outlet.regionCode,
    address: outlet.address,
    lat: outlet.latMicrodegrees / microdegrees,
    lng: outlet.lngMicrodegrees / microdegrees,
    services: outlet.services,
    hours: outlet.hours,
    open: outlet.open,
    distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
  }
}

/** What an officer's input writes into the row. */
export function outletColumns(input: OutletInput, updatedBy: string, at: string): Omit<OutletRow, 'id'> {
  return {
    partnerId: input.partnerId,
    name: input.name,
    kind: input.kind,
    regionCode: input.regionCode,
    address: input.address,
    latMicrodegrees: toMicrodegrees(input.lat),
    lngMicrodegrees: toMicrodegrees(input.lng),
    // Each service once, in the contract's order: the list reads the same however it was sent.
    services: OutletService.options.filter((service) => input.services.includes(service)),
    hours: input.hours,
    open: input.open,
    updatedAt: at,
    updatedBy,
  }
}
