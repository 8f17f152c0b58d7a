import type { z } from 'zod'
import { CreditConfirmationResult, type CreditConfirmation, type CreditConfirmations, type CreditRefusal, type PartnerCredit, type PartnerCreditsQuery } from '@renshe/shared/card/money'
import { maskName } from '@renshe/shared/identity/masking'
import type { Tx } from '../../db/database'
import { isUniqueViolation } from '../../db/locks'
import { appendAuditRows, recordAudit, type AuditEntry } from '../../platform/audit'
import { settleCardPayment, type AuditSink, type SettleOutcome } from '../../platform/card-money'
import { sha256 } from '../../platform/crypto'
import type { Deps } from '../../platform/deps'
import { pageOf, timeCursor } from '../../platform/paging'
import { partnerActor, type PartnerCaller } from '../../platform/partner-access'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import type { UploadedFile } from '../../platform/upload'
import { parseCreditFile, type CreditFileLine, type UnreadableLine } from './credit-file'
import { creditFileOf, holdersOf, insertCreditExceptions, insertCreditFile, lockCreditFile, queuedCreditsOf, type CreditExceptionRow, type CreditFileRow } from './credits-repo'

/*
 * The bank's side of money paid onto cards (decision 068), through the partner API of decision 067
 * at data level 2: the list of what it is to credit onto the cards it issued, and its word on each
 * payment by API or by its end-of-day file. Each payment moves once whatever is sent again: the
 * ledger's move is a conditional update on the status it leaves, and a file is kept once per
 * (bank, SHA-256), so the same file again answers its first result and moves nothing. A reference
 * not ours, or another bank's, is refused as unknown alike. Every refusal is kept for the
 * reconciliation; every line is recorded, about the holder when the payment is hers.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'audit'>
type CreditResult = z.output<typeof CreditConfirmationResult>
type Refused = CreditResult['refused'][number]

const notABank = fail('forbidden', { detail: 'Only a bank credits payments onto the cards it issued' })

/** The payments this bank is to credit, oldest first, a page at a time: each card's number whole (its own card), the name masked. The read is recorded under the bank. */
export async function partnerListCredits(deps: ServiceDeps, requestId: string, partner: PartnerCaller, query: z.output<typeof PartnerCreditsQuery>): Promise<Result<{ items: PartnerCredit[]; nextCursor: string | null }>> {
  if (partner.kind !== 'bank') return notABank
  const rows = await deps.db.read((q) => queuedCreditsOf(q, partner.id, timeCursor(query.cursor), query.limit + 1))
  const page = pageOf(rows, query.limit, (last) => `${last.queuedAt ?? ''}|${last.id}`)
  await recordAudit(deps, deps.clock.now(), partnerActor(partner, requestId), { action: 'card.partnerListCredits', kind: 'read', objectType: 'partner', objectId: partner.id })
  return ok({
    items: page.rows.map((row) => {
      if (row.reference === null || row.queuedAt === null) throw new Error(`Payment ${row.id} is queued without a reference or a time`)
      return {
        reference: row.reference,
        cardNumber: deps.sealer.open(row.cardNumberEnc),
        holderMaskedName: row.nameEnc === null ? '' : maskName(deps.sealer.open(row.nameEnc)),
        amountFen: row.amountFen,
        source: row.source,
        period: row.period,
        queuedAt: row.queuedAt,
      }
    }),
    nextCursor: page.nextCursor,
  })
}

/**
 * Up to 100 confirmations in one transaction: a batch that fails part-way moves nothing, and the
 * same batch sent again moves each payment once (those settled before count as alreadyConfirmed).
 */
export async function partnerConfirmCredits(deps: ServiceDeps, requestId: string, partner: PartnerCaller, body: CreditConfirmations): Promise<Result<CreditResult>> {
  if (partner.kind !== 'bank') return notABank
  const now = deps.clock.now()
  const lines = body.confirmations.map((confirmation) => ({ line: null, confirmation }))
  return ok(await inBankWork(deps, (tx, trail) => settleLines(tx, deps, now, { partner, requestId, action: 'card.partnerConfirmCredits', file: null, trail }, lines, [])))
}

/**
 * The bank's file: the same bytes again answer their first result and move nothing; otherwise
 * every line that reads is settled, every one that does not is refused by its line, and the file
 * is kept with its result, all in one transaction. Two uploads of the same file at once: the
 * second waits for the first and answers its result.
 */
export async function partnerUploadCreditFile(deps: ServiceDeps, requestId: string, partner: PartnerCaller, file: UploadedFile): Promise<Result<CreditResult>> {
  if (partner.kind !== 'bank') return notABank
  const now = deps.clock.now()
  const digest = sha256(file.bytes)
  const action = 'card.partnerUploadCreditFile'
  const replayOf = (row: CreditFileRow): CreditResult => ({ ...CreditConfirmationResult.parse(row.result), replayed: true })
  const fileAudit: AuditEntry = { action, kind: 'write', objectType: 'card_credit_file' }
  const sentBefore = await deps.db.read((q) => creditFileOf(q, partner.id, digest))
  if (sentBefore) {
    await recordAudit(deps, now, partnerActor(partner, requestId), { ...fileAudit, objectId: sentBefore.id })
    return ok(replayOf(sentBefore))
  }
  const parsed = parseCreditFile(file.bytes)
  if (!parsed.ok) {
    const { line, key } = parsed.error
    return fail('validation_failed', { errors: [{ path: line === 0 ? 'file' : `file.line.${line}`, key }], detail: 'The file was not read: no line of it moved anything' })
  }
  try {
    return ok(
      await inBankWork(deps, async (tx, trail) => {
        await lockCreditFile(tx, partner.id, digest)
        // Looked at again under the lock: an upload of the same file that held it has committed by now.
        const sent = await creditFileOf(tx, partner.id, digest)
        if (sent) {
          trail.add(now, partnerActor(partner, requestId), { ...fileAudit, objectId: sent.id })
          return replayOf(sent)
        }
        const fileId = newId(deps.random, now.getTime())
        const result = await settleLines(tx, deps, now, { partner, requestId, action, trail, file: { id: fileId, name: file.name, sha256: digest } }, parsed.lines, parsed.unreadable)
        trail.add(now, partnerActor(partner, requestId), { ...fileAudit, objectId: fileId })
        return result
      }),
    )
  } catch (error) {
    // The same file reached the table some other way meanwhile: the unique index let one in, and this one moved nothing.
    if (!isUniqueViolation(error)) throw error
    const first = await deps.db.read((q) => creditFileOf(q, partner.id, digest))
    if (!first) throw error
    await recordAudit(deps, now, partnerActor(partner, requestId), { ...fileAudit, objectId: first.id })
    return ok(replayOf(first))
  }
}

/** Where the audit rows of a unit of work are noted, the ledger's with ours. */
type Trail = AuditSink

/** A unit of work of the bank's, its audit rows (the ledger's and ours) appended last: appending holds the head of the chain until the commit. */
async function inBankWork<T>(deps: ServiceDeps, work: (tx: Tx, trail: Trail) => Promise<T>): Promise<T> {
  return deps.db.transaction(async (tx) => {
    const noted: Parameters<Trail['add']>[] = []
    const result = await work(tx, { add: (...entry) => noted.push(entry) })
    await appendAuditRows(tx, noted)
    return result
  })
}

interface Batch {
  readonly partner: PartnerCaller
  readonly requestId: string
  readonly action: string
  readonly trail: Trail
  /** The file, when the batch is one: its row is written with the result, before the refusals that name it. */
  readonly file: { readonly id: string; readonly name: string; readonly sha256: string } | null
}

type Line = { readonly line: number | null; readonly confirmation: CreditConfirmation }

const refusals: ReadonlySet<SettleOutcome> = new Set<SettleOutcome>(['unknown_reference', 'amount_mismatch', 'conflict'])

/**
 * Settles each line, counts what moved, and keeps every refusal. Lines are settled in the order of
 * their references, whatever the order sent: two batches that share payments lock them in the same
 * order, and neither waits for the other forever. What is answered keeps the order sent.
 */
async function settleLines(tx: Tx, deps: ServiceDeps, now: Date, batch: Batch, lines: readonly (Line | CreditFileLine)[], unreadable: readonly UnreadableLine[]): Promise<CreditResult> {
  const { partner, requestId, trail } = batch
  const at = now.toISOString()
  const actor = partnerActor(partner, requestId)
  const order = lines.map((_, index) => index).sort((a, b) => compare(lines[a]?.confirmation.reference ?? '', lines[b]?.confirmation.reference ?? ''))
  const outcomes = new Map<number, Awaited<ReturnType<typeof settleCardPayment>>>()
  for (const index of order) {
    const line = lines[index]
    if (!line) continue
    outcomes.set(index, await settleCardPayment(tx, deps, now, partner.id, line.confirmation, { actor: { requestId, actorUserId: actor.actorUserId, viaGrantId: null }, audit: trail }))
  }

  const counts = { credited: 0, returned: 0, held: 0, alreadyConfirmed: 0 }
  const refused: (Refused & { exception: CreditExceptionRow })[] = []
  const exception = (line: number | null, reference: string, why: CreditRefusal, bankAmountFen: number | null, paymentId: string | null, regionCode: string | null): CreditExceptionRow => ({
    id: newId(deps.random, now.getTime()),
    partnerId: partner.id,
    fileId: batch.file?.id ?? null,
    line,
    reference,
    why,
    bankAmountFen,
    paymentId,
    regionCode,
    at,
  })
  lines.forEach((line, index) => {
    const settled = outcomes.get(index)
    if (!settled) return
    const { outcome, paymentId, regionCode } = settled
    if (outcome === 'credited' || outcome === 'returned' || outcome === 'held') counts[outcome] += 1
    else if (outcome === 'already_confirmed') counts.alreadyConfirmed += 1
    else if (refusals.has(outcome)) {
      const { reference, amountFen } = line.confirmation
      refused.push({ line: line.line, reference, why: outcome, exception: exception(line.line, reference, outcome, amountFen, paymentId, regionCode) })
    }
  })
  for (const line of unreadable) refused.push({ line: line.line, reference: line.reference, why: 'unreadable', exception: exception(line.line, line.reference, 'unreadable', null, null, null) })
  refused.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))

  const result: CreditResult = { ...counts, refused: refused.map(({ line, reference, why }) => ({ line, reference, why })), replayed: false }
  if (batch.file) {
    await insertCreditFile(tx, { id: batch.file.id, partnerId: partner.id, sha256: batch.file.sha256, fileName: batch.file.name, result, receivedAt: at })
  }
  await insertCreditExceptions(tx, refused.map((item) => item.exception))

  // Every line on record: about her when the payment is hers, else as the refusal kept.
  const holders = await holdersOf(tx, [...outcomes.values()].flatMap((settled) => (settled.paymentId ? [settled.paymentId] : [])))
  lines.forEach((_, index) => {
    const paymentId = outcomes.get(index)?.paymentId ?? null
    const holder = paymentId === null ? undefined : holders.get(paymentId)
    if (paymentId !== null && holder !== undefined) trail.add(now, { ...actor, subjectUserId: holder }, { action: batch.action, kind: 'write', objectType: 'card_payment', objectId: paymentId })
  })
  for (const item of refused) {
    if (item.exception.paymentId === null) trail.add(now, actor, { action: batch.action, kind: 'write', objectType: 'card_credit_exception', objectId: item.exception.id })
  }
  return result
}

/** Code-unit order: the same on every machine and in every locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
