import { checkIdNumber, idNumberCheckCharacter } from '@renshe/shared/identity/id-number'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { addMonths } from '@renshe/shared/records/months'
import { addMonthsClamped, cycleOn, defaultCycleRules } from '@renshe/shared/retiree/cycle'
import { overpaidAfterDeath, payDateOf } from '@renshe/shared/retiree/payments'
import type { AssistanceBenefit, CertificationMethod, DataLevel, PartnerKind, PensionStatus } from '@renshe/shared/retiree/schemas'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { pages } from '@renshe/shared/platform/pages'
import { notify } from '../../platform/notify'
import { partnerKeyHash } from '../../platform/partner-access'
import type { Tx } from '../database'
import { assistanceRules, deathRecords, localMinimums, overpayments, partnerKeys, partners, pensionCertifications, pensionPayments, pensioners } from '../schema'
import type { SeedDeps } from './seed'

/**
 * Development keys of the seeded partner departments, printed in the README. Only their SHA-256
 * is stored; a deployment registers its partners and hands each its own key.
 */
export const devPartnerKeys = {
  hospital: 'rp_dev_hospital_7c41d2e9a8b35f60',
  bank: 'rp_dev_bank_2b9e6f1a4d8c0735',
  transit: 'rp_dev_transit_5a0c9e2f7b1d4836',
  civilAffairs: 'rp_dev_civil_9d3f1b7e5c2a0846',
  /** 中国工商银行温州分行, level 2: makes and hands over cards at its counters (seeded with the cards, decision 067). */
  icbc: 'rp_dev_icbc_4f8a2d6c1e9b7053',
} as const

/** Seeded ids other seeds (home visits) and tests can name. */
export const seededRetireeIds = {
  pensioners: {
    /** elder-wang: due in 20 days, never looked at for assistance. */
    wang: 'pensioner-wang',
    /** retiree-sun: due in 10 days. */
    sun: 'pensioner-sun',
    /** retiree-wu: suspended, October and November held; grid of staff-zhou. */
    wu: 'pensioner-wu',
    /** No account, 86, lives alone, below the local minimum, overdue. */
    qian: 'pensioner-qian',
    /** No account, 88, certified 100 days ago: the death record of the demos. */
    zhou: 'pensioner-zhou',
  },
  partners: {
    hospital: 'partner-hospital',
    bank: 'partner-bank',
    transit: 'partner-transit',
    civilAffairs: 'partner-civil-affairs',
  },
  rules: {
    longevity: 'rule-longevity-allowance',
    subsidy: 'rule-pension-subsidy',
    homeVisit: 'rule-home-visit-service',
  },
} as const

interface SeedPartner {
  readonly id: string
  readonly name: string
  readonly kind: PartnerKind
  readonly dataLevel: DataLevel
  readonly key: string
}

const seedPartners: readonly SeedPartner[] = [
  { id: seededRetireeIds.partners.hospital, name: '温州市人民医院', kind: 'hospital', dataLevel: 1, key: devPartnerKeys.hospital },
  { id: seededRetireeIds.partners.bank, name: '温州银行', kind: 'bank', dataLevel: 2, key: devPartnerKeys.bank },
  { id: seededRetireeIds.partners.transit, name: '温州市民卡', kind: 'transit', dataLevel: 1, key: devPartnerKeys.transit },
  { id: seededRetireeIds.partners.civilAffairs, name: '温州市民政局', kind: 'civil_affairs', dataLevel: 2, key: devPartnerKeys.civilAffairs },
]

const seedRules: readonly { id: string; benefit: AssistanceBenefit; logic: Record<string, unknown>; amountFen: number | null }[] = [
  { id: seededRetireeIds.rules.longevity, benefit: 'longevity_allowance', logic: { '>=': [{ var: 'age' }, 80] }, amountFen: 10_000 },
  { id: seededRetireeIds.rules.subsidy, benefit: 'pension_subsidy', logic: { '<': [{ var: 'monthlyFen' }, { var: 'localMinimumFen' }] }, amountFen: null },
  {
    id: seededRetireeIds.rules.homeVisit,
    benefit: 'home_visit_service',
    logic: { and: [{ '==': [{ var: 'livesAlone' }, true] }, { '>=': [{ var: 'age' }, 70] }] },
    amountFen: null,
  },
]

/** Local minimum pension per month, in fen, of the four counties seeded. */
export const seededLocalMinimums: Readonly<Record<string, number>> = { '330302': 180_000, '330303': 170_000, '330304': 170_000, '330381': 165_000 }

type Scenario = 'certified' | 'due' | 'overdue' | 'suspended' | 'stopped'

interface LastCertification {
  readonly method: CertificationMethod
  readonly source: PartnerKind | null
}

interface SeedPensioner {
  readonly id: string
  readonly name: string
  readonly idNumber: string
  readonly address: string
  readonly regionCode: string
  readonly gridCode: string | null
  readonly livesAlone: boolean
  readonly monthlyFen: number
  readonly firstMonth: string
  readonly cycleStart: string
  readonly scenario: Scenario
  readonly last: LastCertification
  /** Stopped only: the day of death, and the day civil affairs' record arrived. */
  readonly died?: { readonly on: string; readonly recordedOn: string }
}

/** A made-up but valid GB 11643 ID number. */
function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`
  return `${first17}${idNumberCheckCharacter(first17)}`
}

const counties: readonly { code: string; name: string; streets: readonly string[]; count: number }[] = [
  { code: '330302', name: '鹿城区', streets: ['五马街道解放街', '南汇街道学院路', '松台街道广场路', '滨江街道江滨西路'], count: 12 },
  { code: '330303', name: '龙湾区', streets: ['永中街道永宁路', '蒲州街道上江路'], count: 6 },
  { code: '330304', name: '瓯海区', streets: ['景山街道府东路', '娄桥街道古岸路'], count: 6 },
  { code: '330381', name: '瑞安市', streets: ['安阳街道万松路', '玉海街道虞池路'], count: 6 },
]

// Every county goes through the same mix from a different point, so each sees every state.
const scenarioCycle: readonly Scenario[] = ['certified', 'due', 'certified', 'overdue', 'certified', 'suspended', 'certified', 'stopped', 'due', 'certified', 'certified', 'overdue']
const surnames = ['陈', '林', '黄', '郑', '周', '吴', '徐', '孙', '胡', '朱', '高', '何', '郭', '马', '罗', '梁', '宋', '谢', '叶', '潘', '蔡', '许', '曹', '彭', '曾', '田', '董', '袁', '邓', '蒋']
const menNames = ['国华', '建平', '志强', '福生', '德顺', '永康', '金海', '树林', '长青', '明德', '宝根', '正兴', '文彬', '荣发', '光明']
const womenNames = ['秀兰', '桂英', '玉珍', '美华', '月娥', '素芳', '翠英', '彩凤', '雪梅', '凤仙', '丽娟', '金花', '巧云', '爱玉', '淑贞']
const partnerSources: readonly PartnerKind[] = ['hospital', 'bank', 'transit', 'civil_affairs']

function lastCertificationOf(i: number): LastCertification {
  if (i % 3 === 1) return { method: 'face', source: null }
  if (i % 3 === 2) return { method: 'home_visit', source: null }
  return { method: 'partner_signal', source: partnerSources[(i / 3) % 4 | 0] ?? 'hospital' }
}

/** About thirty pensioners nobody logs in as, in four counties, spread over every state and method. */
function generatedPensioners(today: string, yearAgo: string): SeedPensioner[] {
  const generated: SeedPensioner[] = []
  let i = 0
  counties.forEach((county, k) => {
    for (let j = 0; j < county.count; j += 1, i += 1) {
      const scenario = scenarioCycle[(j + 2 * k) % scenarioCycle.length] ?? 'certified'
      const male = i % 2 === 0
      const birthYear = 1936 + ((i * 7) % 29)
      const birthMonth = 1 + ((i * 5) % 12)
      const birth = `${birthYear}-${String(birthMonth).padStart(2, '0')}-${String(1 + ((i * 11) % 28)).padStart(2, '0')}`
      const sequence = String(500 + 2 * i + (male ? 1 : 0))
      let cycleStart: string
      let died: SeedPensioner['died']
      switch (scenario) {
        case 'certified':
          cycleStart = addCalendarDays(today, -(30 + ((i * 37) % 280)))
          break
        case 'due':
          cycleStart = addCalendarDays(yearAgo, 3 + ((i * 7) % 25))
          break
        case 'overdue':
          cycleStart = addCalendarDays(yearAgo, -(2 + ((i * 5) % 26)))
          break
        case 'suspended':
          cycleStart = addCalendarDays(yearAgo, -(35 + ((i * 11) % 60)))
          break
        case 'stopped': {
          const on = addCalendarDays(today, -(20 + ((i * 13) % 200)))
          const recordedOn = addCalendarDays(on, 45)
          died = { on, recordedOn: recordedOn < today ? recordedOn : today }
          cycleStart = addCalendarDays(on, -100)
          break
        }
      }
      generated.push({
        id: `pensioner-g${String(i + 1).padStart(2, '0')}`,
        name: `${surnames[i % surnames.length]}${(male ? menNames : womenNames)[i % 15]}`,
        idNumber: idNumber(county.code, birth.replaceAll('-', ''), sequence),
        address: `${county.name}${county.streets[j % county.streets.length]} ${10 + i} 号`,
        regionCode: county.code,
        gridCode: county.code === '330302' ? (j % 2 === 0 ? 'WG330302001' : 'WG330302002') : `WG${county.code}001`,
        livesAlone: i % 4 === 1,
        monthlyFen: 150_000 + ((i * 12_345) % 300_000),
        firstMonth: `${birthYear + (male ? 60 : 55)}-${String(birthMonth).padStart(2, '0')}`,
        cycleStart,
        scenario,
        last: lastCertificationOf(i),
        ...(died ? { died } : {}),
      })
    }
  })
  return generated
}

/** The five pensioners the demos and tests name (three of them have portal accounts). */
function namedPensioners(today: string, yearAgo: string): SeedPensioner[] {
  const ids = seededRetireeIds.pensioners
  return [
    {
      id: ids.wang,
      name: '王秀英',
      idNumber: '330302194406080025',
      address: '鹿城区五马街道解放街 23 号',
      regionCode: '330302',
      gridCode: 'WG330302001',
      livesAlone: false,
      monthlyFen: 326_800,
      firstMonth: '1999-07',
      cycleStart: addCalendarDays(yearAgo, 20),
      scenario: 'due',
      last: { method: 'face', source: null },
    },
    {
      id: ids.sun,
      name: '孙建国',
      idNumber: '33030219550312301X',
      address: '鹿城区松台街道广场路 106 号',
      regionCode: '330302',
      gridCode: 'WG330302001',
      livesAlone: false,
      monthlyFen: 412_500,
      firstMonth: '2015-04',
      cycleStart: addCalendarDays(yearAgo, 10),
      scenario: 'due',
      last: { method: 'partner_signal', source: 'bank' },
    },
    {
      id: ids.wu,
      name: '吴桂兰',
      idNumber: '330302194807214020',
      address: '鹿城区南汇街道学院路 58 号',
      regionCode: '330302',
      gridCode: 'WG330302002',
      livesAlone: false,
      monthlyFen: 251_000,
      firstMonth: '2003-08',
      cycleStart: addCalendarDays(yearAgo, -90),
      scenario: 'suspended',
      last: { method: 'home_visit', source: null },
    },
    {
      id: ids.qian,
      name: '钱桂芳',
      idNumber: '330302194001152027',
      address: '鹿城区五马街道蝉街 7 号',
      regionCode: '330302',
      gridCode: 'WG330302001',
      livesAlone: true,
      monthlyFen: 168_000,
      firstMonth: '1995-02',
      cycleStart: addCalendarDays(yearAgo, -5),
      scenario: 'overdue',
      last: { method: 'home_visit', source: null },
    },
    {
      id: ids.zhou,
      name: '周德明',
      idNumber: '330302193809031012',
      address: '鹿城区滨江街道江滨西路 210 号',
      regionCode: '330302',
      gridCode: 'WG330302001',
      livesAlone: false,
      monthlyFen: 298_000,
      firstMonth: '1998-10',
      cycleStart: addCalendarDays(today, -100),
      scenario: 'certified',
      last: { method: 'partner_signal', source: 'transit' },
    },
  ]
}

/**
 * Pensioners with their last certification, up to 24 months of payments each (paid on the
 * 10th; held once suspended; none after a recorded death), the eligibility rules, the local
 * minimums and the partner departments. Dates are placed from the seed clock's today.
 */
export async function seedRetiree(tx: Tx, deps: SeedDeps, ids: ReadonlyMap<string, string>): Promise<void> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = chinaDate(now)
  const yearAgo = addMonthsClamped(today, -defaultCycleRules.cycleMonths)
  const firstShown = addMonths(today.slice(0, 7), -23)

  for (const partner of seedPartners) {
    const { key, ...row } = partner
    await tx.insert(partners).values({ ...row, createdAt: at })
    await tx.insert(partnerKeys).values({ id: `${row.id}-key`, partnerId: row.id, keyHash: partnerKeyHash(key), createdAt: at, lastUsedAt: null, expiresAt: null, revokedAt: null })
  }
  for (const rule of seedRules) await tx.insert(assistanceRules).values({ ...rule, regionCode: null, active: true, createdAt: at })
  for (const [regionCode, minimumFen] of Object.entries(seededLocalMinimums)) await tx.insert(localMinimums).values({ regionCode, minimumFen })

  for (const person of [...namedPensioners(today, yearAgo), ...generatedPensioners(today, yearAgo)]) {
    const check = checkIdNumber(person.idNumber, now)
    if (!check.ok) throw new Error(`Seed pensioner ${person.id} has an invalid ID number: ${check.error}`)
    const cycle = cycleOn(today, { cycleStart: person.cycleStart, diedOn: person.died?.on ?? null, suspended: false }, defaultCycleRules)
    const status: PensionStatus = person.died ? 'stopped' : person.scenario === 'suspended' ? 'suspended' : 'active'
    // Notices the pensioner has had: overdue ones were reminded and warned, suspended ones told too.
    const told = person.scenario === 'overdue' || person.scenario === 'suspended' ? cycle.dueDate : null
    await tx.insert(pensioners).values({
      id: person.id,
      idNumberIndex: deps.blindIndex('id_number', check.value.normalized),
      idNumberEnc: deps.sealer.seal(check.value.normalized),
      nameEnc: deps.sealer.seal(person.name),
      addressEnc: deps.sealer.seal(person.address),
      birthDate: check.value.birthDate,
      regionCode: person.regionCode,
      gridCode: person.gridCode,
      livesAlone: person.livesAlone,
      monthlyFen: person.monthlyFen,
      firstMonth: person.firstMonth,
      status,
      cycleStart: person.cycleStart,
      diedOn: person.died?.on ?? null,
      dueSoonNoticeFor: told,
      overdueNoticeFor: told,
      suspendedNoticeFor: person.scenario === 'suspended' ? cycle.dueDate : null,
      faceFailures: 0,
      faceFailuresFor: null,
      assistanceCheckedAt: null,
      createdAt: at,
    })

    await tx.insert(pensionCertifications).values({
      id: `${person.id}-certification`,
      pensionerId: person.id,
      certifiedOn: person.cycleStart,
      method: person.last.method,
      source: person.last.source,
      signalId: null,
      taskId: null,
      review: person.last.method === 'home_visit' ? 'approved' : 'none',
      actorUserId: null,
      createdAt: `${person.cycleStart}T02:00:00.000Z`,
    })

    const paidUntil = person.died?.recordedOn ?? today
    const rows: (typeof pensionPayments.$inferInsert)[] = []
    for (let month = person.firstMonth < firstShown ? firstShown : person.firstMonth; payDateOf(month) <= paidUntil; month = addMonths(month, 1)) {
      const held = status === 'suspended' && payDateOf(month) >= cycle.suspendsOn
      rows.push({
        id: `${person.id}-${month}`,
        pensionerId: person.id,
        month,
        amountFen: person.monthlyFen,
        status: held ? 'held' : 'paid',
        paidOn: held ? null : payDateOf(month),
        arrears: false,
      })
    }
    if (rows.length > 0) await tx.insert(pensionPayments).values(rows)

    if (person.died) {
      const recordedAt = `${person.died.recordedOn}T02:00:00.000Z`
      await tx.insert(deathRecords).values({
        id: `${person.id}-death`,
        pensionerId: person.id,
        regionCode: person.regionCode,
        diedOn: person.died.on,
        partnerId: seededRetireeIds.partners.civilAffairs,
        signalId: null,
        receivedAt: recordedAt,
        statusBefore: 'active',
        status: 'confirmed',
        secondPartnerId: null,
        secondDiedOn: null,
        confirmedVia: 'before_review',
        decidedByUserId: null,
        decidedAt: recordedAt,
        reversalNoteEnc: null,
      })
      const overpaid = overpaidAfterDeath(person.died.on, rows.map((row) => ({ month: row.month, amountFen: row.amountFen, status: row.status ?? 'paid' })))
      if (overpaid.amountFen > 0) {
        await tx.insert(overpayments).values({
          id: `${person.id}-overpayment`,
          pensionerId: person.id,
          regionCode: person.regionCode,
          diedOn: person.died.on,
          months: overpaid.months,
          amountFen: overpaid.amountFen,
          status: 'open',
          partnerId: seededRetireeIds.partners.civilAffairs,
          recordedAt: `${person.died.recordedOn}T02:00:00.000Z`,
        })
      }
    }
  }

  // retiree-wu was told when her payments were held, so her inbox says why.
  const wu = ids.get('retiree-wu')
  const wuCycle = cycleOn(today, { cycleStart: addCalendarDays(yearAgo, -90), diedOn: null, suspended: true }, defaultCycleRules)
  if (wu) await notify(tx, deps.random, new Date(`${wuCycle.suspendsOn}T01:00:00.000Z`), {
      userId: wu,
      template: 'retiree.suspended',
      params: { dueDate: wuCycle.dueDate },
      link: pages.pensionCertify,
      action: { kind: 'certify', targetId: seededRetireeIds.pensioners.wu },
    })
}
