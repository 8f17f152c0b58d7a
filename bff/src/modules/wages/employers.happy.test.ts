import { asc } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { checkCreditCode } from '@renshe/shared/wages/credit-code'
import { KnownEmployer } from '@renshe/shared/wages/schemas'
import { employers } from '../../db/schema'
import { seededWageIds } from '../../db/seed/wages'
import { auditRows, grantProxy, meOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk } from '../../testing/http'
import { employerSearchLimit } from './employers-service'

const Found = z.object({ employers: z.array(KnownEmployer) })

async function search(t: TestContext, token: string, q: string, actingFor?: string) {
  const path = `/api/wages/employers?${new URLSearchParams({ q }).toString()}`
  return (await expectOk(await t.call('GET', path, { token, ...(actingFor ? { actingFor } : {}) }), Found)).employers
}

test('a worker finds his employer by part of its name, with its sites to choose from', async () => {
  const t = await createTestContext()
  const found = await search(t, await t.login('worker-zhao'), '瓯江')
  expect(found).toEqual([
    {
      id: seededWageIds.employers.oujiang,
      name: '温州瓯江建设有限公司',
      creditCode: expect.stringMatching(/^91330302/),
      regionCode: '330302',
      projects: [
        { id: seededWageIds.projects.binjiang, name: '滨江商务楼', regionCode: '330302', address: '鹿城区滨江街道锦江路 16 号' },
        { id: seededWageIds.projects.oujiangfu, name: '瓯江府二期', regionCode: '330302', address: '鹿城区江滨西路 88 号' },
      ],
    },
  ])
})

test('a worker who knows only the site finds the employer by the site’s name, with that site among its sites', async () => {
  const t = await createTestContext()
  const found = await search(t, await t.login('worker-zhao'), '滨江商务')
  expect(found.map((employer) => [employer.name, employer.projects.map((project) => project.name)])).toEqual([['温州瓯江建设有限公司', ['滨江商务楼', '瓯江府二期']]])
  // The site's name with a wildcard in it is still only characters.
  expect(await search(t, await t.login('worker-zhao'), '滨江%楼')).toEqual([])
})

test('every seeded employer carries a valid unified social credit code', async () => {
  const t = await createTestContext()
  const rows = await t.deps.db.read((q) => q.select().from(employers).orderBy(asc(employers.id)))
  expect(rows).toHaveLength(4)
  for (const row of rows) expect(checkCreditCode(row.creditCode), row.name).toEqual({ ok: true, value: row.creditCode })
})

test('a worker finds an employer by the start of its credit code, typed with spaces and in lower case', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const [employer] = await search(t, token, '瓯海新城')
  const code = employer?.creditCode ?? ''
  const typed = `${code.slice(0, 4)} ${code.slice(4, 10)}`.toLowerCase()
  expect((await search(t, token, typed)).map((e) => e.name)).toEqual(['瓯海新城装饰工程有限公司'])
  expect((await search(t, token, code)).map((e) => e.name)).toEqual(['瓯海新城装饰工程有限公司'])
  expect((await search(t, token, '9133')).map((e) => e.name).sort()).toEqual(
    ['温州瓯江建设有限公司', '温州华瑞建筑劳务有限公司', '瓯海新城装饰工程有限公司', '鹿城鸿达劳务有限公司'].sort(),
  )
})

test('a search that matches nothing finds nothing, and wildcard characters are only characters', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  expect(await search(t, token, '不存在的公司')).toEqual([])
  expect(await search(t, token, '%')).toEqual([])
  expect(await search(t, token, '_')).toEqual([])
  expect(await expectFieldErrors(await t.call('GET', '/api/wages/employers?q=%20%20', { token }))).toEqual({ 'query.q': 'field.required' })
})

test('a search returns at most twenty employers', async () => {
  const t = await createTestContext()
  const at = t.clock.now().toISOString()
  const many = Array.from({ length: 25 }, (_, i) => ({
    id: `employer-test-${i}`,
    name: `温州测试建设第${i + 1}公司`,
    creditCode: `TEST${String(i).padStart(14, '0')}`,
    regionCode: '330302',
    userId: null,
    createdAt: at,
  }))
  await t.deps.db.transaction(async (tx) => {
    await tx.insert(employers).values(many)
  })
  expect(await search(t, await t.login('worker-zhao'), '测试建设')).toHaveLength(employerSearchLimit)
})

test('a grid staff member filing for a worker searches employers under the grant', async () => {
  const t = await createTestContext()
  const grant = await grantProxy(t, await t.login('worker-zhao'), { staffCode: 'WG330302002', scopes: ['wages.file'] })
  const staff = await t.login('staff-zhou')
  const found = await search(t, staff, '鸿达', grant.id)
  expect(found.map((e) => [e.name, e.projects])).toEqual([['鹿城鸿达劳务有限公司', []]])
  // The worker sees that it was done for him; what was searched for is not kept.
  const [row] = (await auditRows(t)).slice(-1)
  expect(row).toMatchObject({ action: 'wages.searchEmployers', kind: 'read', actorUserId: (await meOf(t, staff)).id, viaGrantId: grant.id, objectId: null })
  expect(JSON.stringify(row)).not.toContain('鸿达')
})

test('a worker’s own search leaves no audit row: nothing personal was read', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const before = (await auditRows(t)).length
  await search(t, token, '瓯江')
  expect(await auditRows(t)).toHaveLength(before)
})
