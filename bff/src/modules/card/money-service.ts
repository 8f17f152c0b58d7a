import type { z } from 'zod'
import type { MyCardPayments, MyCardPaymentsQuery } from '@renshe/shared/card/money'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { pageOf, timeCursor } from '../../platform/paging'
import { ok, type Result } from '../../platform/problem'
import { holderTotals, paymentsOfHolder } from './money-repo'
import { toCardPayment } from './money-views'

/*
 * The holder's payments onto her card (decision 068), read by her or by grid staff under
 * `card.assist`: no id in the path, only the payments of the person the call is about. The
 * ledger itself is platform code (platform/card-money.ts): the programmes that pay order there.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'audit'>

/** Her payments, newest first, with what is on the card, on its way and held over all of them. The read is recorded. */
export async function getMyCardPayments(deps: ServiceDeps, actor: Actor, holderUserId: string, query: z.output<typeof MyCardPaymentsQuery>): Promise<Result<MyCardPayments>> {
  const found = await deps.db.read(async (q) => {
    const rows = await paymentsOfHolder(q, holderUserId, timeCursor(query.cursor), query.limit + 1)
    return { page: pageOf(rows, query.limit, (last) => `${last.payment.orderedAt}|${last.payment.id}`), totals: await holderTotals(q, holderUserId) }
  })
  await recordAudit(deps, deps.clock.now(), actor, { action: 'card.getMyCardPayments', kind: 'read', objectType: 'card_payments', objectId: holderUserId })
  return ok({
    items: found.page.rows.map(toCardPayment),
    nextCursor: found.page.nextCursor,
    creditedFen: found.totals.credited ?? 0,
    onTheWayFen: found.totals.queued ?? 0,
    heldFen: found.totals.held ?? 0,
  })
}
