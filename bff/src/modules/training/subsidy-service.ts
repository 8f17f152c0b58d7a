import { chinaDate } from '@renshe/shared/platform/china-time'
import type { PayTo } from '@renshe/shared/platform/pay-to'
import type { MySubsidyAnswer, MySubsidyInput, SubsidyApplication, SubsidyApplicationPage } from '@renshe/shared/training/subsidy'
import { subsidyRefusal, type SubsidyRefusal } from '@renshe/shared/training/subsidy-rules'
import { actOnVoucher, partiesOf } from '@renshe/shared/training/voucher-machine'
import type { Tx } from '../../db/database'
import { isUniqueViolation, lockKey } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import { holdsPayableCard, payableCardOf } from '../../platform/card-money'
import type { Deps } from '../../platform/deps'
import { pageOf, timeCursor } from '../../platform/paging'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { assessmentOfEnrolment, sessionCountOf } from './assessment-repo'
import { attendanceOfEnrolment } from './attendance-repo'
import { courseById, type NamedCourse } from './courses-repo'
import { enrolmentById, liveEnrolmentOfVoucher, type EnrolmentRow } from './enrolments-repo'
import { refuse } from './refusals'
import {
  certificateOfAssessment,
  currentSubsidyOfVoucher,
  insertSubsidy,
  institutionSubsidies,
  liveSubsidyOfVoucher,
  subsidiesHadBy,
  subsidyViewById,
  type SubsidyRow,
  type SubsidyViewRow,
} from './subsidy-repo'
import { confirmationOf } from './subsidy-payments'
import { recordReads, toApplication } from './subsidy-views'
import { stateOf } from './vouchers-service'
import { moveVoucher, voucherById, type HeldVoucher } from './vouchers-repo'

/*
 * Applying for a voucher's subsidy after a pass (decision 062): the institution for a face-value
 * voucher, the holder for an offset one. The application, the voucher's move assessed →
 * subsidy_applied (the machine's `applySubsidy`) and the audit are one unit of work. Zhejiang's
 * rules are checked in it under a lock on the holder, so two of her applications at once are
 * counted one after the other; the partial unique index on the voucher keeps one live
 * application per voucher however many requests arrive.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'audit'>

type Applicant = 'institution' | 'holder'

type Refusal = ReturnType<typeof refuse>

const notPassed = () => refuse('training.subsidyNotPassed', 'A subsidy can be applied for only after a pass')
const notYours = () => refuse('training.subsidyNotYours', 'This voucher’s subsidy is not the caller’s to apply for')
const applied = () => refuse('training.subsidyApplied', 'The subsidy of this voucher was already applied for')
const attendanceBelow = () => refuse('training.attendanceBelow', 'Attendance is below what the programme requires')
const noPayableCard = () => refuse('training.noPayableCard', 'The applicant holds no citizen card that money can be paid onto', 'body.payTo')
const payToHolderOnly = () => refuse('training.payToHolderOnly', 'Only a subsidy paid to the holder can go onto her citizen card', 'body.payTo')

const ruleRefusals: Record<SubsidyRefusal, () => Refusal> = {
  claim_window_passed: () => refuse('training.claimWindowPassed', 'More than 12 months have passed since the certificate was issued'),
  yearly_limit: () => refuse('training.yearlyLimit', 'The yearly limit of subsidies was reached'),
  same_level_twice: () => refuse('training.sameLevelTwice', 'A subsidy for this occupation and level was had already'),
  lower_after_higher: () => refuse('training.lowerAfterHigher', 'A subsidy for a higher level of this occupation was had already'),
}

/** Carries a refusal out of a unit of work that wrote before it found it, so that it rolls back. */
class RolledBack extends Error {
  constructor(readonly refusal: Refusal) {
    super('rolled back')
  }
}

/** The voucher, its confirmed enrolment and course, and where the payee asked the money to go: what an application is made on. */
interface ApplyCase {
  readonly held: HeldVoucher
  readonly enrolment: EnrolmentRow
  readonly named: NamedCourse
  readonly payTo: PayTo
}

/**
 * Whether the caller may apply for this voucher's subsidy now, before the result is read: hers to
 * apply for (by its payment kind), not applied for already, and assessed with a pass (the machine).
 */
async function refusalOfVoucher(deps: Pick<Deps, 'db' | 'clock'>, held: HeldVoucher, by: Applicant): Promise<Refusal | null> {
  const state = stateOf(held.voucher)
  if (!partiesOf('applySubsidy', state).includes(by)) return notYours()
  if (await deps.db.read((q) => liveSubsidyOfVoucher(q, held.voucher.id))) return applied()
  return actOnVoucher(state, { act: 'applySubsidy', by, today: chinaDate(deps.clock.now()) }).ok ? null : notPassed()
}

/** The voucher's move to subsidy_applied, written with the application: refused if it moved meanwhile. */
async function submitVoucher(tx: Tx, held: HeldVoucher, by: Applicant, today: string): Promise<void> {
  const moved = actOnVoucher(stateOf(held.voucher), { act: 'applySubsidy', by, today })
  if (!moved.ok || !(await moveVoucher(tx, held.voucher.id, 'assessed', { status: moved.state.status }))) throw new RolledBack(applied())
}

/**
 * The application as the rules and the result make it, or why it cannot be made: the pass and
 * its certificate, attendance at the programme's threshold, the occupation and level covered.
 */
async function draftOf(deps: ServiceDeps, at: ApplyCase, appliedBy: string): Promise<SubsidyRow | Refusal> {
  const { held, enrolment, named } = at
  const payee = held.voucher.payment === 'face_value' ? 'institution' : 'holder'
  // Only a person has a card: an institution is paid to its settlement account.
  if (at.payTo === 'card' && payee !== 'holder') return payToHolderOnly()
  const found = await deps.db.read(async (q) => {
    const [assessment, attendance, sessions] = await Promise.all([assessmentOfEnrolment(q, enrolment.id), attendanceOfEnrolment(q, enrolment.id), sessionCountOf(q, named.course.id)])
    const certificate = assessment?.passed ? await certificateOfAssessment(q, assessment.id) : undefined
    return { assessment, certificate, attended: attendance.length, sessions }
  })
  const { assessment, certificate } = found
  if (!assessment?.passed || !certificate) return notPassed()
  if (found.attended * 100 < found.sessions * held.programme.attendanceThresholdPercent) return attendanceBelow()
  const covered = held.programme.covered.find((level) => level.occupationCode === assessment.occupationCode && level.level === assessment.level)
  if (!covered) return refuse('training.voucherNotForCourse', 'This voucher does not cover the occupation and level assessed')
  const now = deps.clock.now()
  return {
    id: newId(deps.random, now.getTime()),
    voucherId: held.voucher.id,
    enrolmentId: enrolment.id,
    programmeId: held.programme.id,
    holderUserId: held.voucher.holderUserId,
    institutionUserId: named.course.institutionUserId,
    regionCode: held.programme.regionCode,
    payee,
    payTo: at.payTo,
    amountFen: Math.min(covered.subsidyFen, named.course.priceFen),
    occupationCode: assessment.occupationCode,
    level: assessment.level,
    certificateNumber: certificate.certificateNumber,
    certificateIssuedOn: certificate.issuedOn,
    status: 'applied',
    appliedAt: now.toISOString(),
    appliedOn: chinaDate(now),
    appliedByUserId: appliedBy,
    decidedAt: null,
    decidedByUserId: null,
    declineReason: null,
    paymentChannel: null,
    paymentStatus: null,
    outBillNo: null,
    transferBillNo: null,
    payoutPackage: null,
    paymentFailure: null,
    paymentSentAt: null,
    paidAt: null,
  }
}

/**
 * Writes the application under the holder's lock: her subsidies are counted only once no other
 * application of hers can be written beside this one, so the yearly limit holds under any race.
 */
async function writeApplication(deps: ServiceDeps, actor: Actor, row: SubsidyRow, held: HeldVoucher, by: Applicant): Promise<Result<SubsidyRow>> {
  const now = new Date(row.appliedAt)
  const forHolder = { ...actor, subjectUserId: row.holderUserId }
  try {
    return await deps.db.transaction(async (tx): Promise<Result<SubsidyRow>> => {
      await lockKey(tx, `training-subsidy-holder:${row.holderUserId}`)
      if (await liveSubsidyOfVoucher(tx, row.voucherId)) return applied()
      const refusal = subsidyRefusal(row, await subsidiesHadBy(tx, row.holderUserId), row.appliedOn)
      if (refusal) return ruleRefusals[refusal]()
      await insertSubsidy(tx, row)
      await submitVoucher(tx, held, by, row.appliedOn)
      await appendAudit(tx, now, forHolder, { action: by === 'institution' ? 'training.applyForTraineeSubsidy' : 'training.applyForMySubsidy', kind: 'write', objectType: 'training_subsidy', objectId: row.id })
      await appendAudit(tx, now, forHolder, { action: 'training.submitVoucher', kind: 'write', objectType: 'training_voucher', objectId: row.voucherId })
      return ok(row)
    })
  } catch (error) {
    if (error instanceof RolledBack) return error.refusal
    // Another application of this voucher was written at the same moment: the index let one through.
    if (isUniqueViolation(error)) return applied()
    throw error
  }
}

async function apply(deps: ServiceDeps, actor: Actor, at: ApplyCase, by: Applicant, appliedBy: string): Promise<Result<SubsidyApplication>> {
  const draft = await draftOf(deps, at, appliedBy)
  if ('problem' in draft) return draft
  const written = await writeApplication(deps, actor, draft, at.held, by)
  if (!written.ok) return written
  return ok(toApplication(deps, await viewOf(deps, written.value.id)))
}

async function viewOf(deps: Pick<Deps, 'db'>, id: string): Promise<SubsidyViewRow> {
  const row = await deps.db.read((q) => subsidyViewById(q, id))
  if (!row) throw new Error(`subsidy application ${id} is not there`)
  return row
}

/**
 * The institution applies for the subsidy of a trainee's face-value voucher, by her enrolment on
 * one of its own courses; another institution's enrolment does not exist for it.
 */
export async function applyForTraineeSubsidy(deps: ServiceDeps, actor: Actor, institution: SessionUser, enrolmentId: string): Promise<Result<SubsidyApplication>> {
  const found = await deps.db.read(async (q) => {
    const enrolment = await enrolmentById(q, enrolmentId)
    if (enrolment?.status !== 'confirmed') return undefined
    const [named, held] = await Promise.all([courseById(q, enrolment.courseId), voucherById(q, enrolment.voucherId)])
    return named?.course.institutionUserId === institution.id && held ? { enrolment, named, held } : undefined
  })
  if (!found) return fail('not_found')
  const refusal = await refusalOfVoucher(deps, found.held, 'institution')
  if (refusal) return refusal
  return apply(deps, actor, { ...found, payTo: 'wechat' }, 'institution', institution.id)
}

/**
 * The holder applies for the subsidy of her own offset voucher, paid to her WeChat balance or, if
 * she asks and holds a card money can be paid onto, to her citizen card; anyone else's voucher
 * does not exist for her.
 */
export async function applyForMySubsidy(deps: ServiceDeps, actor: Actor, holderUserId: string, voucherId: string, input: MySubsidyInput): Promise<Result<SubsidyApplication>> {
  const held = await deps.db.read((q) => voucherById(q, voucherId))
  if (!held || held.voucher.holderUserId !== holderUserId) return fail('not_found')
  const refusal = await refusalOfVoucher(deps, held, 'holder')
  if (refusal) return refusal
  if (input.payTo === 'card' && !(await deps.db.read((q) => holdsPayableCard(q, holderUserId)))) return noPayableCard()
  const found = await deps.db.read(async (q) => {
    const enrolment = await liveEnrolmentOfVoucher(q, voucherId)
    const named = enrolment?.status === 'confirmed' ? await courseById(q, enrolment.courseId) : undefined
    return enrolment && named ? { enrolment, named } : undefined
  })
  if (!found) return notPassed()
  return apply(deps, actor, { held, ...found, payTo: input.payTo }, 'holder', holderUserId)
}

/** Who reads an application again for a retry: the institution it was made for, or the holder. */
export type SubsidyReader = { readonly institutionUserId: string } | { readonly holderUserId: string }

/** An application read again for a retry of the apply's Idempotency-Key; anyone else's does not exist. */
export async function replaySubsidyApplication(deps: ServiceDeps, actor: Actor, reader: SubsidyReader, id: string): Promise<Result<SubsidyApplication>> {
  const row = await deps.db.read((q) => subsidyViewById(q, id))
  const mine = row && ('institutionUserId' in reader ? row.subsidy.institutionUserId === reader.institutionUserId : row.subsidy.holderUserId === reader.holderUserId)
  if (!row || !mine) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: row.subsidy.holderUserId }, { action: 'training.readSubsidyApplication', kind: 'read', objectType: 'training_subsidy', objectId: id })
  return ok(toApplication(deps, row))
}

/** The institution's applications, newest first; each trainee finds the reading of hers in her log. */
export async function listInstitutionSubsidies(deps: ServiceDeps, actor: Actor, institution: SessionUser, query: { cursor?: string | undefined; limit: number }): Promise<Result<SubsidyApplicationPage>> {
  const { rows, nextCursor } = pageOf(
    await deps.db.read((q) => institutionSubsidies(q, institution.id, timeCursor(query.cursor), query.limit)),
    query.limit,
    (last) => `${last.subsidy.appliedAt}|${last.subsidy.id}`,
  )
  await recordReads(deps, actor, 'training.listInstitutionSubsidies', institution.id, rows)
  return ok({ items: rows.map((row) => toApplication(deps, row)), nextCursor })
}

/**
 * Her voucher's live application, else its latest (declined) one, else null, with what confirming
 * the receipt in WeChat needs while its payment waits for her, and her card a subsidy can be paid
 * onto, masked; another's voucher does not exist for her.
 */
export async function getMySubsidy(deps: ServiceDeps & Pick<Deps, 'payments'>, actor: Actor, holderUserId: string, voucherId: string): Promise<Result<MySubsidyAnswer>> {
  const found = await deps.db.read(async (q) => {
    const held = await voucherById(q, voucherId)
    if (held?.voucher.holderUserId !== holderUserId) return undefined
    const [row, card] = await Promise.all([currentSubsidyOfVoucher(q, voucherId), payableCardOf(q, holderUserId)])
    return { row, cardNumberMasked: card?.cardNumberMasked ?? null }
  })
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.getMySubsidy', kind: 'read', objectType: 'training_voucher', objectId: voucherId })
  const { row, cardNumberMasked } = found
  if (!row) return ok({ application: null, cardNumberMasked })
  // What confirms the receipt is hers alone: given only to the holder acting for herself.
  return ok({ application: { ...toApplication(deps, row), confirmation: actor.actorUserId === holderUserId ? confirmationOf(deps, row.subsidy) : null }, cardNumberMasked })
}
