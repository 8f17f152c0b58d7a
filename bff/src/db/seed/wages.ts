import { idNumberCheckCharacter } from '@renshe/shared/identity/id-number'
import { chinaMonth } from '@renshe/shared/platform/china-time'
import { addMonths } from '@renshe/shared/records/months'
import { creditCodeCheckCharacter } from '@renshe/shared/wages/credit-code'
import { officialCalendar2026, officialCalendar2027 } from '@renshe/shared/wages/holidays'
import { lastOverdueMonthAt, monthsBetween } from '../../modules/wages/payroll-watch'
import type { Tx } from '../database'
import { calendarDays, employers, payrollLines, payrollMonths, projects } from '../schema'
import type { SeedDeps } from './seed'

/** Seeded ids other seeds (complaints) and tests can name. */
export const seededWageIds = {
  employers: {
    oujiang: 'employer-oujiang',
    hongda: 'employer-hongda',
    xincheng: 'employer-xincheng',
    huarui: 'employer-huarui',
  },
  projects: {
    /** Payroll uploaded for every month due but the last: the early warning fires on it. */
    oujiangfu: 'project-oujiangfu-2',
    /** Payroll complete. */
    binjiang: 'project-binjiang',
    /** Ouhai (330304), finished, payroll complete. */
    ouhaiMall: 'project-ouhai-mall',
  },
} as const

/** GB 11714 organisation code: 8 characters and their check character. */
function organisationCode(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first8].reduce((total, c, i) => total + Number.parseInt(c, 36) * (weights[i] ?? 0), 0)
  const check = 11 - (sum % 11)
  return `${first8}${check === 10 ? 'X' : check === 11 ? '0' : String(check)}`
}

/** A made-up but valid GB 32100 code of an enterprise (91) registered in `regionCode`. */
function creditCode(regionCode: string, organisation8: string): string {
  const first17 = `91${regionCode}${organisationCode(organisation8)}`
  const check = creditCodeCheckCharacter(first17)
  if (check === null) throw new Error(`Seed credit code ${first17} is not in the alphabet`)
  return `${first17}${check}`
}

/** A made-up but valid GB 11643 ID number. */
function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`
  return `${first17}${idNumberCheckCharacter(first17)}`
}

interface SeedWorker {
  readonly name: string
  readonly idNumber: string
  /** Monthly wage in yuan. */
  readonly wageYuan: number
}

const oujiangCrew: readonly SeedWorker[] = [
  // worker-zhao, the demo migrant worker: his complaint can name this site and be checked against its payroll.
  { name: '赵强', idNumber: '511321198803124572', wageYuan: 7800 },
  { name: '王建国', idNumber: idNumber('342401', '19750312', '031'), wageYuan: 8200 },
  { name: '刘德胜', idNumber: idNumber('330324', '19790825', '117'), wageYuan: 7600 },
  { name: '陈小军', idNumber: idNumber('513030', '19910207', '053'), wageYuan: 6900 },
  { name: '李红梅', idNumber: idNumber('330302', '19860419', '024'), wageYuan: 5800 },
]

const binjiangCrew: readonly SeedWorker[] = [
  { name: '张海波', idNumber: idNumber('330302', '19820614', '015'), wageYuan: 8800 },
  { name: '周永福', idNumber: idNumber('362330', '19770930', '079'), wageYuan: 7300 },
  { name: '黄丽华', idNumber: idNumber('330304', '19900112', '046'), wageYuan: 6200 },
]

const ouhaiCrew: readonly SeedWorker[] = [
  { name: '吴志刚', idNumber: idNumber('330304', '19840723', '053'), wageYuan: 7000 },
  { name: '郑国平', idNumber: idNumber('522425', '19811103', '091'), wageYuan: 6600 },
  { name: '孙秀兰', idNumber: idNumber('330381', '19930516', '028'), wageYuan: 5600 },
]

/**
 * Employers, their projects and payroll, and the working-day calendar. Months are placed from
 * the clock: whenever it runs, 瓯江府二期 misses exactly the month whose deadline passed last.
 */
export async function seedWages(tx: Tx, deps: SeedDeps, ids: ReadonlyMap<string, string>): Promise<void> {
  await tx.insert(calendarDays).values([...officialCalendar2026, ...officialCalendar2027])

  const now = deps.clock.now()
  const at = now.toISOString()
  const { employers: e, projects: p } = seededWageIds
  await tx.insert(employers).values([
    { id: e.oujiang, name: '温州瓯江建设有限公司', creditCode: creditCode('330302', 'MA2H7K3L'), regionCode: '330302', userId: ids.get('employer-demo') ?? null, createdAt: at },
    { id: e.hongda, name: '鹿城鸿达劳务有限公司', creditCode: creditCode('330302', 'MA2J0R8N'), regionCode: '330302', userId: null, createdAt: at },
    { id: e.xincheng, name: '瓯海新城装饰工程有限公司', creditCode: creditCode('330304', '7045163M'), regionCode: '330304', userId: null, createdAt: at },
    { id: e.huarui, name: '温州华瑞建筑劳务有限公司', creditCode: creditCode('330304', 'MA2L6T9D'), regionCode: '330304', userId: null, createdAt: at },
  ])

  const lastOverdue = lastOverdueMonthAt(now)
  const current = chinaMonth(now)
  const sites = [
    {
      id: p.oujiangfu,
      employerId: e.oujiang,
      name: '瓯江府二期',
      regionCode: '330302',
      address: '鹿城区江滨西路 88 号',
      startMonth: addMonths(lastOverdue, -5),
      endMonth: null,
      paidThrough: addMonths(lastOverdue, -1),
      crew: oujiangCrew,
    },
    {
      id: p.binjiang,
      employerId: e.oujiang,
      name: '滨江商务楼',
      regionCode: '330302',
      address: '鹿城区滨江街道锦江路 16 号',
      startMonth: addMonths(lastOverdue, -11),
      endMonth: addMonths(current, 4),
      paidThrough: lastOverdue,
      crew: binjiangCrew,
    },
    {
      id: p.ouhaiMall,
      employerId: e.xincheng,
      name: '瓯海大道商业综合体装修工程',
      regionCode: '330304',
      address: '瓯海区娄桥街道瓯海大道 1188 号',
      startMonth: addMonths(lastOverdue, -8),
      endMonth: addMonths(lastOverdue, -1),
      paidThrough: addMonths(lastOverdue, -1),
      crew: ouhaiCrew,
    },
  ]
  for (const { paidThrough, crew, ...site } of sites) {
    await tx.insert(projects).values({ ...site, createdAt: at })
    for (const month of monthsBetween(site.startMonth, paidThrough)) {
      await seedPayrollMonth(tx, deps, site.id, month, crew, month === paidThrough && site.id === p.oujiangfu)
    }
  }
}

/** One month's payroll as an import would store it; `shortPaid` leaves the first worker owed half. */
async function seedPayrollMonth(tx: Tx, deps: SeedDeps, projectId: string, month: string, crew: readonly SeedWorker[], shortPaid: boolean): Promise<void> {
  const next = addMonths(month, 1)
  const importId = `seed-${projectId}-${month}`
  const lines = crew.map((worker, i) => {
    const dueFen = worker.wageYuan * 100
    return {
      id: `${importId}-${i + 2}`,
      projectId,
      month,
      importId,
      line: i + 2,
      nameEnc: deps.sealer.seal(worker.name),
      idNumberEnc: deps.sealer.seal(worker.idNumber),
      idNumberIndex: deps.blindIndex('id_number', worker.idNumber),
      dueFen,
      paidFen: shortPaid && i === 0 ? dueFen / 2 : dueFen,
      paidOn: `${next}-10`,
    }
  })
  await tx.insert(payrollLines).values(lines)
  await tx.insert(payrollMonths).values({
    projectId,
    month,
    workers: crew.length,
    dueFen: lines.reduce((sum, l) => sum + l.dueFen, 0),
    paidFen: lines.reduce((sum, l) => sum + l.paidFen, 0),
    importId,
    importedAt: `${next}-12T02:00:00.000Z`,
  })
}
