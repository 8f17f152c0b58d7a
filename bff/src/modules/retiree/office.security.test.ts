import { expect, test } from 'vitest'
import { z } from 'zod'
import { Overpayment } from '@renshe/shared/retiree/schemas'
import { seededRetireeIds } from '../../db/seed/retiree'
import { seededVisitIds } from '../../db/seed/retiree-visits'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { auditOf } from '../../testing/retiree-flows'
import { assign, coverageOf, pensionersIn, readPhoto, readVisit, review, taskRow, toReviewOf } from '../../testing/retiree-visit-flows'

const Overpayments = z.object({ items: z.array(Overpayment) })
const { pensioners } = seededRetireeIds

test('officer-huang (330304) cannot see or review Lucheng visits', async () => {
  const t = await createTestContext()
  const huang = await t.login('officer-huang')
  expect(await toReviewOf(t, huang)).toEqual([])
  for (const id of [seededVisitIds.submitted, seededVisitIds.assigned]) {
    const problem = await expectProblem(await readVisit(t, huang, id), 'not_found')
    expect(JSON.stringify(problem)).not.toContain('钱')
    await expectProblem(await readPhoto(t, huang, id), 'not_found')
  }
  await expectProblem(await review(t, huang, seededVisitIds.submitted, { decision: 'approve' }), 'not_found')
  await expectProblem(await review(t, huang, seededVisitIds.submitted, { decision: 'reject', note: '不予认可' }), 'not_found')
  expect((await taskRow(t, seededVisitIds.submitted)).status).toBe('submitted')
  expect(await auditOf(t, 'retiree.reviewVisit')).toEqual([])
})

test('an officer sees, counts and assigns only the pensioners of the region: Lucheng’s do not exist for Ouhai, nor the other way round', async () => {
  const t = await createTestContext()
  const huang = await t.login('officer-huang')
  const liu = await t.login('officer-liu')
  await expectProblem(await assign(t, huang, pensioners.qian), 'not_found')
  await expectProblem(await assign(t, huang, pensioners.wu), 'not_found')

  const ouhai = await coverageOf(t, huang)
  const lucheng = await coverageOf(t, liu)
  expect(ouhai.regionCode).toBe('330304')
  expect(ouhai.pensioners).toBe(6)
  expect(lucheng.pensioners).toBe(17)
  expect(ouhai).toMatchObject({ visitsToReview: 0, visitsOpen: 0 })

  const ouhaiIds: string[] = []
  for (const state of ['certified', 'due', 'overdue', 'suspended', 'stopped']) {
    ouhaiIds.push(...(await pensionersIn(t, huang, { state, limit: '100' })).items.map((item) => item.id))
  }
  expect(ouhaiIds).toHaveLength(6)
  for (const id of Object.values(pensioners)) expect(ouhaiIds).not.toContain(id)
  const [ouhaiOne] = ouhaiIds
  if (ouhaiOne) await expectProblem(await assign(t, liu, ouhaiOne), 'not_found')

  const luchengOverpaid = (await expectOk(await t.call('GET', '/api/retiree/office/overpayments', { token: liu }), Overpayments)).items.map((item) => item.id)
  const ouhaiOverpaid = (await expectOk(await t.call('GET', '/api/retiree/office/overpayments', { token: huang }), Overpayments)).items.map((item) => item.id)
  expect(luchengOverpaid.some((id) => ouhaiOverpaid.includes(id))).toBe(false)
})

test('the officer’s lists show names masked and never an ID number or an address', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const texts = [
    JSON.stringify(await pensionersIn(t, liu, { state: 'overdue', limit: '100' })),
    JSON.stringify(await toReviewOf(t, liu)),
    await (await t.call('GET', '/api/retiree/office/overpayments', { token: liu })).text(),
  ]
  for (const text of texts) {
    expect(text).not.toMatch(/\d{17}[\dX]/)
    expect(text).not.toContain('钱桂芳')
    expect(text).not.toContain('蝉街')
  }
  expect(texts[0]).toContain('钱**')
})

test('grid staff, citizens and employers cannot open the office’s lists, assign or review', async () => {
  const t = await createTestContext()
  for (const account of ['staff-chen', 'elder-wang', 'employer-demo']) {
    const token = await t.login(account)
    for (const path of ['/api/retiree/office/coverage', '/api/retiree/office/pensioners', '/api/retiree/office/visits', '/api/retiree/office/overpayments']) {
      await expectProblem(await t.call('GET', path, { token }), 'forbidden', { because: `${account} ${path}` })
    }
    await expectProblem(await assign(t, token, pensioners.qian), 'forbidden')
    await expectProblem(await review(t, token, seededVisitIds.submitted, { decision: 'approve' }), 'forbidden')
  }
  expect((await taskRow(t, seededVisitIds.submitted)).status).toBe('submitted')
})

test('the supervisor of the region may review too; a worker cannot review his own visit', async () => {
  const t = await createTestContext()
  await expectProblem(await review(t, await t.login('staff-chen'), seededVisitIds.submitted, { decision: 'approve' }), 'forbidden')
  const wu = await t.login('supervisor-wu')
  expect((await toReviewOf(t, wu)).map((visit) => visit.taskId)).toEqual([seededVisitIds.submitted])
  expect((await review(t, wu, seededVisitIds.submitted, { decision: 'approve' })).status).toBe(200)
})
