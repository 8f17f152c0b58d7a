import { z } from 'zod'
import { Cursor, Page } from '../platform/primitives'
import { defineOperation } from '../platform/operation'
import {
  CalendarDay,
  CalendarDayKind,
  CaseAction,
  CaseDetail,
  CaseMessage,
  CaseStatus,
  CaseSummary,
  ComplaintDraft,
  ComplaintForm,
  EvidenceContent,
  EvidenceFile,
  EvidenceUse,
  IsoDate,
  KnownEmployer,
  maxEvidenceBytes,
  maxPayrollBytes,
  PayrollAlert,
  PayrollImport,
  Project,
  ProjectInput,
  RegionStats,
} from './schemas'

const tags = ['wages'] as const
const worker = { kind: 'session', roles: ['citizen'], proxyScope: 'wages.file', realName: true } as const
const handlers = ['officer', 'supervisor'] as const
const id = z.strictObject({ id: z.string().min(1).max(64) })

export const searchEmployers = defineOperation({
  id: 'wages.searchEmployers',
  method: 'get',
  path: '/wages/employers',
  summary: 'Known employers and their projects, by name or credit code, to name in a complaint',
  tags,
  access: { kind: 'session', roles: ['citizen'], proxyScope: 'wages.file' },
  query: z.strictObject({ q: z.string().trim().min(1, { message: 'field.required' }).max(60, { message: 'field.tooLong' }) }),
  response: z.object({ employers: z.array(KnownEmployer) }),
})

export const getDraft = defineOperation({
  id: 'wages.getDraft',
  method: 'get',
  path: '/wages/draft',
  summary: 'The complaint I started and have not sent',
  tags,
  access: worker,
  response: z.object({ draft: ComplaintDraft.nullable() }),
})

export const saveDraft = defineOperation({
  id: 'wages.saveDraft',
  method: 'put',
  path: '/wages/draft',
  summary: 'Keep what I have typed so far (any state of the form saves)',
  tags,
  access: worker,
  body: ComplaintDraft.omit({ updatedAt: true }).strict(),
  response: ComplaintDraft,
})

export const deleteDraft = defineOperation({
  id: 'wages.deleteDraft',
  method: 'delete',
  path: '/wages/draft',
  summary: 'Throw away my unsent complaint and the evidence uploaded for it',
  tags,
  access: worker,
  response: z.object({ deleted: z.boolean() }),
})

export const uploadEvidence = defineOperation({
  id: 'wages.uploadEvidence',
  method: 'post',
  path: '/wages/evidence',
  summary: 'Upload one photo or PDF (checked by its content, at most 10 MB) for a complaint, an employer’s answer or a message on a case',
  tags,
  access: { kind: 'session', roles: ['citizen', 'employer', ...handlers], proxyScope: 'wages.file' },
  /** `message`: for a message on a case (the worker's side or an officer); else for a complaint or an employer's answer. */
  query: z.strictObject({ for: EvidenceUse.default('complaint') }),
  upload: { field: 'file', maxBytes: maxEvidenceBytes },
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  response: EvidenceFile,
})

export const getEvidence = defineOperation({
  id: 'wages.getEvidence',
  method: 'get',
  path: '/wages/evidence/:id',
  summary: 'One evidence file: its uploader; once sent with a case, its worker and the officers of its region',
  tags,
  access: { kind: 'session', roles: ['citizen', 'employer', ...handlers], proxyScope: 'wages.file' },
  params: id,
  response: EvidenceContent,
})

export const deleteEvidence = defineOperation({
  id: 'wages.deleteEvidence',
  method: 'delete',
  path: '/wages/evidence/:id',
  summary: 'Remove an evidence file not yet sent with a complaint or a message',
  tags,
  access: { kind: 'session', roles: ['citizen', 'employer', ...handlers], proxyScope: 'wages.file' },
  params: id,
  response: z.object({ deleted: z.boolean() }),
})

export const submitComplaint = defineOperation({
  id: 'wages.submitComplaint',
  method: 'post',
  path: '/wages/complaints',
  summary: 'File an unpaid-wage complaint; the same draft sent twice makes one case',
  tags,
  access: worker,
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  body: z.strictObject({ draftId: z.uuid(), form: ComplaintForm }),
  response: CaseDetail,
})

export const listMyComplaints = defineOperation({
  id: 'wages.listMyComplaints',
  method: 'get',
  path: '/wages/complaints',
  summary: 'Complaints I filed (or that were filed for me), newest first',
  tags,
  access: worker,
  response: z.object({ cases: z.array(CaseSummary) }),
})

export const getComplaint = defineOperation({
  id: 'wages.getComplaint',
  method: 'get',
  path: '/wages/complaints/:id',
  summary: 'One case: its worker, an officer of its region, or the employer named once accepted',
  tags,
  access: { kind: 'session', roles: ['citizen', 'employer', ...handlers], proxyScope: 'wages.file' },
  params: id,
  response: CaseDetail,
})

export const actOnComplaint = defineOperation({
  id: 'wages.actOnComplaint',
  method: 'post',
  path: '/wages/complaints/:id/actions',
  summary: 'Move a case on: accept, reject, mediate, transfer, extend, close, withdraw, rate',
  tags,
  access: { kind: 'session', roles: ['citizen', ...handlers], proxyScope: 'wages.file' },
  idempotent: true,
  params: id,
  body: CaseAction,
  response: CaseDetail,
})

export const postCaseMessage = defineOperation({
  id: 'wages.postMessage',
  method: 'post',
  path: '/wages/complaints/:id/messages',
  summary: 'A message between the worker and the officer handling the case, with files uploaded for it',
  tags,
  access: { kind: 'session', roles: ['citizen', ...handlers], proxyScope: 'wages.file' },
  idempotent: true,
  params: id,
  body: CaseMessage,
  response: CaseDetail,
})

export const respondAsEmployer = defineOperation({
  id: 'wages.respondAsEmployer',
  method: 'post',
  path: '/wages/complaints/:id/response',
  summary: "The employer's statement on an accepted complaint, with proof of payment",
  tags,
  access: { kind: 'session', roles: ['employer'] },
  idempotent: true,
  params: id,
  body: z.strictObject({
    statement: z.string().trim().min(4, { message: 'field.tooShort' }).max(1000, { message: 'field.tooLong' }),
    proofIds: z.array(z.string().min(1).max(64)).max(9, { message: 'evidence.tooMany' }),
  }),
  response: CaseDetail,
})

export const listQueue = defineOperation({
  id: 'wages.listQueue',
  method: 'get',
  path: '/wages/queue',
  summary: "Cases of the officer's region, nearest deadline first",
  tags,
  access: { kind: 'session', roles: handlers },
  query: Cursor.extend({
    status: CaseStatus.optional(),
    overdue: z.enum(['true', 'false']).optional(),
    /** `open` (default) lists cases still to be worked; `all` includes final ones. */
    scope: z.enum(['open', 'all']).default('open'),
  }).strict(),
  response: Page(CaseSummary),
})

export const getRegionStats = defineOperation({
  id: 'wages.getRegionStats',
  method: 'get',
  path: '/wages/stats',
  summary: "The region's complaints: open, overdue, median days to settle, amount recovered",
  tags,
  access: { kind: 'session', roles: handlers },
  response: RegionStats,
})

export const listPayrollAlerts = defineOperation({
  id: 'wages.listAlerts',
  method: 'get',
  path: '/wages/alerts',
  summary: 'Projects of the region with a month of payroll missing past its deadline',
  tags,
  access: { kind: 'session', roles: handlers },
  response: z.object({ alerts: z.array(PayrollAlert) }),
})

export const listEmployerComplaints = defineOperation({
  id: 'wages.listEmployerComplaints',
  method: 'get',
  path: '/wages/employer/complaints',
  summary: 'Accepted complaints naming my organisation',
  tags,
  access: { kind: 'session', roles: ['employer'] },
  // `awaitingAnswer`: the ids among `cases` still waiting for this organisation's answer.
  response: z.object({ cases: z.array(CaseSummary), awaitingAnswer: z.array(z.string()) }),
})

export const listProjects = defineOperation({
  id: 'wages.listProjects',
  method: 'get',
  path: '/wages/projects',
  summary: 'My projects (construction sites) and their monthly payroll',
  tags,
  access: { kind: 'session', roles: ['employer'] },
  response: z.object({ projects: z.array(Project) }),
})

export const createProject = defineOperation({
  id: 'wages.createProject',
  method: 'post',
  path: '/wages/projects',
  summary: 'Register a project (construction site) whose payroll is watched',
  tags,
  access: { kind: 'session', roles: ['employer'] },
  idempotent: true,
  successStatus: 201,
  body: ProjectInput.strict(),
  response: Project,
})

export const importPayroll = defineOperation({
  id: 'wages.importPayroll',
  method: 'post',
  path: '/wages/projects/:id/payroll',
  summary: 'Upload a payroll CSV (UTF-8 or GBK): every bad line is reported, nothing is half-imported',
  tags,
  access: { kind: 'session', roles: ['employer'] },
  upload: { field: 'file', maxBytes: maxPayrollBytes },
  idempotent: true,
  params: id,
  response: PayrollImport,
})

export const getPayrollTemplate = defineOperation({
  id: 'wages.getPayrollTemplate',
  method: 'get',
  path: '/wages/payroll-template',
  summary: 'The payroll CSV template with its header and one example row',
  tags,
  access: { kind: 'session', roles: ['employer'] },
  response: z.object({ filename: z.string(), csv: z.string() }),
})

export const listCalendar = defineOperation({
  id: 'wages.listCalendar',
  method: 'get',
  path: '/wages/calendar',
  summary: 'Public holidays and make-up working days that deadlines are counted with',
  tags,
  access: { kind: 'session', roles: [...handlers, 'admin'] },
  query: z.strictObject({ year: z.coerce.number({ message: 'year.range' }).int({ message: 'year.range' }).min(2000, { message: 'year.range' }).max(2100, { message: 'year.range' }) }),
  response: z.object({ days: z.array(CalendarDay) }),
})

export const setCalendarDay = defineOperation({
  id: 'wages.setCalendarDay',
  method: 'put',
  path: '/wages/calendar/:date',
  summary: 'Mark a date a public holiday or a make-up working day, or clear it back to normal',
  tags,
  access: { kind: 'session', roles: ['admin'] },
  params: z.strictObject({ date: IsoDate }),
  body: z.strictObject({ kind: z.union([CalendarDayKind, z.literal('normal')]), name: z.string().trim().max(30, { message: 'field.tooLong' }) }),
  response: z.object({ days: z.array(CalendarDay) }),
})

export const getSubscribeSettings = defineOperation({
  id: 'wages.getSubscribeSettings',
  method: 'get',
  path: '/wages/subscribe-settings',
  summary: 'WeChat subscribe-message templates to ask the worker for, and which sender is in use',
  tags,
  access: { kind: 'session', roles: ['citizen'], proxyScope: 'wages.file' },
  response: z.object({
    /** `development` sends nothing to WeChat: it only records what would be sent. */
    sender: z.enum(['wechat', 'development']),
    templateIds: z.array(z.string()),
  }),
})
