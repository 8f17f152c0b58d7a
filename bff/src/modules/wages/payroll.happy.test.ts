import { and, asc, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { PayrollImport, Project } from '@renshe/shared/wages/schemas'
import { payrollLines } from '../../db/schema'
import { seededWageIds } from '../../db/seed/wages'
import { auditRows } from '../../testing/flows'
import { createTestContext, testStart, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { crewRows, gbk, payrollCsv, payrollHeader, postPayroll, testCrew, utf8 } from '../../testing/payroll-files'

const Projects = z.object({ projects: z.array(Project) })
const Template = z.object({ filename: z.string(), csv: z.string() })
const { oujiangfu, binjiang } = seededWageIds.projects

/** The stored lines of a project's month, in file order. */
function linesOf(t: TestContext, projectId: string, month: string) {
  return t.deps.db.read((q) =>
    q
      .select()
      .from(payrollLines)
      .where(and(eq(payrollLines.projectId, projectId), eq(payrollLines.month, month)))
      .orderBy(asc(payrollLines.line), asc(payrollLines.id)),
  )
}

async function projectsOf(t: TestContext, token: string) {
  return (await expectOk(await t.call('GET', '/api/wages/projects', { token }), Projects)).projects
}

test('an employer sees its projects, each month of payroll, and the month it has not uploaded', async () => {
  const t = await createTestContext()
  const projects = await projectsOf(t, await t.login('employer-demo'))
  expect(projects.map((p) => p.name).sort()).toEqual(['滨江商务楼', '瓯江府二期'])
  const site = projects.find((p) => p.id === oujiangfu)
  expect(site).toMatchObject({ regionCode: '330302', startMonth: '2026-05', endMonth: null, status: 'active', missingMonths: ['2026-10'] })
  expect(site?.payroll.map((m) => m.month)).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09'])
  expect(site?.payroll[0]).toMatchObject({ workers: 5, dueFen: 3_630_000, paidFen: 3_630_000 })
  // The last month uploaded left the first worker owed half his wage.
  expect(site?.payroll.at(-1)).toMatchObject({ dueFen: 3_630_000, paidFen: 3_630_000 - 390_000 })
  const complete = projects.find((p) => p.id === binjiang)
  expect(complete).toMatchObject({ status: 'active', missingMonths: [] })
  expect(complete?.payroll.at(-1)?.month).toBe('2026-10')
})

test('an employer registers a new site and it is watched from its first month', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const body = { name: '  瓯江府三期 ', regionCode: '330302', address: '鹿城区江滨西路 90 号', startMonth: '2026-09', endMonth: null }
  const created = await expectOk(await t.call('POST', '/api/wages/projects', { token, body }), Project, 201)
  expect(created).toMatchObject({ name: '瓯江府三期', status: 'active', payroll: [], missingMonths: ['2026-09', '2026-10'] })
  expect((await projectsOf(t, token)).map((p) => p.id)).toContain(created.id)
  expect((await auditRows(t)).find((row) => row.action === 'wages.createProject')).toMatchObject({ kind: 'write', objectType: 'project', objectId: created.id })
  expect((await auditRows(t)).at(-1)).toMatchObject({ action: 'wages.listProjects', kind: 'read', objectType: 'projects' })
})

test('a project that ended before this month is finished, and is owed payroll only up to its end', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const body = { name: '江心屿码头修缮', regionCode: '330302', address: '鹿城区江心屿', startMonth: '2026-07', endMonth: '2026-08' }
  const created = await expectOk(await t.call('POST', '/api/wages/projects', { token, body }), Project, 201)
  expect(created).toMatchObject({ status: 'finished', missingMonths: ['2026-07', '2026-08'] })
})

test('an employer uploads the missing month as a UTF-8 file and the month is complete', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const file = utf8(payrollCsv(crewRows('2026-10')))
  const imported = await expectOk(await postPayroll(t, oujiangfu, file, { token }), PayrollImport)
  expect(imported).toEqual({
    projectId: oujiangfu,
    encoding: 'utf-8',
    rows: 3,
    months: [{ month: '2026-10', workers: 3, dueFen: 2_210_050, paidFen: 2_210_050, importedAt: testStart }],
  })
  const site = (await projectsOf(t, token)).find((p) => p.id === oujiangfu)
  expect(site?.missingMonths).toEqual([])
  expect(site?.payroll.at(-1)).toEqual(imported.months[0])
  expect((await auditRows(t)).findLast((row) => row.action === 'wages.importPayroll')).toMatchObject({ kind: 'write', objectType: 'project', objectId: oujiangfu })
})

test('a GBK file saved by Excel on a Chinese Windows imports, the names read back intact', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const imported = await expectOk(await postPayroll(t, oujiangfu, gbk(payrollCsv(crewRows('2026-10'))), { token }), PayrollImport)
  expect(imported.encoding).toBe('gbk')
  const stored = await linesOf(t, oujiangfu, '2026-10')
  expect(stored.map((line) => t.deps.sealer.open(line.nameEnc)).sort()).toEqual(testCrew.map((w) => w.name).sort())
  expect(stored.map((line) => t.deps.sealer.open(line.idNumberEnc)).sort()).toEqual(testCrew.map((w) => w.idNumber).sort())
  expect(stored.map((line) => line.idNumberIndex).sort()).toEqual(testCrew.map((w) => t.deps.blindIndex('id_number', w.idNumber)).sort())
})

test('an ID number typed with spaces around it and a lower-case x is stored as its 18 characters with a capital X', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const rows = crewRows('2026-10')
  rows[0] = ['马立新', ' 33030219900307108x ', '2026-10', '7800', '7800', '2026-11-10']
  await expectOk(await postPayroll(t, oujiangfu, utf8(payrollCsv(rows)), { token }), PayrollImport)
  const [first] = await linesOf(t, oujiangfu, '2026-10')
  expect(first && t.deps.sealer.open(first.idNumberEnc)).toBe('33030219900307108X')
  expect(first?.idNumberIndex).toBe(t.deps.blindIndex('id_number', '33030219900307108X'))
})

test('uploading a month again replaces it whole, and leaves the other months as they were', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  await expectOk(await postPayroll(t, oujiangfu, utf8(payrollCsv(crewRows('2026-10'))), { token }), PayrollImport)
  const before = (await projectsOf(t, token)).find((p) => p.id === oujiangfu)

  t.clock.advance(60_000)
  const corrected = crewRows('2026-10', ['7000', '6000']).slice(0, 2)
  const again = await expectOk(await postPayroll(t, oujiangfu, utf8(payrollCsv(corrected)), { token }), PayrollImport)
  expect(again.months).toEqual([{ month: '2026-10', workers: 2, dueFen: 1_300_000, paidFen: 1_300_000, importedAt: t.clock.now().toISOString() }])

  const after = (await projectsOf(t, await t.login('employer-demo'))).find((p) => p.id === oujiangfu)
  expect(after?.payroll.at(-1)).toEqual(again.months[0])
  expect(after?.payroll.slice(0, -1)).toEqual(before?.payroll.slice(0, -1))
  const lines = await linesOf(t, oujiangfu, '2026-10')
  expect(lines.map((line) => line.line)).toEqual([2, 3])
})

test('one file may hold several months; each of them is replaced', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const file = utf8(payrollCsv([...crewRows('2026-09'), ...crewRows('2026-10')]))
  const imported = await expectOk(await postPayroll(t, oujiangfu, file, { token }), PayrollImport)
  expect(imported.rows).toBe(6)
  expect(imported.months.map((m) => [m.month, m.workers])).toEqual([
    ['2026-09', 3],
    ['2026-10', 3],
  ])
  const site = (await projectsOf(t, token)).find((p) => p.id === oujiangfu)
  expect(site?.payroll.find((m) => m.month === '2026-09')).toMatchObject({ workers: 3, dueFen: 2_210_050 })
})

test('the same upload retried with its idempotency key is stored once, answered the same, and recorded as a read', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const file = utf8(payrollCsv(crewRows('2026-10')))
  const key = 'payroll-upload-00000001'
  const first = await expectOk(await postPayroll(t, oujiangfu, file, { token, idempotencyKey: key }), PayrollImport)
  const audits = (await auditRows(t)).length
  const retry = await postPayroll(t, oujiangfu, file, { token, idempotencyKey: key })
  expect(retry.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(retry, PayrollImport)).toEqual(first)
  expect((await auditRows(t)).slice(audits).map((row) => [row.action, row.kind, row.objectId])).toEqual([['wages.getPayrollImport', 'read', oujiangfu]])
})

test('an employer downloads the template, and the template filled in as it is imports', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const template = await expectOk(await t.call('GET', '/api/wages/payroll-template', { token }), Template)
  expect(template.filename).toMatch(/\.csv$/)
  // The byte-order mark stays: Excel needs it to open the Chinese header as UTF-8.
  expect(template.csv.startsWith(`\uFEFF${payrollHeader}\r\n`)).toBe(true)
  const imported = await expectOk(await postPayroll(t, oujiangfu, utf8(template.csv), { token }), PayrollImport)
  expect(imported).toMatchObject({ encoding: 'utf-8', rows: 1, months: [{ month: '2026-05', workers: 1 }] })
})
