import { and, eq } from 'drizzle-orm'
import type { Query } from '../../db/database'
import { partnerSignals } from '../../db/schema'
import type { PartnerSignalRow } from '../../platform/partner-signals'

export type CardSignalKind = Extract<PartnerSignalRow['kind'], `card_${string}`>

/** What this partner already sent under this reference, whatever it was. */
export async function signalOf(q: Query, partnerId: string, reference: string): Promise<PartnerSignalRow | undefined> {
  const [row] = await q
    .select()
    .from(partnerSignals)
    .where(and(eq(partnerSignals.partnerId, partnerId), eq(partnerSignals.reference, reference)))
  return row
}
