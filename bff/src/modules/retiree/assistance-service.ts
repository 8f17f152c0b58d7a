import { chinaDate } from '@renshe/shared/platform/china-time'
import { ageOn } from '@renshe/shared/identity/id-number'
import { matchingRules } from './eligibility'
import type { AssistanceOffer, AssistanceRule, EligibilityFacts } from '@renshe/shared/retiree/schemas'
import type { Query, Tx } from '../../db/database'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { completeInboxAction, inboxTaskDone, notify } from '../../platform/notify'
import { enqueueSubscribeMessage } from '../../platform/outbox'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { activeRules, benefitsOffered, confirmOffer, insertOfferOnce, localMinimumOf, offerById, offersOf, type AssistanceOfferRow, type AssistanceRuleRow } from './assistance-repo'
import { auditLast, type AuditTrail } from './audit-trail'
import { retireeLinks } from './notices'
import { pensionerOfUser, portalUserOfPensioner, updatePensioner, type PensionerRow } from './pensioners-repo'

export function toOffer(row: AssistanceOfferRow): AssistanceOffer {
  return { id: row.id, benefit: row.benefit, amountFen: row.amountFen, status: row.status, offeredAt: row.offeredAt, confirmedAt: row.confirmedAt }
}

/** What the rules may look at, and nothing more: no name, no ID number. */
export async function eligibilityFactsOf(q: Query, row: PensionerRow, today: string): Promise<EligibilityFacts> {
  return {
    age: ageOn(row.birthDate, today),
    monthlyFen: row.monthlyFen,
    // A region without a published minimum tops nobody up.
    localMinimumFen: (await localMinimumOf(q, row.regionCode)) ?? 0,
    livesAlone: row.livesAlone,
    regionCode: row.regionCode,
  }
}

function asRule(row: AssistanceRuleRow): AssistanceRule & { row: AssistanceRuleRow } {
  return { id: row.id, benefit: row.benefit, regionCode: row.regionCode, logic: row.logic, amountFen: row.amountFen, row }
}

/**
 * Runs the rules over one pensioner, inside the caller's transaction: each benefit newly matched
 * becomes one offer (never a second for the same benefit) and an inbox message whose button
 * confirms it. Called after every certification and by the nightly job, with the pensioner
 * locked by the caller. Returns the new offers.
 */
export async function evaluateAssistance(tx: Tx, audit: AuditTrail, deps: Pick<Deps, 'random'>, actor: Actor, row: PensionerRow, now: Date): Promise<number> {
  const at = now.toISOString()
  const facts = await eligibilityFactsOf(tx, row, chinaDate(now))
  const already = await benefitsOffered(tx, row.id)
  // The rules are few, and JSON Logic is evaluated here, for this one person.
  const matched = matchingRules((await activeRules(tx)).map(asRule), facts).filter((rule) => !already.has(rule.benefit))
  const userId = matched.length > 0 ? await portalUserOfPensioner(tx, row) : null
  let offered = 0
  const seen = new Set<string>()
  for (const { row: rule } of matched) {
    // Two rules for one benefit (province-wide and regional) make one offer, the first one's.
    if (seen.has(rule.benefit)) continue
    seen.add(rule.benefit)
    const offer: AssistanceOfferRow = {
      id: newId(deps.random),
      pensionerId: row.id,
      ruleId: rule.id,
      benefit: rule.benefit,
      amountFen: rule.amountFen,
      status: 'offered',
      offeredAt: at,
      confirmedAt: null,
      confirmedByUserId: null,
    }
    if (!(await insertOfferOnce(tx, offer))) continue
    offered += 1
    audit.add(now, actor, { action: 'retiree.offerAssistance', kind: 'write', objectType: 'assistance_offer', objectId: offer.id })
    if (userId) {
      const params = { benefit: offer.benefit, ...(offer.amountFen !== null ? { amountFen: offer.amountFen } : {}) }
      await notify(tx, deps.random, now, {
        userId,
        template: 'retiree.assistanceOffered',
        params,
        link: retireeLinks.assistance,
        action: { kind: 'confirm_assistance', targetId: offer.id },
      })
      await enqueueSubscribeMessage(tx, deps.random, now, { userId, template: 'retiree.assistanceOffered', params, link: retireeLinks.assistance })
    }
  }
  await updatePensioner(tx, row.id, { assistanceCheckedAt: at })
  return offered
}

/** The benefits offered to the pensioner the caller is (or acts for), newest first. */
export async function listAssistance(deps: Deps, actor: Actor, subjectUserId: string): Promise<Result<{ offers: AssistanceOffer[] }>> {
  const found = await deps.db.read(async (q) => {
    const pensioner = await pensionerOfUser(q, subjectUserId)
    return pensioner ? { pensioner, offers: await offersOf(q, pensioner.id) } : null
  })
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), actor, { action: 'retiree.listAssistance', kind: 'read', objectType: 'pensioner', objectId: found.pensioner.id })
  return ok({ offers: found.offers.map(toOffer) })
}

/**
 * Takes up an offered benefit with one tap, for the pensioner or by a helper acting for them.
 * Someone else's offer does not exist for the caller. A second tap returns the confirmed offer
 * and changes nothing; the first audits and marks the inbox button done.
 */
export async function confirmAssistance(deps: Deps, actor: Actor, subjectUserId: string, offerId: string): Promise<Result<AssistanceOffer>> {
  const [pensioner, offer] = await deps.db.read((q) => Promise.all([pensionerOfUser(q, subjectUserId), offerById(q, offerId)]))
  if (!pensioner || !offer || offer.pensionerId !== pensioner.id) return fail('not_found')
  if (offer.status === 'confirmed') return ok(toOffer(offer))
  const now = deps.clock.now()
  const at = now.toISOString()
  await deps.db.transaction((tx) =>
    auditLast(tx, async (audit) => {
      // Confirmed once, by whichever tap gets there first: the update itself is the check.
      if (!(await confirmOffer(tx, offer.id, at, actor.actorUserId))) return
      const marked = await completeInboxAction(tx, { userId: subjectUserId, kind: 'confirm_assistance', targetId: offer.id, at })
      audit.add(now, actor, { action: 'retiree.confirmAssistance', kind: 'write', objectType: 'assistance_offer', objectId: offer.id })
      if (marked > 0) audit.add(now, actor, inboxTaskDone('confirm_assistance', offer.id))
    }),
  )
  const confirmed = await deps.db.read((q) => offerById(q, offer.id))
  return confirmed ? ok(toOffer(confirmed)) : fail('not_found')
}
