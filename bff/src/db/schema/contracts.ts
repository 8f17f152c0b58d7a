import { sql } from 'drizzle-orm'
import type { EndingGround } from '@renshe/shared/contracts/ending'
import type { ContractEventKind, ContractKind, ContractSigner, ContractStatus } from '@renshe/shared/contracts/schemas'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'
import type { WagesTables } from './wages'

/** A timestamp statement as issued (decision 073): kept whole, so anyone can check it again. */
export interface StoredTimestamp {
  readonly token: Record<string, unknown>
  readonly signature: string
}

export function contractsTables(d: Dialect, { users, employers }: { users: IdentityTables['users']; employers: WagesTables['employers'] }) {
  /**
   * A labour contract (issue 15, part 1; decision 073). The worker is named by the employer with
   * her name and ID number (sealed, with a blind index); her account is the one that binds that
   * number, found when she reads her contracts, so an employer never learns whether she has one.
   * The terms are sealed whole (her wage). The document row holds the signed PDF.
   */
  const labourContracts = d.table(
    'labour_contracts',
    {
      id: d.text('id').primaryKey(),
      contractNumber: d.text('contract_number').notNull(),
      kind: d.text('kind').$type<ContractKind>().notNull(),
      status: d.text('status').$type<ContractStatus>().notNull(),
      employerId: d.text('employer_id')
        .notNull()
        .references(() => employers.id),
      employerName: d.text('employer_name').notNull(),
      employerCreditCode: d.text('employer_credit_code').notNull(),
      createdByUserId: d.text('created_by_user_id')
        .notNull()
        .references(() => users.id),
      workerNameEnc: d.text('worker_name_enc').notNull(),
      workerIdNumberEnc: d.text('worker_id_number_enc').notNull(),
      workerIdNumberIndex: d.text('worker_id_number_index').notNull(),
      /** The worker's account once she has signed (the index finds her before). */
      workerUserId: d.text('worker_user_id').references(() => users.id),
      regionCode: d.text('region_code').notNull(),
      termsEnc: d.text('terms_enc').notNull(),
      /** Public enough for the lists: the position, and the days that bound the contract. */
      position: d.text('position').notNull(),
      startsOn: d.text('starts_on').notNull(),
      endsOn: d.text('ends_on'),
      /** Raised by each change of the draft: a reading or a signature is of one version. */
      version: d.integer('version').notNull(),
      /** The worker read the whole text of this version. */
      readVersion: d.integer('read_version'),
      endedOn: d.text('ended_on'),
      keepUntil: d.text('keep_until'),
      createdAt: d.text('created_at').notNull(),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('labour_contracts_number').on(t.contractNumber),
      d.index('labour_contracts_employer').on(t.employerId, t.updatedAt),
      d.index('labour_contracts_worker_id').on(t.workerIdNumberIndex, t.updatedAt),
    ],
  )

  /**
   * A signature: who signed for which side, after which identity check (the provider's session,
   * sealed, is the signer's own and never shown to the other side). For the employer, the name and
   * ID number of its authorised person, sealed.
   */
  const contractSignatures = d.table(
    'contract_signatures',
    {
      id: d.text('id').primaryKey(),
      contractId: d.text('contract_id')
        .notNull()
        .references(() => labourContracts.id),
      signer: d.text('signer').$type<ContractSigner>().notNull(),
      userId: d.text('user_id')
        .notNull()
        .references(() => users.id),
      signatoryNameEnc: d.text('signatory_name_enc').notNull(),
      signatoryIdNumberEnc: d.text('signatory_id_number_enc').notNull(),
      /** The identity check: its attempt, the provider's session (sealed), the provider, and when it passed. */
      verifyIdEnc: d.text('verify_id_enc').notNull(),
      provider: d.text('provider').$type<'wechat' | 'development'>().notNull(),
      version: d.integer('version').notNull(),
      startedAt: d.text('started_at').notNull(),
      /** Null while the check is open; set once when the signature is made. */
      signedAt: d.text('signed_at'),
      deviceEnc: d.text('device_enc'),
    },
    (t) => [
      d.index('contract_signatures_contract').on(t.contractId, t.signer),
      // One signature a side: two signings at once cannot both count.
      d.uniqueIndex('contract_signatures_one').on(t.contractId, t.signer).where(sql`${t.signedAt} is not null`),
    ],
  )

  /** The evidence chain: each view, check, signature, timestamp and download, with the device (sealed). */
  const contractEvents = d.table(
    'contract_events',
    {
      id: d.text('id').primaryKey(),
      contractId: d.text('contract_id')
        .notNull()
        .references(() => labourContracts.id),
      kind: d.text('kind').$type<ContractEventKind>().notNull(),
      at: d.text('at').notNull(),
      byParty: d.text('by_party').$type<ContractSigner | 'system'>().notNull(),
      byUserId: d.text('by_user_id').references(() => users.id),
      deviceEnc: d.text('device_enc'),
      detailEnc: d.text('detail_enc'),
    },
    (t) => [d.index('contract_events_contract').on(t.contractId, t.at)],
  )

  /**
   * The signed PDF, sealed, with its SHA-256 (found by the public check) and the portal's
   * timestamp statement over it.
   */
  const contractDocuments = d.table(
    'contract_documents',
    {
      contractId: d.text('contract_id')
        .primaryKey()
        .references(() => labourContracts.id),
      sha256: d.text('sha256').notNull(),
      size: d.integer('size').notNull(),
      pdfEnc: d.bytes('pdf_enc').notNull(),
      timestamp: d.json('timestamp').$type<StoredTimestamp>().notNull(),
      timestampedAt: d.text('timestamped_at').notNull(),
    },
    (t) => [d.uniqueIndex('contract_documents_sha256').on(t.sha256)],
  )

  /**
   * A worker told she has no written contract a month after she started (decision 073): once for
   * each employer and worker, by the blind index of her ID number.
   */
  const contractNotices = d.table(
    'contract_notices',
    {
      employerId: d.text('employer_id')
        .notNull()
        .references(() => employers.id),
      workerIdNumberIndex: d.text('worker_id_number_index').notNull(),
      workerUserId: d.text('worker_user_id')
        .notNull()
        .references(() => users.id),
      startedOn: d.text('started_on').notNull(),
      toldAt: d.text('told_at').notNull(),
    },
    (t) => [d.primaryKey({ columns: [t.employerId, t.workerIdNumberIndex] })],
  )

  /**
   * The ending of a signed contract (arts. 36–50; decision 074): once per contract (the
   * key), with its ground, last day and the employer's words (sealed), and the certificate of
   * ending (art. 50) as a sealed PDF with its own number, SHA-256 and timestamp, found by the
   * public check as a contract is.
   */
  const contractEndings = d.table(
    'contract_endings',
    {
      contractId: d.text('contract_id')
        .primaryKey()
        .references(() => labourContracts.id),
      ground: d.text('ground').$type<EndingGround>().notNull(),
      lastDay: d.text('last_day').notNull(),
      reasonEnc: d.text('reason_enc'),
      byUserId: d.text('by_user_id')
        .notNull()
        .references(() => users.id),
      recordedAt: d.text('recorded_at').notNull(),
      certificateNumber: d.text('certificate_number').notNull(),
      sha256: d.text('sha256').notNull(),
      size: d.integer('size').notNull(),
      pdfEnc: d.bytes('pdf_enc').notNull(),
      timestamp: d.json('timestamp').$type<StoredTimestamp>().notNull(),
      timestampedAt: d.text('timestamped_at').notNull(),
    },
    (t) => [d.uniqueIndex('contract_endings_number').on(t.certificateNumber), d.uniqueIndex('contract_endings_sha256').on(t.sha256)],
  )

  return { labourContracts, contractSignatures, contractEvents, contractDocuments, contractNotices, contractEndings }
}
