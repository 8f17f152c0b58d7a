import type { CertificatePurpose, ContributionPayer, InsuranceType } from '@renshe/shared/records/schemas'
import type { Dialect } from './dialect'

export function recordsTables(d: Dialect) {
  /** People insured in the province's social-insurance system, found by their ID number's blind index. */
  const insuredPersons = d.table(
    'insured_persons',
    {
      id: d.text('id').primaryKey(),
      idNumberIndex: d.text('id_number_index').notNull(),
      idNumberEnc: d.text('id_number_enc').notNull(),
      nameEnc: d.text('name_enc').notNull(),
      regionCode: d.text('region_code').notNull(),
      /** First month of drawing a pension, `YYYY-MM`; null while of working age. */
      retiredFrom: d.text('retired_from'),
    },
    (t) => [d.uniqueIndex('insured_persons_id_number').on(t.idNumberIndex)],
  )

  const contributions = d.table(
    'contributions',
    {
      id: d.text('id').primaryKey(),
      personId: d.text('person_id')
        .notNull()
        .references(() => insuredPersons.id),
      month: d.text('month').notNull(),
      type: d.text('type').$type<InsuranceType>().notNull(),
      baseFen: d.integer('base_fen').notNull(),
      personalFen: d.integer('personal_fen').notNull(),
      employerFen: d.integer('employer_fen').notNull(),
      employerName: d.text('employer_name').notNull(),
      /** Who paid the month: an employer, or the person as a flexible worker (decision 051). */
      payer: d.text('payer').$type<ContributionPayer>().notNull().default('employer'),
      regionCode: d.text('region_code').notNull(),
    },
    (t) => [
      d.uniqueIndex('contributions_person_month_type').on(t.personId, t.month, t.type),
      // First and last month of one insurance, found without reading the whole history.
      d.index('contributions_person_type_month').on(t.personId, t.type, t.month),
    ],
  )

  const certificates = d.table(
    'certificates',
    {
      id: d.text('id').primaryKey(),
      personId: d.text('person_id')
        .notNull()
        .references(() => insuredPersons.id),
      holderUserId: d.text('holder_user_id').notNull(),
      issuedByUserId: d.text('issued_by_user_id').notNull(),
      verificationCode: d.text('verification_code').notNull(),
      purpose: d.text('purpose').$type<CertificatePurpose>().notNull(),
      periodFrom: d.text('period_from').notNull(),
      periodTo: d.text('period_to').notNull(),
      /** What the certificate states, frozen at issue: later corrections do not rewrite it. */
      lines: d.json('lines')
        .$type<{ type: InsuranceType; paidMonths: number; firstMonth: string | null; lastMonth: string | null }[]>()
        .notNull(),
      holderMaskedName: d.text('holder_masked_name').notNull(),
      holderMaskedIdNumber: d.text('holder_masked_id_number').notNull(),
      regionCode: d.text('region_code').notNull(),
      issuedAt: d.text('issued_at').notNull(),
      expiresAt: d.text('expires_at').notNull(),
      revokedAt: d.text('revoked_at'),
    },
    (t) => [
      d.uniqueIndex('certificates_code').on(t.verificationCode),
      d.index('certificates_holder').on(t.holderUserId, t.issuedAt),
      d.index('certificates_region').on(t.regionCode, t.issuedAt),
    ],
  )

  return { insuredPersons, contributions, certificates }
}

export type RecordsTables = ReturnType<typeof recordsTables>
