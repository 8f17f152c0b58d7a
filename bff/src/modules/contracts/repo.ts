import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm'
import type { ContractSigner, ContractStatus } from '@renshe/shared/contracts/schemas'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import {
  caseCounters,
  contractDocuments,
  contractEndings,
  contractEvents,
  contractNotices,
  contractSignatures,
  employers,
  jobApplications,
  jobPosts,
  labourContracts,
  payrollLines,
  projects,
  realNames,
  users,
} from '../../db/schema'

export type ContractRow = typeof labourContracts.$inferSelect
export type SignatureRow = typeof contractSignatures.$inferSelect
export type ContractEventRow = typeof contractEvents.$inferSelect
export type DocumentRow = typeof contractDocuments.$inferSelect
export type NoticeRow = typeof contractNotices.$inferSelect
export type EndingRow = typeof contractEndings.$inferSelect
type EmployerRow = typeof employers.$inferSelect

const always = sql`1 = 1`

// ——— who the worker may see ———

/**
 * The one rule of what a worker sees (decision 073): a contract the employer has signed. Drafts,
 * and drafts withdrawn before the employer signed, were never put to her and do not exist for her;
 * once signed by the employer, it stays hers to read whatever happens next.
 */
function employerHasSigned(contractId: SQL | typeof labourContracts.id): SQL {
  return sql`exists (select 1 from ${contractSignatures} where ${contractSignatures.contractId} = ${contractId} and ${contractSignatures.signer} = 'employer' and ${contractSignatures.signedAt} is not null)`
}

// ——— contracts ———

export async function contractById(q: Query, id: string): Promise<ContractRow | undefined> {
  const [row] = await q.select().from(labourContracts).where(eq(labourContracts.id, id))
  return row
}

/** The contract if it is the worker's of this ID number's index and put to her already (`employerHasSigned`). */
export async function contractOfWorker(q: Query, id: string, workerIdNumberIndex: string): Promise<ContractRow | undefined> {
  const [row] = await q
    .select()
    .from(labourContracts)
    .where(and(eq(labourContracts.id, id), eq(labourContracts.workerIdNumberIndex, workerIdNumberIndex), employerHasSigned(labourContracts.id)))
  return row
}

/** The contract, locked until the transaction ends: of two acts at once, the second reads it as the first left it. */
export async function lockedContractById(tx: Tx, id: string): Promise<ContractRow | undefined> {
  const [row] = await forUpdate(tx.select().from(labourContracts).where(eq(labourContracts.id, id)))
  return row
}

export async function insertContract(tx: Tx, row: ContractRow): Promise<void> {
  await tx.insert(labourContracts).values(row)
}

/** Changes a contract only if it is still as it was read (status and version): of two acts at once, the second changes nothing. */
export async function updateContractFrom(
  tx: Tx,
  from: Pick<ContractRow, 'id' | 'status' | 'version'>,
  changes: Partial<Omit<ContractRow, 'id' | 'contractNumber' | 'employerId' | 'createdByUserId' | 'createdAt'>>,
): Promise<boolean> {
  const updated = await tx
    .update(labourContracts)
    .set(changes)
    .where(and(eq(labourContracts.id, from.id), eq(labourContracts.status, from.status), eq(labourContracts.version, from.version)))
    .returning({ id: labourContracts.id })
  return updated.length > 0
}

export interface ListCursor {
  readonly at: string
  readonly id: string
}

/**
 * The contracts of these organisations, and those put to the worker of this index, newest change
 * first; `limit` rows after the cursor.
 */
export async function contractsOf(
  q: Query,
  who: { readonly employerIds: readonly string[]; readonly workerIdNumberIndex: string | null },
  after: ListCursor | null,
  limit: number,
): Promise<ContractRow[]> {
  const mine: SQL[] = []
  if (who.employerIds.length > 0) mine.push(inArray(labourContracts.employerId, [...who.employerIds]))
  if (who.workerIdNumberIndex !== null) mine.push(and(eq(labourContracts.workerIdNumberIndex, who.workerIdNumberIndex), employerHasSigned(labourContracts.id)) ?? always)
  if (mine.length === 0) return []
  const conditions: SQL[] = [or(...mine) ?? always]
  if (after) {
    conditions.push(or(lt(labourContracts.updatedAt, after.at), and(eq(labourContracts.updatedAt, after.at), lt(labourContracts.id, after.id))) ?? always)
  }
  return q
    .select()
    .from(labourContracts)
    .where(and(...conditions))
    .orderBy(desc(labourContracts.updatedAt), desc(labourContracts.id))
    .limit(limit)
}

/** How many contracts are at `status` for these organisations or this worker's index, and the id when just one. */
export async function countAt(
  q: Query,
  who: { readonly employerIds: readonly string[]; readonly workerIdNumberIndex: string | null },
  status: ContractStatus,
): Promise<{ count: number; onlyId: string | null }> {
  const mine: SQL[] = []
  if (who.employerIds.length > 0) mine.push(inArray(labourContracts.employerId, [...who.employerIds]))
  if (who.workerIdNumberIndex !== null) mine.push(and(eq(labourContracts.workerIdNumberIndex, who.workerIdNumberIndex), employerHasSigned(labourContracts.id)) ?? always)
  if (mine.length === 0) return { count: 0, onlyId: null }
  const rows = await q
    .select({ id: labourContracts.id })
    .from(labourContracts)
    .where(and(or(...mine), eq(labourContracts.status, status)))
    .orderBy(desc(labourContracts.updatedAt))
    .limit(2)
  if (rows.length < 2) return { count: rows.length, onlyId: rows[0]?.id ?? null }
  const [total] = await q
    .select({ count: sql<number>`count(*)` })
    .from(labourContracts)
    .where(and(or(...mine), eq(labourContracts.status, status)))
  return { count: Number(total?.count ?? 0), onlyId: null }
}

/**
 * The fixed-term contracts in a row the employer has signed with the worker of this index, up to
 * and including `upTo` (by start day): counted back from it until a contract of another kind.
 */
export async function consecutiveFixedTerms(q: Query, employerId: string, workerIdNumberIndex: string, upTo: string): Promise<number> {
  const rows = await q
    .select({ kind: labourContracts.kind })
    .from(labourContracts)
    .where(
      and(
        eq(labourContracts.employerId, employerId),
        eq(labourContracts.workerIdNumberIndex, workerIdNumberIndex),
        inArray(labourContracts.status, ['signed', 'ended'] satisfies ContractStatus[]),
        lte(labourContracts.startsOn, upTo),
      ),
    )
    .orderBy(desc(labourContracts.startsOn))
  const other = rows.findIndex((row) => row.kind !== 'fixed_term')
  return other === -1 ? rows.length : other
}

// ——— contract numbers ———

/**
 * The next serial of the county's contracts of the year: one atomic upsert on the portal's case
 * counters, under a key of its own (`HT` and the county), never shared with complaints or
 * arbitrations.
 */
export async function nextContractSerial(tx: Tx, regionCode: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(caseCounters)
    .values({ regionCode: `HT${regionCode}`, year, last: 1 })
    .onConflictDoUpdate({ target: [caseCounters.regionCode, caseCounters.year], set: { last: sql`${caseCounters.last} + 1` } })
    .returning({ last: caseCounters.last })
  if (!row) throw new Error('contract counter did not return a number')
  return row.last
}

// ——— signatures ———

export async function insertSignature(tx: Tx, row: SignatureRow): Promise<void> {
  await tx.insert(contractSignatures).values(row)
}

export async function signatureById(q: Query, id: string): Promise<SignatureRow | undefined> {
  const [row] = await q.select().from(contractSignatures).where(eq(contractSignatures.id, id))
  return row
}

/**
 * Marks the attempt signed, once. A second signature of the same side (another attempt signed
 * at the same moment) is refused by the unique index `contract_signatures_one`.
 */
export async function markSigned(tx: Tx, id: string, signedAt: string): Promise<boolean> {
  const updated = await tx
    .update(contractSignatures)
    .set({ signedAt })
    .where(and(eq(contractSignatures.id, id), isNull(contractSignatures.signedAt)))
    .returning({ id: contractSignatures.id })
  return updated.length > 0
}

/** The signatures made, in the order they were made. */
export function signaturesOf(q: Query, contractId: string): Promise<SignatureRow[]> {
  return q
    .select()
    .from(contractSignatures)
    .where(and(eq(contractSignatures.contractId, contractId), isNotNull(contractSignatures.signedAt)))
    .orderBy(asc(contractSignatures.signedAt), asc(contractSignatures.id))
}

/** When each side signed: what the public check may tell of the signatures. */
export async function signingTimesOf(q: Query, contractId: string): Promise<{ signer: ContractSigner; signedAt: string }[]> {
  const rows = await q
    .select({ signer: contractSignatures.signer, signedAt: contractSignatures.signedAt })
    .from(contractSignatures)
    .where(and(eq(contractSignatures.contractId, contractId), isNotNull(contractSignatures.signedAt)))
    .orderBy(asc(contractSignatures.signedAt), asc(contractSignatures.id))
  return rows.flatMap((row) => (row.signedAt === null ? [] : [{ signer: row.signer, signedAt: row.signedAt }]))
}

export async function signatureOf(q: Query, contractId: string, signer: ContractSigner): Promise<SignatureRow | undefined> {
  const [row] = await q
    .select()
    .from(contractSignatures)
    .where(and(eq(contractSignatures.contractId, contractId), eq(contractSignatures.signer, signer), isNotNull(contractSignatures.signedAt)))
  return row
}

// ——— events ———

export async function insertContractEvent(tx: Tx, row: ContractEventRow): Promise<void> {
  await tx.insert(contractEvents).values(row)
}

/** The evidence chain, oldest first; events of one instant by id (random): `view.ts` orders them by kind. */
export function eventsOfContract(q: Query, contractId: string): Promise<ContractEventRow[]> {
  return q.select().from(contractEvents).where(eq(contractEvents.contractId, contractId)).orderBy(asc(contractEvents.at), asc(contractEvents.id))
}

// ——— documents ———

export async function insertDocument(tx: Tx, row: DocumentRow): Promise<void> {
  await tx.insert(contractDocuments).values(row)
}

/** The document's facts without the PDF: what a view shows. */
export async function documentFactsOf(q: Query, contractId: string): Promise<Omit<DocumentRow, 'pdfEnc'> | undefined> {
  const [row] = await q
    .select({
      contractId: contractDocuments.contractId,
      sha256: contractDocuments.sha256,
      size: contractDocuments.size,
      timestamp: contractDocuments.timestamp,
      timestampedAt: contractDocuments.timestampedAt,
    })
    .from(contractDocuments)
    .where(eq(contractDocuments.contractId, contractId))
  return row
}

export async function documentOf(q: Query, contractId: string): Promise<DocumentRow | undefined> {
  const [row] = await q.select().from(contractDocuments).where(eq(contractDocuments.contractId, contractId))
  return row
}

/** What the public check may learn of a document found by its hash: never the PDF, nor anything of the worker. */
export interface PublicDocumentFacts {
  readonly contractId: string
  readonly sha256: string
  readonly timestamp: DocumentRow['timestamp']
  readonly timestampedAt: string
  readonly contractNumber: string
  readonly kind: ContractRow['kind']
  readonly status: ContractStatus
  readonly employerName: string
  readonly workerUserId: string | null
  /** The signed contract, or the certificate of its ending (whose number is the contract's with `-ZM`). */
  readonly documentKind: 'contract' | 'ending_certificate'
}

const publicFacts = {
  contractId: contractDocuments.contractId,
  sha256: contractDocuments.sha256,
  timestamp: contractDocuments.timestamp,
  timestampedAt: contractDocuments.timestampedAt,
  contractNumber: labourContracts.contractNumber,
  kind: labourContracts.kind,
  status: labourContracts.status,
  employerName: labourContracts.employerName,
  workerUserId: labourContracts.workerUserId,
}

const certificateFacts = {
  contractId: contractEndings.contractId,
  sha256: contractEndings.sha256,
  timestamp: contractEndings.timestamp,
  timestampedAt: contractEndings.timestampedAt,
  contractNumber: contractEndings.certificateNumber,
  kind: labourContracts.kind,
  status: labourContracts.status,
  employerName: labourContracts.employerName,
  workerUserId: labourContracts.workerUserId,
}

/** A signed contract's file, else a certificate of ending, by its SHA-256. */
export async function documentBySha256(q: Query, sha256: string): Promise<PublicDocumentFacts | undefined> {
  const [row] = await q.select(publicFacts).from(contractDocuments).innerJoin(labourContracts, eq(labourContracts.id, contractDocuments.contractId)).where(eq(contractDocuments.sha256, sha256))
  if (row) return { ...row, documentKind: 'contract' }
  const [certificate] = await q.select(certificateFacts).from(contractEndings).innerJoin(labourContracts, eq(labourContracts.id, contractEndings.contractId)).where(eq(contractEndings.sha256, sha256))
  return certificate && { ...certificate, documentKind: 'ending_certificate' }
}

/** A signed contract's file, else a certificate of ending, by the number a file claims. */
export async function documentByContractNumber(q: Query, contractNumber: string): Promise<PublicDocumentFacts | undefined> {
  const [row] = await q
    .select(publicFacts)
    .from(contractDocuments)
    .innerJoin(labourContracts, eq(labourContracts.id, contractDocuments.contractId))
    .where(eq(labourContracts.contractNumber, contractNumber))
  if (row) return { ...row, documentKind: 'contract' }
  const [certificate] = await q
    .select(certificateFacts)
    .from(contractEndings)
    .innerJoin(labourContracts, eq(labourContracts.id, contractEndings.contractId))
    .where(eq(contractEndings.certificateNumber, contractNumber))
  return certificate && { ...certificate, documentKind: 'ending_certificate' }
}

// ——— endings ———

/** Records the ending, once: false when the contract has one already (another ending at the same moment). */
export async function insertEndingOnce(tx: Tx, row: EndingRow): Promise<boolean> {
  const inserted = await tx.insert(contractEndings).values(row).onConflictDoNothing({ target: contractEndings.contractId }).returning({ id: contractEndings.contractId })
  return inserted.length > 0
}

/** The ending's facts without the certificate's PDF: what a view shows. */
export async function endingFactsOf(q: Query, contractId: string): Promise<Omit<EndingRow, 'pdfEnc'> | undefined> {
  const [row] = await q
    .select({
      contractId: contractEndings.contractId,
      ground: contractEndings.ground,
      lastDay: contractEndings.lastDay,
      reasonEnc: contractEndings.reasonEnc,
      byUserId: contractEndings.byUserId,
      recordedAt: contractEndings.recordedAt,
      certificateNumber: contractEndings.certificateNumber,
      sha256: contractEndings.sha256,
      size: contractEndings.size,
      timestamp: contractEndings.timestamp,
      timestampedAt: contractEndings.timestampedAt,
    })
    .from(contractEndings)
    .where(eq(contractEndings.contractId, contractId))
  return row
}

export async function endingOf(q: Query, contractId: string): Promise<EndingRow | undefined> {
  const [row] = await q.select().from(contractEndings).where(eq(contractEndings.contractId, contractId))
  return row
}

// ——— people and organisations ———

/** The organisations an employer account speaks for (normally one), oldest first. */
export function employersOfUser(q: Query, userId: string): Promise<EmployerRow[]> {
  return q.select().from(employers).where(eq(employers.userId, userId)).orderBy(asc(employers.createdAt), asc(employers.id))
}

export async function employerById(q: Query, id: string): Promise<EmployerRow | undefined> {
  const [row] = await q.select().from(employers).where(eq(employers.id, id))
  return row
}

export interface BoundRealName {
  readonly userId: string
  readonly nameEnc: string
  readonly idNumberEnc: string
  readonly idNumberIndex: string
}

const bound = { userId: realNames.userId, nameEnc: realNames.nameEnc, idNumberEnc: realNames.idNumberEnc, idNumberIndex: realNames.idNumberIndex }

/** The real name an account has bound, sealed. */
export async function realNameOf(q: Query, userId: string): Promise<BoundRealName | undefined> {
  const [row] = await q.select(bound).from(realNames).where(eq(realNames.userId, userId))
  return row
}

/** The account that binds this ID number, if any: the worker's, once she has one. */
export async function accountOfIdNumber(q: Query, idNumberIndex: string): Promise<string | null> {
  const [row] = await q.select({ userId: realNames.userId }).from(realNames).where(eq(realNames.idNumberIndex, idNumberIndex))
  return row?.userId ?? null
}

/** The sealed WeChat openid of an account (null for development logins): WeChat's face check runs in it. */
export async function sealedOpenidOf(q: Query, userId: string): Promise<string | null> {
  const [row] = await q.select({ openid: users.wechatOpenidEnc }).from(users).where(eq(users.id, userId))
  return row?.openid ?? null
}

// ——— workers without a written contract ———

/** A worker on an employer's payroll, by the index of her ID number, with the first month she was on it. */
export interface PayrollStart {
  readonly employerId: string
  readonly employerName: string
  readonly workerIdNumberIndex: string
  readonly workerUserId: string
  readonly firstMonth: string
}

export interface StartCursor {
  readonly employerId: string
  readonly workerIdNumberIndex: string
}

/**
 * Workers whose first month on an employer's payroll is `lastFirstMonth` or earlier, who have an
 * account binding their ID number, who have not been told yet about that employer, and who have
 * no contract signed with it; by employer and index, `limit` after the cursor.
 */
export async function startsWithoutContract(q: Query, lastFirstMonth: string, after: StartCursor | null, limit: number): Promise<PayrollStart[]> {
  const firstMonth = sql<string>`min(${payrollLines.month})`
  const conditions: SQL[] = [
    sql`not exists (select 1 from ${contractNotices} where ${contractNotices.employerId} = ${projects.employerId} and ${contractNotices.workerIdNumberIndex} = ${payrollLines.idNumberIndex})`,
    sql`not exists (select 1 from ${labourContracts} where ${labourContracts.employerId} = ${projects.employerId} and ${labourContracts.workerIdNumberIndex} = ${payrollLines.idNumberIndex} and ${labourContracts.status} in ('signed', 'ended'))`,
  ]
  if (after) {
    conditions.push(
      or(gt(projects.employerId, after.employerId), and(eq(projects.employerId, after.employerId), gt(payrollLines.idNumberIndex, after.workerIdNumberIndex))) ?? always,
    )
  }
  const rows = await q
    .select({
      employerId: projects.employerId,
      employerName: employers.name,
      workerIdNumberIndex: payrollLines.idNumberIndex,
      workerUserId: realNames.userId,
      firstMonth,
    })
    .from(payrollLines)
    .innerJoin(projects, eq(projects.id, payrollLines.projectId))
    .innerJoin(employers, eq(employers.id, projects.employerId))
    .innerJoin(realNames, eq(realNames.idNumberIndex, payrollLines.idNumberIndex))
    .where(and(...conditions))
    .groupBy(projects.employerId, employers.name, payrollLines.idNumberIndex, realNames.userId)
    .having(lte(firstMonth, lastFirstMonth))
    .orderBy(asc(projects.employerId), asc(payrollLines.idNumberIndex))
    .limit(limit)
  return rows
}

/** A worker hired through the jobs module to a full-time post, with the day she started. */
export interface HireStart {
  readonly employerId: string
  readonly employerName: string
  readonly workerIdNumberIndex: string
  readonly workerUserId: string
  readonly startedOn: string
}

/**
 * Workers the jobs module records as hired by an employer to a full-time post (decision 052) who
 * started on `lastStartDay` or earlier — the later of the post's start day and the day she was
 * hired, the earliest such hire with that employer — who have not been told yet about that
 * employer and have no contract signed with it; by employer and index, `limit` after the cursor.
 * Part-time work may rest on an oral agreement (art. 69) and a day job is not a labour contract
 * to be written, so only full-time posts count.
 */
export async function hiresWithoutContract(q: Query, lastStartDay: string, after: StartCursor | null, limit: number): Promise<HireStart[]> {
  const hiredOn = sql<string>`substr(${jobApplications.hiredAt}, 1, 10)`
  const startedOn = sql<string>`min(case when ${jobPosts.startDate} > ${hiredOn} then ${jobPosts.startDate} else ${hiredOn} end)`
  const conditions: SQL[] = [
    eq(jobApplications.status, 'hired'),
    isNotNull(jobApplications.hiredAt),
    eq(jobPosts.kind, 'full_time'),
    sql`not exists (select 1 from ${contractNotices} where ${contractNotices.employerId} = ${jobApplications.organisationId} and ${contractNotices.workerIdNumberIndex} = ${realNames.idNumberIndex})`,
    sql`not exists (select 1 from ${labourContracts} where ${labourContracts.employerId} = ${jobApplications.organisationId} and ${labourContracts.workerIdNumberIndex} = ${realNames.idNumberIndex} and ${labourContracts.status} in ('signed', 'ended'))`,
  ]
  if (after) {
    conditions.push(
      or(gt(jobApplications.organisationId, after.employerId), and(eq(jobApplications.organisationId, after.employerId), gt(realNames.idNumberIndex, after.workerIdNumberIndex))) ?? always,
    )
  }
  return q
    .select({
      employerId: jobApplications.organisationId,
      employerName: employers.name,
      workerIdNumberIndex: realNames.idNumberIndex,
      workerUserId: realNames.userId,
      startedOn,
    })
    .from(jobApplications)
    .innerJoin(jobPosts, eq(jobPosts.id, jobApplications.postId))
    .innerJoin(employers, eq(employers.id, jobApplications.organisationId))
    .innerJoin(realNames, eq(realNames.userId, jobApplications.seekerUserId))
    .where(and(...conditions))
    .groupBy(jobApplications.organisationId, employers.name, realNames.idNumberIndex, realNames.userId)
    .having(lte(startedOn, lastStartDay))
    .orderBy(asc(jobApplications.organisationId), asc(realNames.idNumberIndex))
    .limit(limit)
}

/** Whether a contract with this employer is signed by the worker of this index. */
export async function hasSignedContract(q: Query, employerId: string, workerIdNumberIndex: string): Promise<boolean> {
  const [row] = await q
    .select({ id: labourContracts.id })
    .from(labourContracts)
    .where(
      and(
        eq(labourContracts.employerId, employerId),
        eq(labourContracts.workerIdNumberIndex, workerIdNumberIndex),
        inArray(labourContracts.status, ['signed', 'ended'] satisfies ContractStatus[]),
      ),
    )
    .limit(1)
  return row !== undefined
}

/** Records that the worker was told, once: false when she was told already (by this run or another at once). */
export async function insertNoticeOnce(tx: Tx, row: NoticeRow): Promise<boolean> {
  const inserted = await tx
    .insert(contractNotices)
    .values(row)
    .onConflictDoNothing({ target: [contractNotices.employerId, contractNotices.workerIdNumberIndex] })
    .returning({ employerId: contractNotices.employerId })
  return inserted.length > 0
}
