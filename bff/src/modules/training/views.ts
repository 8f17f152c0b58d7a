import type { ClaimableProgramme, Programme, TrainingInstitution, Voucher } from '@renshe/shared/training/schemas'
import { statusOn } from '@renshe/shared/training/voucher-machine'
import { toEnrolment } from './course-views'
import type { CourseEnrolment } from './enrolments-repo'
import type { InstitutionNames, ProgrammeRow, SubsidyMoney, VoucherCounts } from './programmes-repo'
import type { HeldVoucher } from './vouchers-repo'

const noVouchers: VoucherCounts = { claimed: 0, expired: 0, withdrawn: 0 }
const noSubsidies: SubsidyMoney = { appliedFen: 0, committedFen: 0, paidFen: 0 }

/** The approved institutions of a programme with their names, in its order; an account gone or no longer an organisation's is left out. */
function institutionsOf(ids: readonly string[], names: InstitutionNames): TrainingInstitution[] {
  return ids.flatMap((id) => {
    const institution = names.get(id)
    return institution ? [institution] : []
  })
}

export function toProgramme(row: ProgrammeRow, names: InstitutionNames, counts: VoucherCounts = noVouchers, money: SubsidyMoney = noSubsidies): Programme {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    payment: row.payment,
    reach: row.reach,
    regionCode: row.regionCode,
    eligibility: row.eligibility,
    covered: row.covered,
    institutionIds: row.institutionIds,
    institutions: institutionsOf(row.institutionIds, names),
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    attendanceThresholdPercent: row.attendanceThresholdPercent,
    status: row.status,
    createdAt: row.createdAt,
    ledger: { quantity: row.quantity, issued: row.issued, remaining: Math.max(0, row.quantity - row.issued), ...counts, budgetFen: row.budgetFen, ...money },
  }
}

/**
 * A voucher as its holder sees it on `today` (a China date): a lapsed one shows expired before
 * the job has ended it; with the enrolment it shows (`shownEnrolmentsOf`), if any.
 */
export function toVoucher({ voucher, programme }: HeldVoucher, today: string, names: InstitutionNames, shown?: CourseEnrolment): Voucher {
  return {
    id: voucher.id,
    number: voucher.number,
    programmeId: programme.id,
    programmeName: programme.name,
    kind: programme.kind,
    payment: voucher.payment,
    reach: programme.reach,
    covered: programme.covered,
    institutions: institutionsOf(programme.institutionIds, names),
    status: statusOn(voucher, today),
    issuedAt: voucher.issuedAt,
    claimedAt: voucher.claimedAt,
    validFrom: voucher.validFrom,
    validUntil: voucher.validUntil,
    enrolment: shown ? toEnrolment(shown.enrolment, { name: shown.courseName, startsOn: shown.courseStartsOn }) : null,
  }
}

export function toClaimable(row: ProgrammeRow): ClaimableProgramme {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    payment: row.payment,
    covered: row.covered,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    remaining: Math.max(0, row.quantity - row.issued),
  }
}
