import type { z } from 'zod'
import { BenefitKind, countyBenefitOf, countyBenefits, entitlementOf } from '@renshe/shared/card/benefits'
import type { BenefitOpening, CountyBenefits, CountyBenefitsQuery, MyBenefits, OpenedBenefit } from '@renshe/shared/card/schemas'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { officialCovers } from '../../platform/policy'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { openedBenefits, openingKey, personOf, upsertOpening, usageOf } from './benefits-repo'
import { openedBenefit } from './benefit-views'
import { categoriesOf, holderFacts } from './holder-facts'
import { cardOfHolder } from './repo'
import { shownStatusOf } from './views'

/*
 * Benefits across the counties of a city (decision 066): what her card gives her in each county
 * of her city, and the officers' side — a county's benefits opened to the whole city or kept for
 * its own holders, and how they were used.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'sealer' | 'audit'>

/** Days the usage covers unless the officer asks otherwise: the last 30, today included. */
const defaultPeriodDays = 30

/**
 * Her categories now, and every benefit of her city's counties with what she gets there. Home is
 * her card's county; without a card, where she is insured (her real name's region), and none of
 * it is hers until a card is issued. The read is recorded about her.
 */
export async function getMyBenefits(deps: ServiceDeps, actor: Actor, holderUserId: string): Promise<Result<MyBenefits>> {
  const read = await deps.db.read(async (q) => {
    const [card, person] = await Promise.all([cardOfHolder(q, holderUserId), personOf(q, holderUserId)])
    if (!person) return null
    const home = card?.regionCode ?? person.regionCode
    const benefits = countyBenefits.filter((benefit) => sameCity(benefit.regionCode, home))
    const opened = await openedBenefits(q, [...new Set(benefits.map((benefit) => benefit.regionCode))])
    return { card, person, home, benefits, opened }
  })
  // The real-name gate lets no one here without a real name: a missing one is none to read.
  if (!read) return fail('not_found')
  const now = deps.clock.now()
  const facts = holderFacts(deps.sealer, read.person.idNumberEnc, read.card?.disabilityCertified ?? false, now)
  const categories = categoriesOf(facts)
  await recordAudit(deps, now, actor, { action: 'card.getMyBenefits', kind: 'read', ...(read.card ? { objectType: 'card', objectId: read.card.id } : {}) })
  return ok({
    homeRegionCode: read.home,
    categories,
    age: facts.age,
    benefits: read.benefits.map((benefit) => {
      const shown = openedBenefit(benefit, read.opened)
      return { ...shown, entitlement: entitlementOf(benefit, { categories, homeRegionCode: read.home }, shown.openToCity) }
    }),
    cardStatus: read.card ? shownStatusOf(read.card, now).status : null,
  })
}

function sameCity(a: string, b: string): boolean {
  return a.slice(0, 4) === b.slice(0, 4)
}

/** The start of a China calendar day, as an instant. */
const chinaMidnight = (date: string) => new Date(`${date}T00:00:00.000+08:00`).toISOString()

type CountyOf = { ok: true; county: string } | { ok: false; problem: ReturnType<typeof fail>['problem'] }

/**
 * The county an officer asks about: a county officer's own; for a city (or provincial) officer
 * the county named, which their region must cover.
 */
function countyAskedBy(officer: SessionUser, named: string | undefined): CountyOf {
  if (!officer.regionCode) return fail('forbidden')
  const county = named ?? officer.regionCode
  if (county.endsWith('00')) return fail('validation_failed', { errors: [{ path: 'query.regionCode', key: 'field.required' }], detail: 'Name one county of your region' })
  if (!officialCovers(officer, county)) return fail('forbidden', { detail: 'The county is outside your region' })
  return { ok: true, county }
}

/** A county's benefits, opened to the city or not, and their uses by kind and tier over a period of China dates (both included). */
export async function getCountyBenefits(deps: ServiceDeps, actor: Actor, officer: SessionUser, query: z.output<typeof CountyBenefitsQuery>): Promise<Result<CountyBenefits>> {
  const asked = countyAskedBy(officer, query.regionCode)
  if (!asked.ok) return asked
  const { county } = asked
  const now = deps.clock.now()
  const to = query.to ?? chinaDate(now)
  const from = query.from ?? addCalendarDays(to, -(defaultPeriodDays - 1))
  if (from > to) return fail('validation_failed', { errors: [{ path: 'query.from', key: 'field.invalid' }], detail: 'The period starts after it ends' })
  const benefits = countyBenefits.filter((benefit) => benefit.regionCode === county)
  const { opened, usage } = await deps.db.read(async (q) => ({
    opened: await openedBenefits(q, [county]),
    usage: await usageOf(q, county, chinaMidnight(from), chinaMidnight(addCalendarDays(to, 1))),
  }))
  await recordAudit(deps, now, actor, { action: 'card.getCountyBenefits', kind: 'read', objectType: 'region', objectId: county })
  return ok({ regionCode: county, from, to, benefits: benefits.map((benefit) => openedBenefit(benefit, opened)), usage })
}

/** The county whose benefits an officer opens: their own, a county. A city officer opens none (each county decides for itself). */
function ownCounty(officer: SessionUser): CountyOf {
  if (!officer.regionCode || officer.regionCode.endsWith('00')) return fail('forbidden', { detail: "A county's benefits are opened by the county's own officers" })
  return { ok: true, county: officer.regionCode }
}

/**
 * Opens the officer's county's benefit of a kind to the holders of every county of the city, or
 * keeps it for the county's own; refused for a kind the county gives no benefit of. Recorded.
 */
export async function setBenefitOpening(deps: ServiceDeps, actor: Actor, officer: SessionUser, input: BenefitOpening): Promise<Result<OpenedBenefit>> {
  const own = ownCounty(officer)
  if (!own.ok) return own
  const benefit = countyBenefitOf(own.county, input.kind)
  if (!benefit) return fail('not_found', { detail: `County ${own.county} gives no card benefit of the kind ${input.kind}: there is nothing to open` })
  const now = deps.clock.now()
  await deps.db.transaction(async (tx) => {
    await upsertOpening(tx, { regionCode: own.county, kind: input.kind, openToCity: input.openToCity, updatedAt: now.toISOString(), updatedBy: officer.id })
    await appendAudit(tx, now, actor, { action: 'card.setBenefitOpening', kind: 'write', objectType: 'card_benefit_opening', objectId: openingKey(own.county, input.kind) })
  })
  return ok(openedBenefit(benefit, input.openToCity ? new Set([openingKey(own.county, input.kind)]) : new Set()))
}

/** The opening a retry of the same Idempotency-Key set, read as it stands now (another officer may have changed it since). */
export async function replayBenefitOpening(deps: ServiceDeps, officer: SessionUser, reference: string): Promise<Result<OpenedBenefit>> {
  const own = ownCounty(officer)
  if (!own.ok) return own
  const [county, kind] = reference.split(':')
  const parsed = BenefitKind.safeParse(kind)
  const benefit = parsed.success && county === own.county ? countyBenefitOf(county, parsed.data) : undefined
  if (!benefit) return fail('not_found')
  const opened = await deps.db.read((q) => openedBenefits(q, [own.county]))
  return ok(openedBenefit(benefit, opened))
}
