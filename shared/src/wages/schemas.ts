import { z } from 'zod'
import { MobilePhone } from '../identity/schemas'
import { IsoDate, Timestamp } from '../platform/primitives'
import { RegionCode } from '../identity/roles'
import { Fen, YearMonth } from '../records/schemas'
import { checkCreditCode, normalizeCreditCode } from './credit-code'

// Deadlines are dates: a case is due by the end of that day.
export { IsoDate } from '../platform/primitives'

export const CreditCode = z
  .string()
  .transform(normalizeCreditCode)
  .superRefine((value, ctx) => {
    const check = checkCreditCode(value)
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.error })
  })

/** Open states have a deadline; the last three are final. */
export const CaseStatus = z.enum([
  'submitted',
  'accepted',
  'mediating',
  'resolved',
  'inspection',
  'arbitration',
  'rejected',
  'closed',
  'withdrawn',
])
export type CaseStatus = z.infer<typeof CaseStatus>

export const CaseActionKind = z.enum([
  'accept',
  'reject',
  'mediate',
  'recordMediation',
  'transferInspection',
  'transferArbitration',
  'extend',
  'close',
  'withdraw',
  'rate',
])
export type CaseActionKind = z.infer<typeof CaseActionKind>

/** Who stands behind an act on a case, as the timeline shows it. */
export const CaseParty = z.enum(['worker', 'grid_staff', 'officer', 'supervisor', 'employer', 'system'])
export type CaseParty = z.infer<typeof CaseParty>

export const PayUnit = z.enum(['month', 'day', 'piece', 'project'])
export type PayUnit = z.infer<typeof PayUnit>

const text = (max: number) => z.string().trim().max(max, { message: 'field.tooLong' })
const requiredText = (min: number, max: number) =>
  z.string({ message: 'field.required' }).trim().min(1, { message: 'field.required', abort: true }).min(min, { message: 'field.tooShort' }).max(max, { message: 'field.tooLong' })

export const ComplaintEmployer = z.object({
  /** Chosen from the search; null when the worker typed an employer the portal does not know. */
  employerId: z.string().max(64).nullable(),
  name: requiredText(2, 60),
  creditCode: CreditCode.nullable(),
})

export const ComplaintSite = z.object({
  projectId: z.string().max(64).nullable(),
  siteName: requiredText(2, 60),
  regionCode: RegionCode,
  address: text(100),
})

export const ComplaintWages = z
  .object({
    fromMonth: YearMonth,
    toMonth: YearMonth,
    /** The amount owed, in fen: at least 1 yuan, at most 10 million. */
    amountFen: z.number({ message: 'wages.amount' }).int({ message: 'wages.amount' }).min(100, { message: 'wages.amount' }).max(1_000_000_000, { message: 'wages.amount' }),
    payUnit: PayUnit,
    /** Others owed by the same employer who complain together; 0 for one worker alone. */
    coWorkers: z.number({ message: 'wages.coWorkers' }).int({ message: 'wages.coWorkers' }).min(0, { message: 'wages.coWorkers' }).max(999, { message: 'wages.coWorkers' }),
  })
  .refine((w) => w.fromMonth <= w.toMonth, { message: 'period.order', path: ['toMonth'] })

export const maxEvidenceFiles = 9
export const maxEvidenceBytes = 10 * 1024 * 1024
/** Payroll files are text: 5,000 rows fit in well under 2 MB. */
export const maxPayrollBytes = 2 * 1024 * 1024

export const ComplaintForm = z.object({
  employer: ComplaintEmployer,
  site: ComplaintSite,
  wages: ComplaintWages,
  evidenceIds: z.array(z.string().min(1).max(64)).max(maxEvidenceFiles, { message: 'evidence.tooMany' }),
  /** Left out: the mobile number of the worker's real-name record, which the portal already holds. */
  contact: z.object({ phone: MobilePhone.optional() }),
  description: text(500),
})
export type ComplaintForm = z.infer<typeof ComplaintForm>

/**
 * A draft is what the worker has typed so far, checked only for size: an unfinished form must
 * save, whatever state it is in.
 */
export const ComplaintDraftForm = z.object({
  employer: z.object({ employerId: z.string().max(64).nullable(), name: z.string().max(60), creditCode: z.string().max(30) }).partial(),
  site: z.object({ projectId: z.string().max(64).nullable(), siteName: z.string().max(60), regionCode: z.string().max(6), address: z.string().max(100) }).partial(),
  wages: z
    .object({ fromMonth: z.string().max(7), toMonth: z.string().max(7), amountYuan: z.string().max(16), payUnit: z.string().max(10), coWorkers: z.string().max(4) })
    .partial(),
  evidenceIds: z.array(z.string().min(1).max(64)).max(maxEvidenceFiles),
  contact: z.object({ phone: z.string().max(20) }).partial(),
  description: z.string().max(500),
}).partial()
export type ComplaintDraftForm = z.infer<typeof ComplaintDraftForm>

export const ComplaintDraft = z.object({
  /** Made on the device when the worker starts, so the draft and its submission are one thing everywhere. */
  draftId: z.uuid(),
  step: z.number().int().min(0).max(6),
  form: ComplaintDraftForm,
  updatedAt: Timestamp,
})
export type ComplaintDraft = z.infer<typeof ComplaintDraft>

export const EvidenceMime = z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf'])
export type EvidenceMime = z.infer<typeof EvidenceMime>

export const EvidenceFile = z.object({
  id: z.string(),
  mime: EvidenceMime,
  size: z.number().int().positive(),
  /** The name shown to the uploader; never used to decide the type. */
  name: z.string(),
  uploadedAt: Timestamp,
})
export type EvidenceFile = z.infer<typeof EvidenceFile>

export const EvidenceContent = EvidenceFile.extend({ dataUrl: z.string() })
export type EvidenceContent = z.infer<typeof EvidenceContent>

/**
 * What a file is uploaded for: a complaint (the worker filing it, or the employer answering it
 * with proof), or a message on a case. Each is a pool of its own, so a photo picked for a message
 * never fills the places of a draft's evidence, nor goes when the draft is thrown away.
 */
export const EvidenceUse = z.enum(['complaint', 'message'])
export type EvidenceUse = z.infer<typeof EvidenceUse>

export const CaseNumber = z.string().regex(/^AX-\d{6}-\d{4}-\d{6}$/)

export const CaseEventKind = z.enum([
  'submitted',
  'accepted',
  'rejected',
  'mediation_started',
  'mediation_recorded',
  'transferred_inspection',
  'transferred_arbitration',
  'extended',
  'closed',
  'withdrawn',
  'rated',
  'employer_responded',
  'message',
  'overdue',
  'escalated',
])
export type CaseEventKind = z.infer<typeof CaseEventKind>

export const CaseEvent = z.object({
  id: z.string(),
  at: Timestamp,
  kind: CaseEventKind,
  by: CaseParty,
  /** A reason, a conclusion, a message: what the person wrote. */
  note: z.string().nullable(),
  amountFen: Fen.nullable(),
  /** The files sent with a message; none for every other act. */
  attachments: z.array(EvidenceFile),
})
export type CaseEvent = z.infer<typeof CaseEvent>

/** The dates a case must meet, and how many days are left to the one that matters now. */
export const CaseDeadlines = z.object({
  acceptBy: IsoDate,
  settleBy: IsoDate.nullable(),
  /** The deadline of the current step; null once the case is final. */
  stageDeadline: IsoDate.nullable(),
  /** Calendar days from today to `stageDeadline`; negative when overdue. */
  daysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  extended: z.boolean(),
})
export type CaseDeadlines = z.infer<typeof CaseDeadlines>

export const Rating = z.object({
  stars: z.number({ message: 'rating.stars' }).int({ message: 'rating.stars' }).min(1, { message: 'rating.stars' }).max(5, { message: 'rating.stars' }),
  comment: text(200),
})
export type Rating = z.infer<typeof Rating>

export const CaseSummary = z.object({
  id: z.string(),
  caseNumber: CaseNumber,
  status: CaseStatus,
  employerName: z.string(),
  siteName: z.string(),
  regionCode: RegionCode,
  amountFen: Fen,
  submittedAt: Timestamp,
  deadlines: CaseDeadlines,
})
export type CaseSummary = z.infer<typeof CaseSummary>

export const CaseDetail = CaseSummary.extend({
  employer: z.object({ name: z.string(), creditCode: z.string().nullable(), known: z.boolean() }),
  site: z.object({ siteName: z.string(), regionCode: RegionCode, address: z.string(), projectName: z.string().nullable() }),
  wages: z.object({ fromMonth: YearMonth, toMonth: YearMonth, amountFen: Fen, payUnit: PayUnit, coWorkers: z.number().int() }),
  /** Masked; the employer sees neither the worker's name nor phone in full. */
  worker: z.object({ maskedName: z.string(), maskedPhone: z.string().nullable() }),
  description: z.string().nullable(),
  evidence: z.array(EvidenceFile),
  timeline: z.array(CaseEvent),
  recoveredFen: Fen,
  rating: Rating.nullable(),
  /** What the person reading may do now, given the case and their role. */
  allowedActions: z.array(CaseActionKind),
  canMessage: z.boolean(),
  canRespond: z.boolean(),
  /** Filed by a grid staff member for the worker: their staff code. */
  filedByStaff: z.string().nullable(),
  /** Their staff-facing name in full, for the worker's side only (null for officers and the employer). */
  filedByStaffName: z.string().nullable(),
  /**
   * The arbitration applied for from this complaint once it was sent there (decision 072): one
   * history, read on. The employer sees it only once the application is served on it.
   */
  arbitration: z.object({ id: z.string(), caseNumber: z.string() }).nullable(),
})
export type CaseDetail = z.infer<typeof CaseDetail>

/** The body of one action on a case. What each needs is checked here; whether it is allowed, by the machine. */
export const CaseAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept') }),
  z.object({ kind: z.literal('reject'), reason: requiredText(4, 300) }),
  z.object({ kind: z.literal('mediate'), note: text(300) }),
  z.object({
    kind: z.literal('recordMediation'),
    settled: z.boolean(),
    paidFen: Fen.max(1_000_000_000, { message: 'wages.amount' }),
    workerConfirmed: z.boolean(),
    note: text(300),
  }),
  z.object({ kind: z.literal('transferInspection'), note: text(300) }),
  z.object({ kind: z.literal('transferArbitration'), note: text(300) }),
  z.object({ kind: z.literal('extend'), reason: requiredText(4, 300) }),
  z.object({ kind: z.literal('close'), conclusion: requiredText(4, 500), recoveredFen: Fen.max(1_000_000_000, { message: 'wages.amount' }) }),
  z.object({ kind: z.literal('withdraw'), reason: text(300) }),
  z.object({ kind: z.literal('rate'), rating: Rating }),
])
export type CaseAction = z.infer<typeof CaseAction>

/** A message on a case: words, files (as many as a complaint may carry), or both. */
export const CaseMessage = z
  .strictObject({
    text: z.string().trim().max(500, { message: 'field.tooLong' }),
    // Optional: phones still running a version from before files could be sent send words only.
    evidenceIds: z.array(z.string().min(1).max(64)).max(maxEvidenceFiles, { message: 'evidence.tooMany' }).default([]),
  })
  .refine((message) => message.text !== '' || message.evidenceIds.length > 0, { message: 'field.required', path: ['text'] })
export type CaseMessage = z.infer<typeof CaseMessage>

export const KnownEmployer = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  regionCode: RegionCode,
  projects: z.array(z.object({ id: z.string(), name: z.string(), regionCode: RegionCode, address: z.string() })),
})
export type KnownEmployer = z.infer<typeof KnownEmployer>

export const ProjectStatus = z.enum(['active', 'finished'])

export const ProjectInput = z.object({
  name: requiredText(2, 60),
  regionCode: RegionCode,
  address: requiredText(2, 100),
  startMonth: YearMonth,
  endMonth: YearMonth.nullable(),
})
export type ProjectInput = z.infer<typeof ProjectInput>

export const PayrollMonth = z.object({
  month: YearMonth,
  workers: z.number().int().nonnegative(),
  dueFen: Fen,
  paidFen: Fen,
  importedAt: Timestamp,
})
export type PayrollMonth = z.infer<typeof PayrollMonth>

export const Project = z.object({
  id: z.string(),
  name: z.string(),
  regionCode: RegionCode,
  address: z.string(),
  startMonth: YearMonth,
  endMonth: YearMonth.nullable(),
  status: ProjectStatus,
  payroll: z.array(PayrollMonth),
  /** Months past their payroll deadline (the 15th of the next month) with nothing uploaded. */
  missingMonths: z.array(YearMonth),
})
export type Project = z.infer<typeof Project>

export const PayrollImport = z.object({
  projectId: z.string(),
  encoding: z.enum(['utf-8', 'gbk']),
  rows: z.number().int().positive(),
  months: z.array(PayrollMonth),
})
export type PayrollImport = z.infer<typeof PayrollImport>

export const PayrollAlert = z.object({
  id: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  employerName: z.string(),
  regionCode: RegionCode,
  month: YearMonth,
  raisedAt: Timestamp,
  resolvedAt: Timestamp.nullable(),
})
export type PayrollAlert = z.infer<typeof PayrollAlert>

export const RegionStats = z.object({
  regionCode: RegionCode,
  open: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
  byStatus: z.array(z.object({ status: CaseStatus, count: z.number().int().nonnegative() })),
  /** Calendar days from submission to closing, over cases closed; null before the first. */
  medianDaysToSettle: z.number().nullable(),
  recoveredFen: Fen,
  openAlerts: z.number().int().nonnegative(),
})
export type RegionStats = z.infer<typeof RegionStats>

export const CalendarDayKind = z.enum(['holiday', 'workday'])
export type CalendarDayKind = z.infer<typeof CalendarDayKind>

export const CalendarDay = z.object({ date: IsoDate, kind: CalendarDayKind, name: z.string().max(30) })
export type CalendarDay = z.infer<typeof CalendarDay>

