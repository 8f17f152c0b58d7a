import { complaintGround, type DayComplaintInput, type MyApplication } from '@renshe/shared/jobs/applications'
import { ComplaintForm } from '@renshe/shared/wages/schemas'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import { sha256 } from '../../platform/crypto'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import type { FileWageComplaint } from '../../platform/wage-complaints'
import { applicationById, linkComplaintRow, organisationOf } from './applications-repo'
import { postById } from './posts-repo'
import { dayIn, refuse, wrongField, oneMyApplication, ownApplication } from './application-views'

/* Unpaid day work becomes the wages module’s own complaint (decision 049). */

/** `¥180.00` */
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`
/** `10:00` in China time. */
const chinaClock = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(11, 16)

/**
 * The draft id the wages module files the day's complaint under: made from the day, so every
 * send about the same day (a retry, two taps at once) is one case there. Shaped as a UUID
 * (version 8, made by the application), which that module's drafts are.
 */
export function complaintDraftIdOf(attendanceId: string): string {
  const hex = sha256(`jobs-attendance|${attendanceId}`).slice(0, 32)
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/**
 * Opens the wages module's own complaint about a day worked and not (fully) paid: prefilled
 * from the job (the employer's name and credit code, the site, the date, the amount owed),
 * filed through that module's own submission (handed in as `fileWageComplaint`), and linked
 * to the day. One case per day, however
 * often it is sent.
 */
export async function openDayWageComplaint(
  deps: Deps,
  fileWageComplaint: FileWageComplaint,
  actor: Actor,
  principal: Principal,
  attendanceId: string,
  input: DayComplaintInput,
): Promise<Result<MyApplication>> {
  const subject = subjectOf(principal)
  const now = deps.clock.now()
  const found = await deps.db.read(async (q) => {
    const hit = await dayIn(q, attendanceId, (r, applicationId) => ownApplication(r, subject, applicationId))
    if (!hit) return undefined
    return { ...hit, post: await postById(q, hit.row.postId), organisation: await organisationOf(q, hit.row.organisationId) }
  })
  if (!found?.post || !found.organisation) return fail('not_found')
  const { day, row, post, organisation } = found
  if (day.complaintCaseId === null) {
    if (complaintGround(day, now) === null) return refuse('conflict', 'jobs.complaintNotYet', 'A complaint is opened once the pay is disputed or not stated by the deadline')
    const owed = input.amountOwedFen ?? (day.payDueFen === null ? null : day.payDueFen - (day.paidFen ?? 0))
    if (owed === null) return wrongField('body.amountOwedFen', 'jobs.amountOwedRequired')
    if (owed < 100) return wrongField('body.amountOwedFen', 'jobs.amountOwed')
    const month = day.workDate.slice(0, 7)
    const worked = `${day.workDate} ${chinaClock(day.checkInAt)}–${day.checkOutAt ? chinaClock(day.checkOutAt) : ''}`
    const description = [
      `日结工作“${post.title}”，${worked}`,
      day.payDueFen === null ? null : `按岗位报酬应得 ${yuan(day.payDueFen)}`,
      day.paidFen === null ? '用工单位未确认付款' : `用工单位称已付 ${yuan(day.paidFen)}`,
      input.note ? `补充：${input.note}` : null,
    ]
      .filter((part) => part !== null)
      .join('；')
    const form = ComplaintForm.safeParse({
      employer: { employerId: organisation.id, name: organisation.name, creditCode: organisation.creditCode },
      site: { projectId: null, siteName: post.community, regionCode: post.regionCode, address: post.community },
      wages: { fromMonth: month, toMonth: month, amountFen: owed, payUnit: 'day', coWorkers: 0 },
      evidenceIds: [],
      contact: {},
      description,
    })
    if (!form.success) throw new Error(`a complaint prefilled from job attendance ${attendanceId} does not pass the complaint form`)
    const filed = await fileWageComplaint(deps, actor, principal, { draftId: complaintDraftIdOf(attendanceId), form: form.data })
    if (!filed.ok) return filed
    await deps.db.transaction(async (tx) => {
      const linked = await linkComplaintRow(tx, attendanceId, { complaintCaseId: filed.value.id, complaintCaseNumber: filed.value.caseNumber, updatedAt: now.toISOString() })
      if (linked) await appendAudit(tx, now, actor, { action: 'jobs.openWageComplaint', kind: 'write', objectType: 'job_attendance', objectId: attendanceId })
    })
  }
  const view = await deps.db.read(async (q) => oneMyApplication(q, deps, (await applicationById(q, row.id)) ?? row))
  // Sent again about a day already complained of: nothing is filed, and the answer is a read.
  if (day.complaintCaseId !== null) await recordAudit(deps, now, actor, { action: 'jobs.getMyApplication', kind: 'read', objectType: 'job_application', objectId: row.id })
  return ok(view)
}
