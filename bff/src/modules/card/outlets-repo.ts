import { and, asc, eq, sql, type SQL } from 'drizzle-orm'
import type { OutletService } from '@renshe/shared/card/applications'
import type { Query, Tx } from '../../db/database'
import { cardOutlets, partners } from '../../db/schema'
import { inRegionScope } from '../../platform/policy'

export type OutletRow = typeof cardOutlets.$inferSelect

/** An outlet with the name of the bank that serves it. */
export interface OutletWithBank {
  readonly outlet: OutletRow
  readonly bankName: string
}

const withBank = (q: Query) => q.select({ outlet: cardOutlets, bankName: partners.name }).from(cardOutlets).innerJoin(partners, eq(partners.id, cardOutlets.partnerId))

/**
 * An outlet offers a service: its services are a JSON list, kept whole, and the list's text
 * holds each one quoted — `["apply","collect"]` on SQLite, `["apply", "collect"]` as PostgreSQL
 * writes jsonb out — so a text match finds it on both engines. The service is one of the enum's
 * four words: nothing in it is a wildcard.
 */
function offers(service: OutletService): SQL {
  return sql`cast(${cardOutlets.services} as text) like ${`%"${service}"%`}`
}

const openOffering = (service: OutletService | undefined): SQL => (service ? (and(eq(cardOutlets.open, true), offers(service)) ?? sql`true`) : eq(cardOutlets.open, true))

/**
 * Open outlets nearest a point first (microdegrees). Ordered in SQL by the equirectangular
 * distance — the haversine's own order at a city's scale, plain arithmetic on both engines —
 * and measured exactly by the caller; a tie by name.
 */
export function openOutletsNear(q: Query, point: { readonly lat: number; readonly lng: number }, service: OutletService | undefined, limit: number): Promise<OutletWithBank[]> {
  const lat = Math.round(point.lat)
  const lng = Math.round(point.lng)
  const shrink = Math.cos(((point.lat / 1_000_000) * Math.PI) / 180)
  const dLat = sql`cast(${cardOutlets.latMicrodegrees} - ${lat} as double precision)`
  const dLng = sql`cast(${cardOutlets.lngMicrodegrees} - ${lng} as double precision) * cast(${shrink} as double precision)`
  return withBank(q)
    .where(openOffering(service))
    .orderBy(sql`${dLat} * ${dLat} + ${dLng} * ${dLng}`, asc(cardOutlets.name), asc(cardOutlets.id))
    .limit(limit)
}

/** Open outlets of a county first, then the others, each by name. */
export function openOutletsCountyFirst(q: Query, county: string | null, service: OutletService | undefined, limit: number): Promise<OutletWithBank[]> {
  const home = county === null ? sql`1` : sql`case when ${cardOutlets.regionCode} = ${county} then 0 else 1 end`
  return withBank(q)
    .where(openOffering(service))
    .orderBy(home, asc(cardOutlets.name), asc(cardOutlets.id))
    .limit(limit)
}

/** The outlets, open and closed, of the regions an officer's covers, by county and name. */
export function outletsOfRegion(q: Query, officerRegion: string, limit: number): Promise<OutletWithBank[]> {
  return withBank(q)
    .where(inRegionScope(cardOutlets.regionCode, officerRegion))
    .orderBy(asc(cardOutlets.regionCode), asc(cardOutlets.name), asc(cardOutlets.id))
    .limit(limit)
}

/** An outlet of a region the officer's covers; undefined for one elsewhere, as for none. */
export async function outletInRegion(q: Query, id: string, officerRegion: string): Promise<OutletWithBank | undefined> {
  const [row] = await withBank(q).where(and(eq(cardOutlets.id, id), inRegionScope(cardOutlets.regionCode, officerRegion)))
  return row
}

export async function outletById(q: Query, id: string): Promise<OutletWithBank | undefined> {
  const [row] = await withBank(q).where(eq(cardOutlets.id, id))
  return row
}

export async function insertOutlet(tx: Tx, row: OutletRow): Promise<void> {
  await tx.insert(cardOutlets).values(row)
}

/** Rewrites an outlet that is still in the officer's region; undefined when it is not (any more). */
export async function updateOutletInRegion(tx: Tx, id: string, officerRegion: string, changes: Omit<OutletRow, 'id'>): Promise<OutletRow | undefined> {
  const [row] = await tx
    .update(cardOutlets)
    .set(changes)
    .where(and(eq(cardOutlets.id, id), inRegionScope(cardOutlets.regionCode, officerRegion)))
    .returning()
  return row
}

/** The bank partners, by name: who may serve an outlet. */
export function bankPartners(q: Query): Promise<{ id: string; name: string }[]> {
  return q.select({ id: partners.id, name: partners.name }).from(partners).where(eq(partners.kind, 'bank')).orderBy(asc(partners.name), asc(partners.id))
}

/** A partner of kind bank by id; undefined for any other partner, as for none. */
export async function bankPartnerById(q: Query, id: string): Promise<{ id: string; name: string } | undefined> {
  const [row] = await q
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(and(eq(partners.id, id), eq(partners.kind, 'bank')))
  return row
}
