import { randomUUID } from 'node:crypto'
import type { RequestSetup } from 'autocannon'
import { idNumberCheckCharacter } from '@renshe/shared/identity/id-number'

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

function randomIdNumber(): string {
  const born = new Date(Date.UTC(1936, 0, 1) + Math.floor(Math.random() * 25 * 365) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '')
  const first17 = `330302${born}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`
  return `${first17}${idNumberCheckCharacter(first17)}`
}

/**
 * A hospital's stream of visits by older patients: every request a new signal id and a new
 * person (a few of them pensioners here), so each one runs the whole call: key and level check,
 * partner rate limit, ID check, blind index, lookup, the signal row and the audit chain.
 */
export const newLifeSignal: RequestSetup = (request) => ({
  ...request,
  body: JSON.stringify({ signalId: `bench-${randomUUID()}`, idNumber: randomIdNumber(), kind: 'hospital_visit', observedAt: new Date().toISOString() }),
})
