import type { ApplicationKind, Outlet, OutletList } from '@renshe/shared/card/applications'
import { getMyApplication, getMyCard, listOutlets } from '@renshe/shared/card/contract'
import type { MyCard } from '@renshe/shared/card/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { call } from '../../../../lib/api'
import { isUnderWay } from '../../components/application-live'

/**
 * Why an application was refused, in terms she can act on: another already under way, a card
 * in use for a first application (or none for a replacement), or the chosen outlet closed since
 * she chose it. `unknown`: none of these, so the problem itself is said.
 */
export type Refusal =
  | { readonly kind: 'under_way' }
  | { readonly kind: 'has_card'; readonly card: MyCard }
  | { readonly kind: 'no_card' }
  | { readonly kind: 'outlet_closed'; readonly outlet: Outlet; readonly outlets: OutletList }
  | { readonly kind: 'unknown' }

/** The refusals a look at her facts can explain; the rest (a partner down, a session gone) are said as they come. */
export function mayBeExplained(problem: Problem): boolean {
  return problem.code === 'conflict' || problem.code === 'illegal_transition' || problem.code === 'not_found'
}

/**
 * Reads her application, her card and the outlets again, as they are now, and says which of
 * them stands in the way. The answer's `detail` is for developers and never branched on; her
 * facts are the same whatever the server's words.
 */
export async function explainRefusal(kind: ApplicationKind, outlet: Outlet, query: { readonly service: 'collect'; readonly lat?: number; readonly lng?: number }): Promise<Refusal> {
  const [application, card, outlets] = await Promise.all([call(getMyApplication, {}), call(getMyCard, {}), call(listOutlets, { query })])
  if (application.ok && isUnderWay(application.value.application)) return { kind: 'under_way' }
  if (card.ok) {
    const live = card.value.card !== null && card.value.card.status !== 'cancelled' ? card.value.card : null
    if (kind === 'first' && live) return { kind: 'has_card', card: live }
    if (kind === 'replacement' && !live) return { kind: 'no_card' }
  }
  if (outlets.ok && !outlets.value.items.some((item) => item.id === outlet.id)) return { kind: 'outlet_closed', outlet, outlets: outlets.value }
  return { kind: 'unknown' }
}
