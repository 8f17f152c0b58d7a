import { z } from 'zod'
import { OccupationCode } from '../jobs/occupations'
import { IsoDate } from '../platform/primitives'
import { attendanceRules } from './attendance'
import { CoveredLevel, EligibilityChoice, ProgrammeKind, ProgrammeReach, VoucherPayment } from './schemas'

/*
 * A new programme as an officer writes it (decision 060). Apart from schemas.ts because it checks
 * occupations against the classification's table, which only the officer's form needs.
 */

/** A covered level as an officer writes it: an occupation of the classification's table. */
export const NewCoveredLevel = CoveredLevel.extend({ occupationCode: OccupationCode }).strict()
export type NewCoveredLevel = z.infer<typeof NewCoveredLevel>

export const programmeNameMaxLength = 60

export const NewProgramme = z
  .strictObject({
    name: z.string().trim().min(1, { message: 'field.required' }).max(programmeNameMaxLength, { message: 'field.tooLong' }),
    kind: ProgrammeKind,
    payment: VoucherPayment,
    reach: ProgrammeReach,
    eligibility: EligibilityChoice,
    covered: z.array(NewCoveredLevel).min(1, { message: 'training.coveredRequired' }).max(20),
    /** Institution accounts whose courses the vouchers may be spent on; empty: none yet (added later). */
    institutionIds: z.array(z.string().min(1).max(64)).max(50),
    /** China dates; a voucher can be spent from the first to the last, inclusive. */
    validFrom: IsoDate,
    validUntil: IsoDate,
    /** The share of a course's sessions a trainee must attend, in percent: below it she is flagged and no subsidy is paid. */
    attendanceThresholdPercent: z
      .number({ message: 'field.invalid' })
      .int({ message: 'field.invalid' })
      .min(50, { message: 'training.threshold' })
      .max(100, { message: 'training.threshold' })
      .default(attendanceRules.defaultThresholdPercent),
    quantity: z.number({ message: 'field.invalid' }).int({ message: 'field.invalid' }).min(1, { message: 'training.quantity' }).max(1_000_000, { message: 'training.quantity' }),
    /**
     * What the programme may pay in subsidies, integer fen (decision 063); absent or null: enough
     * for every voucher at the highest covered subsidy. Approvals beyond it are refused.
     */
    budgetFen: z.number({ message: 'field.invalid' }).int({ message: 'field.invalid' }).min(1, { message: 'training.budget' }).max(100_000_000_000, { message: 'training.budget' }).nullish(),
  })
  .refine((p) => p.validUntil >= p.validFrom, { message: 'training.dateOrder', path: ['validUntil'] })
  .refine((p) => p.eligibility.minAge === null || p.eligibility.maxAge === null || p.eligibility.minAge <= p.eligibility.maxAge, {
    message: 'training.ageOrder',
    path: ['eligibility', 'maxAge'],
  })
  .refine((p) => new Set(p.covered.map((c) => `${c.occupationCode}|${c.level}`)).size === p.covered.length, {
    message: 'training.coveredTwice',
    path: ['covered'],
  })
export type NewProgramme = z.infer<typeof NewProgramme>

/** The budget a programme gets when the officer names none: every voucher at the highest covered subsidy. */
export function defaultBudgetFen(programme: Pick<NewProgramme, 'quantity' | 'covered'>): number {
  return programme.quantity * Math.max(0, ...programme.covered.map((level) => level.subsidyFen))
}

