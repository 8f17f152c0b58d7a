import { expect, test } from 'vitest'
import { acted as actedArbitration, applied as appliedArbitration, heard, oujiangApplication, weeksLongSessions } from '../../../testing/disputes-flows'
import { auditRows } from '../../../testing/flows'
import { createTestContext } from '../../../testing/harness'
import { expectProblem } from '../../../testing/http'
import { actedInjury, appliedInjury, oujiang, preventionOf, readPrevention, workersOwnCase } from '../../../testing/injury-flows'
import { userIdOf } from '../../../testing/wages-flows'
import { raisePayrollAlerts } from '../../wages/payroll-service'
import { preventionFactors } from './prevention-service'

const penalties = (score: { factors: readonly { key: string; penalty: number }[] }) => Object.fromEntries(score.factors.map((factor) => [factor.key, factor.penalty]))

test('each factor takes its share, no more than its cap; with no payroll there is no rate to take', () => {
  expect(preventionFactors({ injuries: 1, openInjuries: 1, insuredWorkers: 200, payrollAlerts: 0, awards: 0 })).toMatchObject({
    score: 100 - 5 - 5,
    factors: [
      { key: 'injuryRate', value: 0.5, penalty: 5, basis: { injuries: 1, insuredWorkers: 200 } },
      { key: 'openInjuries', value: 1, penalty: 5 },
      { key: 'payrollAlerts', value: 0, penalty: 0 },
      { key: 'awardsAgainst', value: 0, penalty: 0 },
    ],
  })
  expect(preventionFactors({ injuries: 9, openInjuries: 9, insuredWorkers: 10, payrollAlerts: 12, awards: 3 })).toMatchObject({
    score: 0,
    factors: [{ penalty: 40 }, { penalty: 20 }, { penalty: 20 }, { penalty: 20 }],
  })
  expect(preventionFactors({ injuries: 2, openInjuries: 0, insuredWorkers: 0, payrollAlerts: 0, awards: 0 })).toMatchObject({
    score: 100,
    factors: [{ key: 'injuryRate', value: 0, penalty: 0, basis: { injuries: 2, insuredWorkers: 0 } }, {}, {}, {}],
  })
})

test('Lucheng’s officer reads 瓯江’s index from its injuries against its latest payroll, its open cases, its payroll alerts and the awards against it, each with its counts', async () => {
  const t = await createTestContext(weeksLongSessions)
  const liu = await t.login('officer-liu')
  const zhao = await t.login('worker-zhao')
  const employer = await t.login('employer-demo')

  const clean = await preventionOf(t, liu, oujiang.creditCode)
  // 滨江商务楼's three workers are on the latest month of payroll; 瓯江府二期 has not uploaded it.
  expect(clean).toMatchObject({ employerName: oujiang.name, creditCode: oujiang.creditCode, regionCode: '330302', score: 100, asOf: '2026-11-29' })
  expect(clean.factors.map((factor) => [factor.key, factor.basis, factor.periodDays])).toEqual([
    ['injuryRate', { injuries: 0, insuredWorkers: 3 }, 365],
    ['openInjuries', { openInjuries: 0 }, 365],
    ['payrollAlerts', { payrollAlerts: 0 }, 365],
    ['awardsAgainst', { awards: 0 }, 365],
  ])

  // The watch raises the missing month; the employer applies for zhao; a case refused and one withdrawn do not count.
  expect(await raisePayrollAlerts(t.deps)).toBe(1)
  await appliedInjury(t, { token: employer }, {
    worker: { name: '赵强', idNumber: '511321198803124572' },
    regionCode: '330302',
    accidentOn: '2026-11-25',
    kind: 'accident',
    account: '在滨江商务楼工地搬运模板时被砸伤左脚。',
    injuries: '左足第二跖骨骨折。',
  })
  const refused = await workersOwnCase(t, zhao)
  await actedInjury(t, { token: liu }, refused.id, { kind: 'refuse', reason: '不属于工伤认定范围。' })
  const withdrawn = await workersOwnCase(t, zhao)
  await actedInjury(t, { token: zhao }, withdrawn.id, { kind: 'withdraw', reason: '' })
  // An arbitration against it, heard and awarded.
  const arbitration = await appliedArbitration(t, { token: zhao }, await oujiangApplication(t))
  await heard(t, arbitration.id, { officer: liu, employer: null })
  await actedArbitration(t, { token: liu }, arbitration.id, { kind: 'award', awardedFen: [1_000_000, 0] })

  const score = await preventionOf(t, liu, oujiang.creditCode)
  expect(score.factors.map((factor) => [factor.key, factor.value, factor.basis])).toEqual([
    ['injuryRate', 33.33, { injuries: 1, insuredWorkers: 3 }],
    ['openInjuries', 1, { openInjuries: 1 }],
    ['payrollAlerts', 1, { payrollAlerts: 1 }],
    ['awardsAgainst', 1, { awards: 1 }],
  ])
  expect(penalties(score)).toEqual({ injuryRate: 40, openInjuries: 5, payrollAlerts: 5, awardsAgainst: 10 })
  expect(score.score).toBe(40)
  // The committee of the county reads the same; the read is recorded.
  expect((await preventionOf(t, await t.login('supervisor-wu'), oujiang.creditCode)).score).toBe(40)
  const reads = (await auditRows(t)).filter((row) => row.action === 'disputes.getPreventionScore')
  expect(reads.map((row) => [row.actorUserId, row.kind, row.objectType])).toContainEqual([await userIdOf(t, 'officer-liu'), 'read', 'employer'])
})

test('the index is for the officials of the employer’s county alone: another county’s officer, an unknown code and the employer itself are refused', async () => {
  const t = await createTestContext()
  await expectProblem(await readPrevention(t, await t.login('officer-huang'), oujiang.creditCode), 'not_found')
  await expectProblem(await readPrevention(t, await t.login('officer-liu'), '91330302MA2Q5W1X1M'), 'not_found')
  await expectProblem(await readPrevention(t, await t.login('employer-demo'), oujiang.creditCode), 'forbidden')
  await expectProblem(await readPrevention(t, await t.login('worker-zhao'), oujiang.creditCode), 'forbidden')
  expect((await auditRows(t)).filter((row) => row.action === 'disputes.getPreventionScore')).toEqual([])
})
