import type { ContributionPayer, InsuranceType } from '@renshe/shared/records/schemas'
import { monthIndex, monthOfIndex } from '@renshe/shared/records/months'

/** Contribution rates (personal, employer) of the base, by insurance, as Zhejiang applies them. */
export const rates: Record<InsuranceType, { personal: number; employer: number }> = {
  pension: { personal: 0.08, employer: 0.16 },
  medical: { personal: 0.02, employer: 0.095 },
  unemployment: { personal: 0.005, employer: 0.005 },
  work_injury: { personal: 0, employer: 0.004 },
  maternity: { personal: 0, employer: 0.005 },
}
/** Flexible workers pay pension alone, 20% of the base, all of it themselves. */
const flexiblePensionRate = 0.2

export interface EmploymentSpan {
  readonly from: string
  /** Inclusive, `YYYY-MM`; `'due'` runs up to the last month due at seed time. */
  readonly to: `${number}-${number}` | 'due'
  readonly employer: string
  readonly regionCode: string
  /** Monthly base in yuan in the first year; it rises 6% each January. */
  readonly baseYuan: number
  readonly types: readonly InsuranceType[]
  readonly flexible?: boolean
  /** Months the employer failed to pay, e.g. a missed month in an otherwise paid span. */
  readonly missed?: readonly { month: string; types: readonly InsuranceType[] }[]
}

export interface RegisteredPerson {
  readonly key: string
  readonly name: string
  readonly idNumber: string
  readonly regionCode: string
  readonly retiredFrom?: string
  readonly spans: readonly EmploymentSpan[]
}

export const register: readonly RegisteredPerson[] = [
  {
    key: 'zhang-wei',
    name: '张伟',
    idNumber: '330302199003151231',
    regionCode: '330302',
    spans: [
      { from: '2012-07', to: '2016-12', employer: '温州鹿城百货有限公司', regionCode: '330302', baseYuan: 3000, types: ['pension', 'medical', 'unemployment', 'work_injury', 'maternity'] },
      { from: '2017-06', to: '2021-12', employer: '温州瓯江建设有限公司', regionCode: '330302', baseYuan: 4500, types: ['pension', 'medical', 'unemployment', 'work_injury', 'maternity'] },
      {
        from: '2022-01',
        to: 'due',
        employer: '浙江温州数码科技有限公司',
        regionCode: '330302',
        baseYuan: 7200,
        types: ['pension', 'medical', 'unemployment', 'work_injury', 'maternity'],
        missed: [{ month: '2024-03', types: ['pension', 'unemployment'] }],
      },
    ],
  },
  {
    key: 'li-na',
    name: '李娜',
    idNumber: '330304198807214523',
    regionCode: '330304',
    spans: [
      { from: '2010-09', to: '2023-08', employer: '温州瓯海服装有限公司', regionCode: '330304', baseYuan: 3500, types: ['pension', 'medical', 'unemployment', 'work_injury', 'maternity'] },
      { from: '2024-03', to: 'due', employer: '个人缴费（灵活就业）', regionCode: '330304', baseYuan: 4800, types: ['pension'], flexible: true },
    ],
  },
  {
    // A migrant worker whose last employer stopped paying in mid-2025: he now takes day jobs and
    // may pay his own pension as a flexible worker.
    key: 'zhao-qiang',
    name: '赵强',
    idNumber: '511321198803124572',
    regionCode: '330302',
    spans: [
      { from: '2019-05', to: '2025-06', employer: '温州瓯江建设有限公司', regionCode: '330302', baseYuan: 4200, types: ['pension', 'medical', 'unemployment', 'work_injury'] },
    ],
  },
  {
    key: 'wang-xiuying',
    name: '王秀英',
    idNumber: '330302194406080025',
    regionCode: '330302',
    retiredFrom: '1999-07',
    spans: [{ from: '1992-01', to: '1999-06', employer: '温州第二纺织厂', regionCode: '330302', baseYuan: 420, types: ['pension', 'medical'] }],
  },
  {
    key: 'chen-jianhua',
    name: '陈建华',
    idNumber: '330302197209113012',
    regionCode: '330302',
    spans: [
      { from: '1995-03', to: '2008-12', employer: '温州市鹿城区五马街道办事处', regionCode: '330302', baseYuan: 800, types: ['pension', 'medical', 'unemployment', 'work_injury', 'maternity'] },
      { from: '2009-01', to: 'due', employer: '温州市鹿城区五马街道办事处', regionCode: '330302', baseYuan: 2600, types: ['pension', 'medical', 'unemployment', 'work_injury', 'maternity'] },
    ],
  },
]

export interface SeedContribution {
  readonly month: string
  readonly type: InsuranceType
  readonly baseFen: number
  readonly personalFen: number
  readonly employerFen: number
  readonly employerName: string
  readonly payer: ContributionPayer
  readonly regionCode: string
}

/** Expands employment spans into monthly contributions, up to `lastDue`. */
export function contributionsOf(person: RegisteredPerson, lastDue: string): SeedContribution[] {
  const rows: SeedContribution[] = []
  for (const span of person.spans) {
    const end = span.to === 'due' ? lastDue : span.to < lastDue ? span.to : lastDue
    const startYear = Number(span.from.slice(0, 4))
    for (let index = monthIndex(span.from); index <= monthIndex(end); index += 1) {
      const month = monthOfIndex(index)
      const baseFen = Math.round(span.baseYuan * 1.06 ** (Number(month.slice(0, 4)) - startYear) * 100)
      const missed = span.missed?.find((m) => m.month === month)?.types ?? []
      for (const type of span.types) {
        if (missed.includes(type)) continue
        const rate = span.flexible ? { personal: flexiblePensionRate, employer: 0 } : rates[type]
        rows.push({
          month,
          type,
          baseFen,
          personalFen: Math.round(baseFen * rate.personal),
          employerFen: Math.round(baseFen * rate.employer),
          employerName: span.employer,
          payer: span.flexible ? 'flexible' : 'employer',
          regionCode: span.regionCode,
        })
      }
    }
  }
  return rows
}
