import { chinaDate } from '@renshe/shared/platform/china-time'
import { eligibilityLogic } from '@renshe/shared/training/eligibility'
import type { CoveredLevel } from '@renshe/shared/training/schemas'
import { defaultBudgetFen, type NewProgramme } from '@renshe/shared/training/new-programme'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import type { Tx } from '../database'
import { trainingCourses, trainingInstitutionAccounts, trainingProgrammes, trainingSessions } from '../schema'
import { demoAccounts } from './demo-accounts'
import type { SeedDeps } from './seed'

export const seededTrainingIds = {
  programmes: {
    /** Targeted: pushed by the training job to every Lucheng resident aged 16 to 45 (citizen-zhang). */
    targeted: 'programme-lucheng-upgrade',
    /** General: open to every Lucheng resident aged 16 to 60, first come, first served (citizen-zhang may claim one). */
    general: 'programme-lucheng-basic',
  },
  courses: {
    /** 焊工 level 4 at institution-demo: the targeted programme's voucher can be spent on it. */
    welding: 'course-lucheng-welding',
    /** 养老护理员 level 5 at institution-demo: the general programme's voucher can be spent on it. */
    elderCare: 'course-lucheng-eldercare',
  },
} as const

/**
 * What a voucher pays per skill level, in fen. Local data for the demo, not a published rule:
 * each city sets its own amounts (人社厅发〔2021〕21号 leaves them to the province), so a real
 * deployment's officer enters hers when she opens a programme.
 */
const subsidyByLevel = { 5: 150_000, 4: 180_000, 3: 240_000 } as const

const covering = (occupationCode: string, levels: readonly (keyof typeof subsidyByLevel)[]): CoveredLevel[] =>
  levels.map((level) => ({ occupationCode, level, subsidyFen: subsidyByLevel[level] }))

/** The two demo programmes of Lucheng (Wenzhou), as officer-liu opened them; their vouchers last a year from the seed. */
function demoProgrammes(institutionId: string | undefined): (Omit<NewProgramme, 'validFrom' | 'validUntil'> & { id: string })[] {
  const institutionIds = institutionId ? [institutionId] : []
  return [
    {
      id: seededTrainingIds.programmes.targeted,
      name: '温州市鹿城区青年职工技能提升培训券',
      kind: 'upgrade',
      payment: 'face_value',
      reach: 'targeted',
      eligibility: { minAge: 16, maxAge: 45, groups: [] },
      // 焊工, 中式烹调师
      covered: [...covering('6-18-02-04', [4, 3]), ...covering('4-03-02-01', [4, 3])],
      institutionIds,
      attendanceThresholdPercent: 80,
      quantity: 500,
    },
    {
      id: seededTrainingIds.programmes.general,
      name: '温州市鹿城区职业技能培训券（通用）',
      kind: 'basic',
      payment: 'offset',
      reach: 'general',
      eligibility: { minAge: 16, maxAge: 60, groups: [] },
      // 养老护理员, 家政服务员
      covered: [...covering('4-10-01-05', [5, 4, 3]), ...covering('4-10-01-06', [5, 4])],
      institutionIds,
      attendanceThresholdPercent: 80,
      quantity: 200,
    },
  ]
}

/**
 * The demo's training programmes: no voucher yet. The training job pushes the targeted one to
 * citizen-zhang at the server's first run, as it would to anyone it reaches; the general one is
 * hers to claim. Fixed ids; each programme's budget is the default (every voucher at its highest
 * subsidy). The demo institution's settlement account comes with them.
 */
export async function seedTraining(tx: Tx, deps: SeedDeps, ids: ReadonlyMap<string, string>): Promise<void> {
  const officer = ids.get('officer-liu')
  if (!officer) return
  const now = deps.clock.now()
  const today = chinaDate(now)
  for (const { id, ...programme } of demoProgrammes(ids.get('institution-demo'))) {
    await tx
      .insert(trainingProgrammes)
      .values({
        id,
        regionCode: '330302',
        ...programme,
        eligibilityLogic: eligibilityLogic(programme.eligibility),
        budgetFen: defaultBudgetFen(programme),
        validFrom: today,
        validUntil: addCalendarDays(today, 365),
        issued: 0,
        status: 'open',
        createdBy: officer,
        createdAt: now.toISOString(),
        closedAt: null,
      })
      .onConflictDoNothing()
  }
  await seedInstitutionAccount(tx, deps, ids)
}

/**
 * The demo institution's settlement account, in its registered name, so its face-value subsidies
 * can be paid (through the development channel in a demo). Made-up, not a real account.
 */
const demoSettlementAccount = { bankName: '中国工商银行温州鹿城支行', accountNo: '1203210109000068217' } as const

async function seedInstitutionAccount(tx: Tx, deps: SeedDeps, ids: ReadonlyMap<string, string>): Promise<void> {
  const institution = ids.get('institution-demo')
  const accountName = demoAccounts.find((demo) => demo.account === 'institution-demo')?.organization
  if (!institution || !accountName) return
  const { bankName, accountNo } = demoSettlementAccount
  await tx
    .insert(trainingInstitutionAccounts)
    .values({
      institutionUserId: institution,
      accountName,
      bankName,
      accountNoEnc: deps.sealer.seal(accountNo),
      accountNoLast4: accountNo.slice(-4),
      updatedAt: deps.clock.now().toISOString(),
    })
    .onConflictDoNothing()
}

interface DemoCourse {
  readonly id: string
  readonly name: string
  readonly occupationCode: string
  readonly level: number
  readonly hours: number
  readonly capacity: number
  readonly priceFen: number
  /** Days after the seed's day of the first session, and of each one after it. */
  readonly sessionDays: readonly number[]
  readonly from: string
  readonly to: string
  readonly place: string
}

/** Two courses of the demo institution in Lucheng, three and four weeks after the seed's day. */
const demoCourses: readonly DemoCourse[] = [
  {
    id: seededTrainingIds.courses.welding,
    name: '焊工（四级）技能提升班',
    occupationCode: '6-18-02-04',
    level: 4,
    hours: 48,
    capacity: 20,
    priceFen: 180_000,
    sessionDays: [21, 22, 28, 29, 35, 36],
    from: '09:00',
    to: '17:00',
    place: '温州技师培训学校实训楼二楼焊接车间（鹿城区学院中路）',
  },
  {
    id: seededTrainingIds.courses.elderCare,
    name: '养老护理员（五级）初级班',
    occupationCode: '4-10-01-05',
    level: 5,
    hours: 32,
    capacity: 30,
    priceFen: 150_000,
    sessionDays: [28, 30, 32, 35, 37, 39, 42, 44],
    from: '18:30',
    to: '21:30',
    place: '温州技师培训学校教学楼 305 教室（鹿城区学院中路）',
  },
]

/**
 * The demo institution's courses, on which the seeded vouchers can be spent, with their sessions
 * placed from the seed's day. Fixed ids and no randomness: seeding again writes nothing twice.
 */
export async function seedTrainingCourses(tx: Tx, deps: SeedDeps, ids: ReadonlyMap<string, string>): Promise<void> {
  const institution = ids.get('institution-demo')
  if (!institution) return
  const now = deps.clock.now()
  const today = chinaDate(now)
  for (const { id, sessionDays, from, to, place, ...course } of demoCourses) {
    const dates = sessionDays.map((day) => addCalendarDays(today, day))
    await tx
      .insert(trainingCourses)
      .values({ id, institutionUserId: institution, ...course, enrolled: 0, regionCode: '330302', startsOn: dates[0] ?? today, status: 'open', createdAt: now.toISOString() })
      .onConflictDoNothing()
    await tx
      .insert(trainingSessions)
      .values(dates.map((date, index) => ({ id: `${id}-${String(index + 1).padStart(2, '0')}`, courseId: id, date, timeFrom: from, timeTo: to, place })))
      .onConflictDoNothing()
  }
}
