import { randomUUID } from 'node:crypto'
import type { RequestSetup } from 'autocannon'

/** A complete complaint, the same every time but for the draft id the phone would make. */
const form = {
  employer: { employerId: null, name: '温州某装饰工程有限公司', creditCode: null },
  site: { projectId: null, siteName: '江滨路商铺装修', regionCode: '330302', address: '鹿城区江滨路 12 号' },
  wages: { fromMonth: '2026-08', toMonth: '2026-10', amountFen: 2_340_000, payUnit: 'month', coWorkers: 2 },
  evidenceIds: [],
  contact: { phone: '13957700001' },
  description: '八月到十月的工资一直拖欠，老板说年底再给。',
}

/**
 * Every request a new complaint: a fresh draft id and Idempotency-Key, as distinct workers'
 * phones would send, so each one runs the whole submission (checks, case number, sealing,
 * events, audit chain, inbox, outbox, idempotency record) rather than replaying the first.
 */
export const newComplaint: RequestSetup = (request) => ({
  ...request,
  headers: { ...request.headers, 'idempotency-key': `bench-${randomUUID()}` },
  body: JSON.stringify({ draftId: randomUUID(), form }),
})
