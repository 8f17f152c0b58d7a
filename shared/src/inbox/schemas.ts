import { z } from 'zod'
import { ConsentPurpose } from '../identity/schemas'
import { Timestamp } from '../platform/primitives'
import { InsuranceType, YearMonth } from '../records/schemas'
import { CertificationState, IsoDate } from '../retiree/schemas'

/**
 * Messages are stored as a template key with parameters, not as text, so the reader sees them
 * in the language they choose today, not the one in force when the message was written.
 */
export const MessageTemplate = z.enum([
  'realName.bound',
  'consent.given',
  'consent.withdrawn',
  'proxy.granted',
  'proxy.revoked',
  'records.certificateIssued',
  'wages.submitted',
  'wages.accepted',
  'wages.rejected',
  'wages.mediationStarted',
  'wages.mediationRecorded',
  'wages.transferredInspection',
  'wages.transferredArbitration',
  'wages.extended',
  'wages.closed',
  'wages.withdrawn',
  'wages.message',
  'wages.employerResponded',
  'wages.newComplaint',
  'wages.complaintToAnswer',
  'wages.overdue',
  'wages.escalated',
  'wages.payrollMissing',
  'retiree.dueSoon',
  'retiree.overdue',
  'retiree.suspended',
  'retiree.certified',
  'retiree.resumed',
  'retiree.assistanceOffered',
  'retiree.visitAssigned',
  'retiree.visitToReview',
  'retiree.visitRejected',
  'retiree.overpayment',
  'retiree.deathRecordHeld',
  'retiree.deathRecordToReview',
  'retiree.pensionRestored',
  'jobs.newMatches',
  'jobs.applied',
  'jobs.invited',
  'jobs.hired',
  'jobs.declined',
  'jobs.payStated',
  'jobs.payDisputed',
  'jobs.subsidyOffered',
  'jobs.subsidyApproved',
  'jobs.subsidyApprovedToCard',
  'jobs.subsidyDeclined',
  'jobs.subsidyToReview',
  'training.voucherOffered',
  'training.voucherClaimed',
  'training.enrolmentConfirmed',
  'training.enrolmentDeclined',
  'training.assessmentPassed',
  'training.assessmentNotPassed',
  'training.subsidyApproved',
  'training.subsidyPaid',
  'card.temporaryLossReported',
  'card.temporaryLossCancelled',
  'card.temporaryLossLifted',
  'card.applicationReceived',
  'card.cardProduced',
  'card.cardAtOutlet',
  'card.cardCollected',
  'card.reportedLostAtCounter',
  'card.paymentCredited',
  'card.paymentHeld',
  'card.paymentReturned',
  'disputes.arbitrationReceived',
  'disputes.arbitrationStep',
  'disputes.arbitrationServed',
  'disputes.arbitrationOverdue',
  'disputes.accidentReported',
  'disputes.injuryWindowOpen',
  'disputes.injuryReceived',
  'disputes.injuryStep',
  'disputes.injuryOverdue',
  'contracts.toSign',
  'contracts.signed',
  'contracts.declined',
  'contracts.withdrawn',
  'contracts.ended',
  'contracts.noWrittenContract',
  'training.subsidyDeclined',
])
export type MessageTemplate = z.infer<typeof MessageTemplate>

export const MessageParams = z.record(z.string(), z.union([z.string(), z.number()]))
export type MessageParams = z.infer<typeof MessageParams>

/**
 * What a message asks of its reader, and on which object: `confirm_assistance` and
 * `apply_subsidy` and `accept_voucher` (a training voucher pushed to the reader) are done right in the message with one tap; the others on the page the message links to (rate a closed case,
 * answer a complaint, certify being alive, visit a pensioner at home, and for officers: review a
 * home visit, decide on a partner's death record). `done` once it was done,
 * here or anywhere else: the message is then read, and its button does not come back.
 */
export const InboxActionKind = z.enum(['confirm_assistance', 'apply_subsidy', 'rate_case', 'answer_complaint', 'certify', 'home_visit', 'review_visit', 'review_death_record', 'accept_voucher'])
export type InboxActionKind = z.infer<typeof InboxActionKind>

export const InboxAction = z.object({
  kind: InboxActionKind,
  targetId: z.string(),
  done: z.boolean(),
})
export type InboxAction = z.infer<typeof InboxAction>

export const InboxMessage = z.object({
  id: z.string(),
  template: MessageTemplate,
  params: MessageParams,
  /** In-app link the message leads to, e.g. `/features/records/pages/certificate/index?id=…`. */
  link: z.string().nullable(),
  createdAt: Timestamp,
  readAt: Timestamp.nullable(),
  action: InboxAction.nullable(),
})
export type InboxMessage = z.infer<typeof InboxMessage>

export const PendingItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bind_real_name') }),
  z.object({ kind: z.literal('unread_messages'), count: z.number().int().positive() }),
  z.object({ kind: z.literal('consent_outdated'), purpose: ConsentPurpose }),
  z.object({ kind: z.literal('proxy_grant_expiring'), grantId: z.string(), expiresAt: Timestamp }),
  z.object({ kind: z.literal('contribution_gap'), type: InsuranceType, from: YearMonth, months: z.number().int() }),
  z.object({ kind: z.literal('wages_draft'), updatedAt: Timestamp }),
  z.object({ kind: z.literal('wages_to_rate'), caseId: z.string(), caseNumber: z.string() }),
  z.object({ kind: z.literal('wages_overdue'), count: z.number().int().positive() }),
  z.object({ kind: z.literal('payroll_alerts'), count: z.number().int().positive() }),
  /** Complaints about the employer's organisations waiting for its answer; `caseId` when there is just one. */
  z.object({ kind: z.literal('wages_to_answer'), count: z.number().int().positive(), caseId: z.string().nullable() }),
  /** Labour contracts waiting for the worker's signature (decision 073); `contractId` when there is just one. */
  z.object({ kind: z.literal('contracts_to_sign'), count: z.number().int().positive(), contractId: z.string().nullable() }),
  /** The employer's drafts of labour contracts, waiting for its own signature; `contractId` when there is just one. */
  z.object({ kind: z.literal('contract_drafts'), count: z.number().int().positive(), contractId: z.string().nullable() }),
  /** Months of payroll the employer's projects have not uploaded; `projectId` when they are all one project's. */
  z.object({ kind: z.literal('payroll_missing'), count: z.number().int().positive(), projectId: z.string().nullable() }),
  z.object({
    kind: z.literal('retiree_certification'),
    state: CertificationState,
    dueDate: IsoDate,
    daysLeft: z.number().int(),
    /** A partner's death record is being checked by an officer: payments are held meanwhile. */
    deathRecordUnderReview: z.boolean(),
  }),
  z.object({ kind: z.literal('retiree_assistance'), count: z.number().int().positive() }),
  z.object({ kind: z.literal('retiree_visits'), count: z.number().int().positive() }),
  z.object({ kind: z.literal('retiree_reviews'), count: z.number().int().positive() }),
  z.object({ kind: z.literal('retiree_death_records'), count: z.number().int().positive() }),
])
export type PendingItem = z.infer<typeof PendingItem>
