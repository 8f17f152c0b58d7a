import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type { CalendarDayKind, CaseEventKind, CaseParty, CaseStatus, EvidenceMime, PayUnit } from '@renshe/shared/wages/schemas'
import { users } from './identity'

/** Organisations a complaint can name; an employer account may speak for one. */
export const employers = sqliteTable(
  'employers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** GB 32100 unified social credit code: public, printed on the business licence. */
    creditCode: text('credit_code').notNull(),
    regionCode: text('region_code').notNull(),
    userId: text('user_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('employers_credit_code').on(t.creditCode), index('employers_user').on(t.userId)],
)

export const projects = sqliteTable(
  'projects',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id),
    name: text('name').notNull(),
    regionCode: text('region_code').notNull(),
    address: text('address').notNull(),
    startMonth: text('start_month').notNull(),
    endMonth: text('end_month'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('projects_employer').on(t.employerId), index('projects_region').on(t.regionCode)],
)

/** One month of a project's payroll, as last imported: the sums the watch looks at. */
export const payrollMonths = sqliteTable(
  'payroll_months',
  {
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id),
    month: text('month').notNull(),
    workers: integer('workers').notNull(),
    dueFen: integer('due_fen').notNull(),
    paidFen: integer('paid_fen').notNull(),
    importId: text('import_id').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.month] })],
)

/** The lines behind the sums; names and ID numbers sealed. A re-import of a month replaces them. */
export const payrollLines = sqliteTable(
  'payroll_lines',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id),
    month: text('month').notNull(),
    importId: text('import_id').notNull(),
    line: integer('line').notNull(),
    nameEnc: text('name_enc').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIndex: text('id_number_index').notNull(),
    dueFen: integer('due_fen').notNull(),
    paidFen: integer('paid_fen').notNull(),
    paidOn: text('paid_on').notNull(),
  },
  (t) => [index('payroll_lines_project_month').on(t.projectId, t.month), index('payroll_lines_person').on(t.idNumberIndex)],
)

export const payrollAlerts = sqliteTable(
  'payroll_alerts',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id),
    month: text('month').notNull(),
    regionCode: text('region_code').notNull(),
    raisedAt: text('raised_at').notNull(),
    resolvedAt: text('resolved_at'),
  },
  (t) => [uniqueIndex('payroll_alerts_project_month').on(t.projectId, t.month), index('payroll_alerts_region').on(t.regionCode, t.resolvedAt)],
)

/** Public holidays and make-up working days; every other date is a weekday or a weekend. */
export const calendarDays = sqliteTable('calendar_days', {
  date: text('date').primaryKey(),
  kind: text('kind').$type<CalendarDayKind>().notNull(),
  name: text('name').notNull(),
})

/** One unsent complaint per person, whoever types it; the form is sealed whole (it holds a phone number). */
export const complaintDrafts = sqliteTable('complaint_drafts', {
  subjectUserId: text('subject_user_id')
    .primaryKey()
    .references(() => users.id),
  draftId: text('draft_id').notNull(),
  step: integer('step').notNull(),
  formEnc: text('form_enc').notNull(),
  updatedByUserId: text('updated_by_user_id').notNull(),
  updatedAt: text('updated_at').notNull(),
})

export const cases = sqliteTable(
  'wage_cases',
  {
    id: text('id').primaryKey(),
    caseNumber: text('case_number').notNull(),
    /** The device's draft id: the same draft sent again finds this case instead of making another. */
    draftId: text('draft_id').notNull(),
    workerUserId: text('worker_user_id')
      .notNull()
      .references(() => users.id),
    filedByUserId: text('filed_by_user_id').notNull(),
    filedByStaffCode: text('filed_by_staff_code'),
    employerId: text('employer_id').references(() => employers.id),
    employerName: text('employer_name').notNull(),
    employerCreditCode: text('employer_credit_code'),
    projectId: text('project_id').references(() => projects.id),
    siteName: text('site_name').notNull(),
    regionCode: text('region_code').notNull(),
    addressEnc: text('address_enc').notNull(),
    fromMonth: text('from_month').notNull(),
    toMonth: text('to_month').notNull(),
    amountFen: integer('amount_fen').notNull(),
    payUnit: text('pay_unit').$type<PayUnit>().notNull(),
    coWorkers: integer('co_workers').notNull(),
    phoneEnc: text('phone_enc').notNull(),
    descriptionEnc: text('description_enc').notNull(),
    status: text('status').$type<CaseStatus>().notNull(),
    submittedAt: text('submitted_at').notNull(),
    submittedOn: text('submitted_on').notNull(),
    acceptBy: text('accept_by').notNull(),
    settleBy: text('settle_by'),
    stageDeadline: text('stage_deadline'),
    extended: integer('extended', { mode: 'boolean' }).notNull(),
    rated: integer('rated', { mode: 'boolean' }).notNull(),
    /** The stage deadline already flagged as missed, so one missed deadline escalates once. */
    overdueDeadline: text('overdue_deadline'),
    handlerUserId: text('handler_user_id'),
    recoveredFen: integer('recovered_fen').notNull(),
    ratingStars: integer('rating_stars'),
    ratingCommentEnc: text('rating_comment_enc'),
    closedAt: text('closed_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('wage_cases_number').on(t.caseNumber),
    uniqueIndex('wage_cases_worker_draft').on(t.workerUserId, t.draftId),
    index('wage_cases_region_deadline').on(t.regionCode, t.status, t.stageDeadline),
    index('wage_cases_employer').on(t.employerId, t.status),
    index('wage_cases_worker').on(t.workerUserId, t.submittedAt),
  ],
)

export const caseEvents = sqliteTable(
  'wage_case_events',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    at: text('at').notNull(),
    kind: text('kind').$type<CaseEventKind>().notNull(),
    by: text('by').$type<CaseParty>().notNull(),
    actorUserId: text('actor_user_id'),
    noteEnc: text('note_enc'),
    amountFen: integer('amount_fen'),
  },
  (t) => [index('wage_case_events_case').on(t.caseId, t.at)],
)

/** Case numbers run per region and year: AX-330302-2026-000123. */
export const caseCounters = sqliteTable(
  'wage_case_counters',
  {
    regionCode: text('region_code').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
)

/**
 * Uploaded photos and PDFs, sealed (AES-256-GCM) in the database: stored in the same transaction
 * as the case that cites them, backed up and encrypted in one place.
 */
export const evidenceFiles = sqliteTable(
  'evidence_files',
  {
    id: text('id').primaryKey(),
    /** The person the file is about (the worker, or the employer account answering). */
    ownerUserId: text('owner_user_id')
      .notNull()
      .references(() => users.id),
    uploadedByUserId: text('uploaded_by_user_id').notNull(),
    caseId: text('case_id').references(() => cases.id),
    purpose: text('purpose', { enum: ['complaint', 'employer_proof'] }).notNull(),
    mime: text('mime').$type<EvidenceMime>().notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    nameEnc: text('name_enc').notNull(),
    contentEnc: blob('content_enc', { mode: 'buffer' }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('evidence_owner').on(t.ownerUserId, t.caseId), index('evidence_case').on(t.caseId)],
)
