import fc from 'fast-check'
import { expect, test } from 'vitest'
import { minimumWageRows } from './minimum-wages'
import type { MinimumWageTable } from './minimum-wages'
import { HoldReason, holdReasonText, minimumInUnit, moderatePost, moderationMessages, normaliseText, textReasons } from './moderation'
import { JobPost } from './schemas'
import type { Pay, PayUnit } from './schemas'

// Made-up minimums (24.90 yuan an hour, 2,490 yuan a month in Lucheng), chosen to make the
// thresholds easy to read; the tests are about the rules, not about any year's figures.
const minimumWages: MinimumWageTable = minimumWageRows([
  {
    provincePrefix: '33',
    effectiveFrom: '2025-01-01',
    tiers: { first: { monthlyFen: 249_000, hourlyFen: 2_490 }, second: { monthlyFen: 226_000, hourlyFen: 2_260 }, third: { monthlyFen: 201_000, hourlyFen: 2_010 } },
    areas: [{ regionPrefix: '330302', tier: 'first' }],
    otherAreasTier: 'third',
    source: 'test',
    areasSource: 'test',
    placeholder: false,
    areasPlaceholder: false,
  },
  {
    provincePrefix: '33',
    effectiveFrom: '2027-01-01',
    tiers: { first: { monthlyFen: 260_000, hourlyFen: 2_600 }, second: { monthlyFen: 240_000, hourlyFen: 2_400 }, third: { monthlyFen: 220_000, hourlyFen: 2_200 } },
    areas: [{ regionPrefix: '330302', tier: 'first' }],
    otherAreasTier: 'third',
    source: 'test',
    areasSource: 'test',
    placeholder: true,
    areasPlaceholder: false,
  },
])
const today = '2026-12-04'
const options = { minimumWages, today }

const post = (overrides: Partial<JobPost> = {}): JobPost =>
  JobPost.parse({
    id: 'post-1',
    title: '商场保洁',
    occupation: '4-09-08-01',
    skills: ['cleaning'],
    certificates: [],
    kind: 'part_time',
    place: { community: '五马社区', regionCode: '330302', lat: 28.0, lng: 120.65 },
    pay: { amountFen: 3_000, unit: 'hour' },
    headcount: 3,
    shifts: { kind: 'weekly', times: [{ day: 1, from: '08:00', to: '12:00' }] },
    startDate: '2026-12-07',
    endDate: null,
    ...overrides,
  })

const paying = (amountFen: number, unit: PayUnit) => post({ pay: { amountFen, unit } })
const held = (job: JobPost, texts: string[] = []) => {
  const result = moderatePost(job, options, texts)
  return result.verdict === 'hold' ? result.reasons : []
}
const matchedIn = (text: string) => textReasons([text]).map((reason) => (reason.kind === 'below_minimum_wage' ? reason.kind : `${reason.kind === 'discriminates' ? reason.ground : 'fee'}:${reason.matched}`))

test('a post at or above the minimum, with nothing wrong in its words, goes to an officer for review', () => {
  expect(moderatePost(post(), options, ['包吃住，无押金，男女不限，不限户籍'])).toEqual({ verdict: 'publish_after_review' })
})

test('hourly pay one fen below the hourly minimum is held, and at the minimum it is not', () => {
  expect(held(paying(2_489, 'hour'))).toEqual([
    { kind: 'below_minimum_wage', offered: { amountFen: 2_489, unit: 'hour' }, minimum: { amountFen: 2_490, unit: 'hour' }, effectiveFrom: '2025-01-01', placeholder: false },
  ])
  expect(held(paying(2_490, 'hour'))).toEqual([])
})

test('a day\u2019s pay is set against the hourly minimum times 8 hours', () => {
  expect(held(paying(19_919, 'day'))).toMatchObject([{ kind: 'below_minimum_wage', minimum: { amountFen: 19_920, unit: 'day' } }])
  expect(held(paying(19_920, 'day'))).toEqual([])
})

test('monthly pay is set against the monthly minimum', () => {
  expect(held(paying(248_999, 'month'))).toMatchObject([{ kind: 'below_minimum_wage', minimum: { amountFen: 249_000, unit: 'month' } }])
  expect(held(paying(249_000, 'month'))).toEqual([])
})

test('a piece rate is never held for pay, however low', () => {
  expect(held(paying(1, 'piece'))).toEqual([])
  expect(minimumInUnit({ monthlyFen: 249_000, hourlyFen: 2_490 }, 'piece', 'part_time')).toBeUndefined()
})

test('a full-time job is held to the monthly minimum however it pays: spread over 21.75 paid days, and 8 hours of each', () => {
  // 2,490 yuan ÷ 21.75 = 114.48 yuan a day; ÷ 8 = 14.31 yuan an hour (the part-time hourly minimum, 24.90, is not for full-time work).
  const fullTime = (amountFen: number, unit: PayUnit) => post({ kind: 'full_time', pay: { amountFen, unit } })
  expect(held(fullTime(1_430, 'hour'))).toMatchObject([{ kind: 'below_minimum_wage', minimum: { amountFen: 1_431, unit: 'hour' } }])
  expect(held(fullTime(1_431, 'hour'))).toEqual([])
  expect(held(fullTime(11_447, 'day'))).toMatchObject([{ kind: 'below_minimum_wage', minimum: { amountFen: 11_448, unit: 'day' } }])
  expect(held(fullTime(11_448, 'day'))).toEqual([])
  expect(held(fullTime(248_999, 'month'))).toMatchObject([{ minimum: { amountFen: 249_000, unit: 'month' } }])
  // The same hourly pay for a day job (日结) is not full-time work: the hourly minimum holds it.
  expect(held(post({ kind: 'day', pay: { amountFen: 1_431, unit: 'hour' } }))).toMatchObject([{ minimum: { amountFen: 2_490, unit: 'hour' } }])
})

test('the minimum is that of the post\u2019s own county', () => {
  const elsewhere = post({ pay: { amountFen: 2_100, unit: 'hour' }, place: { community: '某社区', regionCode: '330102', lat: 30.25, lng: 120.17 } })
  expect(held(elsewhere)).toEqual([])
  expect(held(paying(2_100, 'hour'))).toHaveLength(1)
})

test('a job that starts after a new minimum takes effect must pay the new one, and the reason says it is not confirmed', () => {
  const nextYear = post({ pay: { amountFen: 2_500, unit: 'hour' }, startDate: '2027-01-04' })
  expect(held(nextYear)).toMatchObject([{ minimum: { amountFen: 2_600 }, effectiveFrom: '2027-01-01', placeholder: true }])
  expect(held(post({ pay: { amountFen: 2_500, unit: 'hour' } }))).toEqual([])
})

test('a region with no minimum in the table is not held for pay', () => {
  const outside = post({ pay: { amountFen: 1, unit: 'hour' }, place: { community: '某社区', regionCode: '320102', lat: 32.0, lng: 118.8 } })
  expect(moderatePost(outside, options)).toEqual({ verdict: 'publish_after_review' })
})

test('a post that asks for a deposit or a fee is held with the words it used', () => {
  for (const [text, matched] of [
    ['入职交押金200元', '押金'],
    ['押金无法退还', '押金'],
    ['需交保证金', '保证金'],
    ['培训费500元，工资里扣', '培训费'],
    ['服装费自理', '服装费'],
    ['体检费自理', '体检费'],
    ['收中介费', '中介费'],
    ['报名费50元', '报名费'],
    ['先交300元再上岗', '先交300元'],
    ['上岗前需交200元', '上岗前需交200元'],
  ]) {
    expect(matchedIn(text ?? '')).toContain(`fee:${matched}`)
  }
})

test('phrases that say no money is charged are not held', () => {
  for (const text of [
    '包吃住，无押金',
    '不收取任何费用',
    '不收取任何押金',
    '免押金，免费培训',
    '无需缴纳保证金',
    '押金：无',
    '押金全免',
    '体检费公司报销',
    '公司承担体检费',
    '体检费由公司承担',
    '包体检费',
    '工资保证金已存入专户',
    '培训免费',
    '不要押金也不要中介费',
    '保证金：0',
    '无经验可培训，培训费全免',
  ]) {
    expect([text, matchedIn(text)]).toEqual([text, []])
  }
})

test('a post that limits applicants by sex, ethnicity or hukou is held with the ground and the words', () => {
  for (const [text, expected] of [
    ['限男性', 'sex:限男性'],
    ['只招女工', 'sex:只招女工'],
    ['男性优先', 'sex:男性优先'],
    ['不招女性', 'sex:不招女性'],
    ['女士勿扰', 'sex:女士勿扰'],
    ['限汉族', 'ethnicity:限汉族'],
    ['汉族优先', 'ethnicity:汉族优先'],
    ['不招少数民族', 'ethnicity:不招少数民族'],
    ['不要新疆人', 'ethnicity:不要新疆人'],
    ['新疆人勿扰', 'ethnicity:新疆人勿扰'],
    ['限本地户籍', 'hukou:限本地户籍'],
    ['只招本地人', 'hukou:只招本地人'],
    ['本地户口优先', 'hukou:本地户口优先'],
    ['须本地户籍', 'hukou:须本地户籍'],
    ['不招外地人', 'hukou:不招外地'],
    ['外地人勿扰', 'hukou:外地人勿扰'],
  ]) {
    expect([text, matchedIn(text ?? '')]).toEqual([text, [expected]])
  }
})

test('phrases that open a job to everyone are not held', () => {
  for (const text of ['男女不限', '不限男女', '性别不限', '男女均可，有经验者优先', '不限民族', '少数民族优先', '不限户籍', '户口不限', '本地外地均可', '需提供户口本复印件', '需要本地户口本', '男女优先考虑', '宝妈优先']) {
    expect([text, matchedIn(text)]).toEqual([text, []])
  }
})

test('full-width letters and spaces do not hide a rule, nor make a safe phrase look unsafe', () => {
  expect(normaliseText('限 男　性，押 金２００元')).toBe('限男性,押金200元')
  expect(matchedIn('限　男 性')).toEqual(['sex:限男性'])
  expect(matchedIn('先交　３００元')).toEqual(['fee:先交300元'])
  expect(matchedIn('无　押 金')).toEqual([])
})

test('the title, the skills and certificates, and the description are all read', () => {
  expect(held(post({ title: '保洁（限女性）' }))).toMatchObject([{ kind: 'discriminates', ground: 'sex' }])
  expect(held(post({ skills: ['需交押金'] }))).toMatchObject([{ kind: 'asks_for_fee' }])
  expect(held(post(), ['工作轻松，押金100元'])).toMatchObject([{ kind: 'asks_for_fee', matched: '押金' }])
})

test('a post with several problems is held with every reason once, pay first', () => {
  const reasons = held(paying(2_000, 'hour'), ['限男性，押金100元，押金月底退', '限男性'])
  expect(reasons.map((reason) => reason.kind)).toEqual(['below_minimum_wage', 'asks_for_fee', 'discriminates'])
  expect(reasons.every((reason) => HoldReason.safeParse(reason).success)).toBe(true)
})

test('each reason reads in plain words, in Chinese and in English', () => {
  const [wage] = held(paying(2_000, 'hour'))
  const [daily] = held(paying(10_000, 'day'))
  if (wage === undefined || daily === undefined) throw new Error('expected a wage reason')
  expect(holdReasonText(wage, 'zh-CN')).toBe('报酬低于本地最低工资标准（每小时 24.90 元）')
  expect(holdReasonText(wage, 'en')).toBe('The pay is below the local minimum wage (¥24.90 an hour)')
  expect(holdReasonText(daily, 'zh-CN')).toBe('报酬低于本地最低工资标准（每天 199.20 元，按小时最低工资乘以每天 8 小时计）')
  expect(holdReasonText(daily, 'en')).toBe('The pay is below the local minimum wage (¥199.20 a day: the hourly minimum for 8 hours)')
  expect(holdReasonText({ kind: 'asks_for_fee', matched: '押金' }, 'zh-CN')).toBe('招聘信息不得向求职者收取押金或费用（“押金”）')
  expect(holdReasonText({ kind: 'asks_for_fee', matched: '押金' }, 'en')).toBe('A job post must not ask job seekers for a deposit or fee (“押金”)')
  expect(holdReasonText({ kind: 'discriminates', ground: 'sex', matched: '限男性' }, 'zh-CN')).toBe('招聘信息不得限定性别（“限男性”）')
  expect(holdReasonText({ kind: 'discriminates', ground: 'ethnicity', matched: '限汉族' }, 'zh-CN')).toBe('招聘信息不得限定民族（“限汉族”）')
  expect(holdReasonText({ kind: 'discriminates', ground: 'hukou', matched: '限本地户籍' }, 'zh-CN')).toBe('招聘信息不得限定户籍（“限本地户籍”）')
  expect(holdReasonText({ kind: 'discriminates', ground: 'hukou', matched: '限本地户籍' }, 'en')).toBe(
    'A job post must not restrict who may apply by household registration (hukou) (“限本地户籍”)',
  )
})

test('the moderation messages have both languages', () => {
  for (const message of Object.values(moderationMessages)) {
    expect(message['zh-CN'].length).toBeGreaterThan(0)
    expect(message.en.length).toBeGreaterThan(0)
  }
})

const anyPay: fc.Arbitrary<Pay> = fc.record({ amountFen: fc.integer({ min: 1, max: 400_000 }), unit: fc.constantFrom<PayUnit>('hour', 'day', 'month') })
const anyText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('押金', '无押金', '限男性', '男女不限', '不限户籍', '本地户口优先', '先交300元', '包吃住', '男', '女', '不', '限', '，', ' '),
)
const anyTexts = fc.array(fc.array(anyText, { maxLength: 6 }).map((parts) => parts.join('')), { maxLength: 4 })

test('raising the pay of a post held for pay to the minimum clears that reason and no other', () => {
  fc.assert(
    fc.property(anyPay, anyTexts, (pay, texts) => {
      const before = held(post({ pay }), texts)
      const wage = before.find((reason) => reason.kind === 'below_minimum_wage')
      if (wage === undefined) return
      const after = held(post({ pay: wage.minimum }), texts)
      expect(after).toEqual(before.filter((reason) => reason.kind !== 'below_minimum_wage'))
    }),
  )
})

test('adding a text to a post never removes a reason', () => {
  fc.assert(
    fc.property(anyPay, anyTexts, anyTexts, (pay, texts, more) => {
      const before = held(post({ pay }), texts)
      const after = held(post({ pay }), [...texts, ...more])
      for (const reason of before) expect(after).toContainEqual(reason)
    }),
  )
})
