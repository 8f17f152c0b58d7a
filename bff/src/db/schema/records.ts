import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type { CertificatePurpose, InsuranceType } from '@renshe/shared/records/schemas'

/** People insured in the province's social-insurance system, found by their ID number's blind index. */
export const insuredPersons = sqliteTable(
  'insured_persons',
  {
    id: text('id').primaryKey(),
    idNumberIndex: text('id_number_index').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    nameEnc: text('name_enc').notNull(),
    regionCode: text('region_code').notNull(),
    /** First month of drawing a pension, `YYYY-MM`; null while of working age. */
    retiredFrom: text('retired_from'),
  },
  (t) => [uniqueIndex('insured_persons_id_number').on(t.idNumberIndex)],
)

export const contributions = sqliteTable(
  'contributions',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => insuredPersons.id),
    month: text('month').notNull(),
    type: text('type').$type<InsuranceType>().notNull(),
    baseFen: integer('base_fen').notNull(),
    personalFen: integer('personal_fen').notNull(),
    employerFen: integer('employer_fen').notNull(),
    employerName: text('employer_name').notNull(),
    regionCode: text('region_code').notNull(),
  },
  (t) => [
    uniqueIndex('contributions_person_month_type').on(t.personId, t.month, t.type),
    // First and last month of one insurance, found without reading the whole history.
    index('contributions_person_type_month').on(t.personId, t.type, t.month),
  ],
)

export const certificates = sqliteTable(
  'certificates',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => insuredPersons.id),
    holderUserId: text('holder_user_id').notNull(),
    issuedByUserId: text('issued_by_user_id').notNull(),
    verificationCode: text('verification_code').notNull(),
    purpose: text('purpose').$type<CertificatePurpose>().notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    /** What the certificate states, frozen at issue: later corrections do not rewrite it. */
    lines: text('lines', { mode: 'json' })
      .$type<{ type: InsuranceType; paidMonths: number; firstMonth: string | null; lastMonth: string | null }[]>()
      .notNull(),
    holderMaskedName: text('holder_masked_name').notNull(),
    holderMaskedIdNumber: text('holder_masked_id_number').notNull(),
    regionCode: text('region_code').notNull(),
    issuedAt: text('issued_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [
    uniqueIndex('certificates_code').on(t.verificationCode),
    index('certificates_holder').on(t.holderUserId, t.issuedAt),
    index('certificates_region').on(t.regionCode, t.issuedAt),
  ],
)

export type ContributionRecord = typeof contributions.$inferSelect
