import { maskName } from '@renshe/shared/identity/masking'
import type { SubsidyApplication, SubsidyPayment } from '@renshe/shared/training/subsidy'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { SubsidyRow, SubsidyViewRow } from './subsidy-repo'

/** An application as anyone may be shown it: the trainee's name opened here only to be masked. */
export function toApplication(deps: Pick<Deps, 'sealer'>, row: SubsidyViewRow): SubsidyApplication {
  const { subsidy } = row
  return {
    id: subsidy.id,
    voucherId: subsidy.voucherId,
    voucherNumber: row.voucherNumber,
    programmeId: subsidy.programmeId,
    programmeName: row.programmeName,
    enrolmentId: subsidy.enrolmentId,
    courseName: row.courseName,
    institutionName: row.institutionName ?? '',
    traineeMaskedName: row.nameEnc === null ? '' : maskName(deps.sealer.open(row.nameEnc)),
    occupationCode: subsidy.occupationCode,
    level: subsidy.level,
    certificateNumber: subsidy.certificateNumber,
    certificateIssuedOn: subsidy.certificateIssuedOn,
    payee: subsidy.payee,
    payTo: subsidy.payee === 'holder' ? subsidy.payTo : null,
    amountFen: subsidy.amountFen,
    status: subsidy.status,
    appliedAt: subsidy.appliedAt,
    decidedAt: subsidy.decidedAt,
    declineReason: subsidy.declineReason,
    payment: paymentOf(subsidy),
  }
}

/** Its payment once a run sent it: where it stands, through which channel, and why it failed; never the numbers or the account. */
export function paymentOf(subsidy: SubsidyRow): SubsidyPayment | null {
  if (subsidy.paymentStatus === null || subsidy.paymentChannel === null) return null
  return { status: subsidy.paymentStatus, channel: subsidy.paymentChannel, paidAt: subsidy.paidAt, failure: subsidy.paymentFailure }
}

/** The read of a list, and of each trainee on it as a read of her data (as a roster's is). */
export async function recordReads(deps: Pick<Deps, 'clock' | 'audit'>, actor: Actor, action: string, objectId: string, rows: readonly SubsidyViewRow[]): Promise<void> {
  const now = deps.clock.now()
  await recordAudit(deps, now, actor, { action, kind: 'read', objectType: 'training_subsidies', objectId })
  for (const row of rows) {
    await recordAudit(deps, now, { ...actor, subjectUserId: row.subsidy.holderUserId }, { action: 'training.readSubsidyApplication', kind: 'read', objectType: 'training_subsidy', objectId: row.subsidy.id })
  }
}
