import type { z } from 'zod'
import type { Outlet, OutletInput, OutletList, OutletsQuery, RegionOutlets } from '@renshe/shared/card/applications'
import { distanceKm } from '@renshe/shared/jobs/matching'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { officialCovers } from '../../platform/policy'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { personOf } from './benefits-repo'
import { microdegrees, outletColumns, toMicrodegrees, toOutlet } from './outlet-views'
import { bankPartnerById, bankPartners, insertOutlet, openOutletsCountyFirst, openOutletsNear, outletInRegion, outletsOfRegion, updateOutletInRegion } from './outlets-repo'
import { cardOfHolder } from './repo'

/*
 * Outlets (网点, decision 067): counters where cards are applied for, handed over and reported
 * lost, each served by a bank partner. A holder (or her helper) sees the open ones, nearest first
 * when she gives a point — never stored — else her county's first. Officers keep their region's.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'audit'>

/** Outlets a holder is offered at most: a city's worth, nearest or her county's first. */
const listedOutlets = 50

/** Outlets an officer's list shows at most: more than a city keeps (Wenzhou has a few dozen counters). */
const regionOutletsShown = 500

const objectType = 'card_outlet'

/**
 * The open outlets offering what she needs. With a point (both lat and lng) nearest first, by
 * straight line; without one her county's first (her card's, else where she is insured), then
 * the rest by name. The read is recorded about her: a helper's look is in her access log.
 */
export async function listOutlets(deps: ServiceDeps, actor: Actor, holderUserId: string, query: z.output<typeof OutletsQuery>): Promise<Result<OutletList>> {
  const { lat, lng, service } = query
  if ((lat === undefined) !== (lng === undefined)) {
    const missing = lat === undefined ? 'query.lat' : 'query.lng'
    return fail('validation_failed', { errors: [{ path: missing, key: 'field.required' }], detail: 'Give both lat and lng, or neither' })
  }
  const items = await deps.db.read(async (q): Promise<Outlet[]> => {
    if (lat !== undefined && lng !== undefined) {
      const near = await openOutletsNear(q, { lat: toMicrodegrees(lat), lng: toMicrodegrees(lng) }, service, listedOutlets)
      return near
        .map((row) => ({ row, km: distanceKm({ lat, lng }, { lat: row.outlet.latMicrodegrees / microdegrees, lng: row.outlet.lngMicrodegrees / microdegrees }) }))
        .sort((a, b) => a.km - b.km)
        .map(({ row, km }) => toOutlet(row, km))
    }
    const [card, person] = await Promise.all([cardOfHolder(q, holderUserId), personOf(q, holderUserId)])
    const county = card?.regionCode ?? person?.regionCode ?? null
    return (await openOutletsCountyFirst(q, county, service, listedOutlets)).map((row) => toOutlet(row))
  })
  await recordAudit(deps, deps.clock.now(), actor, { action: 'card.listOutlets', kind: 'read', objectType })
  return ok({ items, byDistance: lat !== undefined })
}

/** The outlets, open and closed, of the officer's region, with the bank partners she may name. Recorded. */
export async function listRegionOutlets(deps: ServiceDeps, actor: Actor, officer: SessionUser): Promise<Result<RegionOutlets>> {
  if (!officer.regionCode) return fail('forbidden')
  const region = officer.regionCode
  const { items, banks } = await deps.db.read(async (q) => ({ items: await outletsOfRegion(q, region, regionOutletsShown), banks: await bankPartners(q) }))
  await recordAudit(deps, deps.clock.now(), actor, { action: 'card.listRegionOutlets', kind: 'read', objectType: 'region', objectId: region })
  return ok({ items: items.map((row) => toOutlet(row)), banks })
}

type Checked = { ok: true; bankName: string } | { ok: false; problem: ReturnType<typeof fail>['problem'] }

/** What an outlet must be wherever it is written: in one county the officer's region covers, served by a registered bank. */
async function checkedInput(deps: ServiceDeps, officer: SessionUser, input: OutletInput): Promise<Checked> {
  if (input.regionCode.endsWith('00')) {
    return fail('validation_failed', { errors: [{ path: 'body.regionCode', key: 'field.invalid' }], detail: 'An outlet is in one county: name its county, not a city or province' })
  }
  if (!officialCovers(officer, input.regionCode)) return fail('forbidden', { detail: 'The outlet’s county is outside your region' })
  const bank = await deps.db.read((q) => bankPartnerById(q, input.partnerId))
  if (!bank) {
    return fail('validation_failed', { errors: [{ path: 'body.partnerId', key: 'field.invalid' }], detail: 'Name a bank registered as a partner: it makes the cards collected at the outlet and hands them over' })
  }
  return { ok: true, bankName: bank.name }
}

/** Adds an outlet in the officer's region. Recorded. */
export async function createOutlet(deps: ServiceDeps, actor: Actor, officer: SessionUser, input: OutletInput): Promise<Result<Outlet>> {
  const checked = await checkedInput(deps, officer, input)
  if (!checked.ok) return checked
  const now = deps.clock.now()
  const row = { id: newId(deps.random), ...outletColumns(input, officer.id, now.toISOString()) }
  await deps.db.transaction(async (tx) => {
    await insertOutlet(tx, row)
    await appendAudit(tx, now, actor, { action: 'card.createOutlet', kind: 'write', objectType, objectId: row.id })
  })
  return ok(toOutlet({ outlet: row, bankName: checked.bankName }))
}

/** The outlet a retry of the same Idempotency-Key made, as it is now: still in her region, else not found. */
export async function replayOutlet(deps: ServiceDeps, officer: SessionUser, id: string): Promise<Result<Outlet>> {
  if (!officer.regionCode) return fail('forbidden')
  const region = officer.regionCode
  const found = await deps.db.read((q) => outletInRegion(q, id, region))
  return found ? ok(toOutlet(found)) : fail('not_found')
}

/**
 * Changes an outlet of the officer's region — services, hours, place, serving bank, open or
 * closed; one elsewhere is not found, as one that does not exist. Applications keep naming it,
 * whatever it becomes. Recorded.
 */
export async function updateOutlet(deps: ServiceDeps, actor: Actor, officer: SessionUser, id: string, input: OutletInput): Promise<Result<Outlet>> {
  if (!officer.regionCode) return fail('forbidden')
  const region = officer.regionCode
  if (!(await deps.db.read((q) => outletInRegion(q, id, region)))) return fail('not_found')
  const checked = await checkedInput(deps, officer, input)
  if (!checked.ok) return checked
  const now = deps.clock.now()
  const updated = await deps.db.transaction(async (tx) => {
    const row = await updateOutletInRegion(tx, id, region, outletColumns(input, officer.id, now.toISOString()))
    if (row) await appendAudit(tx, now, actor, { action: 'card.updateOutlet', kind: 'write', objectType, objectId: id })
    return row
  })
  return updated ? ok(toOutlet({ outlet: updated, bankName: checked.bankName })) : fail('not_found')
}
