import type { CalendarDayKind, CaseEventKind, CaseParty, CaseStatus, EvidenceMime, PayUnit } from '@renshe/shared/wages/schemas'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'

export function wagesTables(d: Dialect, { users }: { users: IdentityTables['users'] }) {
  /** Organisations a complaint can name; an employer account may speak for one. */
  const employers = d.table(
    'employers',
    {
      id: d.text('id').primaryKey(),
      name: d.text('name').notNull(),
      /** GB 32100 unified social credit code: public, printed on the business licence. */
      creditCode: d.text('credit_code').notNull(),
      regionCode: d.text('region_code').notNull(),
      userId: d.text('user_id').references(() => users.id),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [d.uniqueIndex('employers_credit_code').on(t.creditCode), d.index('employers_user').on(t.userId)],
  )

  const projects = d.table(
    'projects',
    {
      id: d.text('id').primaryKey(),
      employerId: d.text('employer_id')
        .notNull()
        .references(() => employers.id),
      name: d.text('name').notNull(),
      regionCode: d.text('region_code').notNull(),
      address: d.text('address').notNull(),
      startMonth: d.text('start_month').notNull(),
      endMonth: d.text('end_month'),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [d.index('projects_employer').on(t.employerId), d.index('projects_region').on(t.regionCode)],
  )

  /** One month of a project's payroll, as last imported: the sums the watch looks at. */
  const payrollMonths = d.table(
    'payroll_months',
    {
      projectId: d.text('project_id')
        .notNull()
        .references(() => projects.id),
      month: d.text('month').notNull(),
      workers: d.integer('workers').notNull(),
      dueFen: d.bigint('due_fen').notNull(),
      paidFen: d.bigint('paid_fen').notNull(),
      importId: d.text('import_id').notNull(),
      importedAt: d.text('imported_at').notNull(),
    },
    (t) => [d.primaryKey({ columns: [t.projectId, t.month] })],
  )

  /** The lines behind the sums; names and ID numbers sealed. A re-import of a month replaces them. */
  const payrollLines = d.table(
    'payroll_lines',
    {
      id: d.text('id').primaryKey(),
      projectId: d.text('project_id')
        .notNull()
        .references(() => projects.id),
      month: d.text('month').notNull(),
      importId: d.text('import_id').notNull(),
      line: d.integer('line').notNull(),
      nameEnc: d.text('name_enc').notNull(),
      idNumberEnc: d.text('id_number_enc').notNull(),
      idNumberIndex: d.text('id_number_index').notNull(),
      dueFen: d.bigint('due_fen').notNull(),
      paidFen: d.bigint('paid_fen').notNull(),
      paidOn: d.text('paid_on').notNull(),
    },
    (t) => [d.index('payroll_lines_project_month').on(t.projectId, t.month), d.index('payroll_lines_person').on(t.idNumberIndex)],
  )

  const payrollAlerts = d.table(
    'payroll_alerts',
    {
      id: d.text('id').primaryKey(),
      projectId: d.text('project_id')
        .notNull()
        .references(() => projects.id),
      month: d.text('month').notNull(),
      regionCode: d.text('region_code').notNull(),
      raisedAt: d.text('raised_at').notNull(),
      resolvedAt: d.text('resolved_at'),
    },
    (t) => [d.uniqueIndex('payroll_alerts_project_month').on(t.projectId, t.month), d.index('payroll_alerts_region').on(t.regionCode, t.resolvedAt)],
  )

  /** Public holidays and make-up working days; every other date is a weekday or a weekend. */
  const calendarDays = d.table('calendar_days', {
    date: d.text('date').primaryKey(),
    kind: d.text('kind').$type<CalendarDayKind>().notNull(),
    name: d.text('name').notNull(),
  })

  /** One unsent complaint per person, whoever types it; the form is sealed whole (it holds a phone number). */
  const complaintDrafts = d.table('complaint_drafts', {
    subjectUserId: d.text('subject_user_id')
      .primaryKey()
      .references(() => users.id),
    draftId: d.text('draft_id').notNull(),
    step: d.integer('step').notNull(),
    formEnc: d.text('form_enc').notNull(),
    updatedByUserId: d.text('updated_by_user_id').notNull(),
    updatedAt: d.text('updated_at').notNull(),
  })

  const cases = d.table(
    'wage_cases',
    {
      id: d.text('id').primaryKey(),
      caseNumber: d.text('case_number').notNull(),
      /** The device's draft id: the same draft sent again finds this case instead of making another. */
      draftId: d.text('draft_id').notNull(),
      workerUserId: d.text('worker_user_id')
        .notNull()
        .references(() => users.id),
      filedByUserId: d.text('filed_by_user_id').notNull(),
      filedByStaffCode: d.text('filed_by_staff_code'),
      employerId: d.text('employer_id').references(() => employers.id),
      employerName: d.text('employer_name').notNull(),
      employerCreditCode: d.text('employer_credit_code'),
      projectId: d.text('project_id').references(() => projects.id),
      siteName: d.text('site_name').notNull(),
      regionCode: d.text('region_code').notNull(),
      addressEnc: d.text('address_enc').notNull(),
      fromMonth: d.text('from_month').notNull(),
      toMonth: d.text('to_month').notNull(),
      amountFen: d.bigint('amount_fen').notNull(),
      payUnit: d.text('pay_unit').$type<PayUnit>().notNull(),
      coWorkers: d.integer('co_workers').notNull(),
      phoneEnc: d.text('phone_enc').notNull(),
      descriptionEnc: d.text('description_enc').notNull(),
      status: d.text('status').$type<CaseStatus>().notNull(),
      submittedAt: d.text('submitted_at').notNull(),
      submittedOn: d.text('submitted_on').notNull(),
      acceptBy: d.text('accept_by').notNull(),
      settleBy: d.text('settle_by'),
      stageDeadline: d.text('stage_deadline'),
      extended: d.boolean('extended').notNull(),
      rated: d.boolean('rated').notNull(),
      /** The stage deadline already flagged as missed, so one missed deadline escalates once. */
      overdueDeadline: d.text('overdue_deadline'),
      handlerUserId: d.text('handler_user_id'),
      recoveredFen: d.bigint('recovered_fen').notNull(),
      ratingStars: d.integer('rating_stars'),
      ratingCommentEnc: d.text('rating_comment_enc'),
      closedAt: d.text('closed_at'),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('wage_cases_number').on(t.caseNumber),
      d.uniqueIndex('wage_cases_worker_draft').on(t.workerUserId, t.draftId),
      d.index('wage_cases_region_deadline').on(t.regionCode, t.status, t.stageDeadline),
      d.index('wage_cases_employer').on(t.employerId, t.status),
      d.index('wage_cases_worker').on(t.workerUserId, t.submittedAt),
    ],
  )

  const caseEvents = d.table(
    'wage_case_events',
    {
      id: d.text('id').primaryKey(),
      caseId: d.text('case_id')
        .notNull()
        .references(() => cases.id),
      at: d.text('at').notNull(),
      kind: d.text('kind').$type<CaseEventKind>().notNull(),
      by: d.text('by').$type<CaseParty>().notNull(),
      actorUserId: d.text('actor_user_id'),
      noteEnc: d.text('note_enc'),
      amountFen: d.bigint('amount_fen'),
    },
    (t) => [d.index('wage_case_events_case').on(t.caseId, t.at)],
  )

  /** Case numbers run per region and year: AX-330302-2026-000123. */
  const caseCounters = d.table(
    'wage_case_counters',
    {
      regionCode: d.text('region_code').notNull(),
      year: d.integer('year').notNull(),
      last: d.integer('last').notNull(),
    },
    (t) => [d.primaryKey({ columns: [t.regionCode, t.year] })],
  )

  /**
   * Uploaded photos and PDFs, sealed (AES-256-GCM) in the database: stored in the same transaction
   * as the case that cites them, backed up and encrypted in one place.
   */
  const evidenceFiles = d.table(
    'evidence_files',
    {
      id: d.text('id').primaryKey(),
      /** The person the file is about (the worker, or the employer account answering). */
      ownerUserId: d.text('owner_user_id')
        .notNull()
        .references(() => users.id),
      uploadedByUserId: d.text('uploaded_by_user_id').notNull(),
      caseId: d.text('case_id').references(() => cases.id),
      /** The message it was sent with; null for a complaint's evidence and an employer's proof. */
      eventId: d.text('event_id').references(() => caseEvents.id),
      purpose: d.text('purpose', { enum: ['complaint', 'employer_proof', 'message'] }).notNull(),
      mime: d.text('mime').$type<EvidenceMime>().notNull(),
      size: d.integer('size').notNull(),
      sha256: d.text('sha256').notNull(),
      nameEnc: d.text('name_enc').notNull(),
      contentEnc: d.bytes('content_enc').notNull(),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [d.index('evidence_owner').on(t.ownerUserId, t.caseId), d.index('evidence_case').on(t.caseId)],
  )

  return { employers, projects, payrollMonths, payrollLines, payrollAlerts, calendarDays, complaintDrafts, cases, caseEvents, caseCounters, evidenceFiles }
}

export type WagesTables = ReturnType<typeof wagesTables>
