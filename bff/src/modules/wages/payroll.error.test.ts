import { expect, test } from 'vitest'
import { z } from 'zod'
import { fieldMessages } from '@renshe/shared/platform/messages'
import { Project } from '@renshe/shared/wages/schemas'
import { seededWageIds } from '../../db/seed/wages'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { crewRows, payrollCsv, postPayroll, testCrew, utf8, validIdNumber } from '../../testing/payroll-files'

const Projects = z.object({ projects: z.array(Project) })
const { oujiangfu } = seededWageIds.projects
const validOther = validIdNumber('330302', '19800101', '001')
const wrongCheckDigit = (id: string) => `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`

test('a file whose first line is not the header is refused at line 1, in the reader’s language', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const file = utf8(payrollCsv(crewRows('2026-10'), '姓名,身份证,月份,工资'))
  expect(await expectFieldErrors(await postPayroll(t, oujiangfu, file, { token }))).toEqual({ 'file.line.1': 'payroll.header' })

  const english = await postPayroll(t, oujiangfu, file, { token, headers: { 'accept-language': 'en' } })
  const problem = await expectProblem(english, 'validation_failed', { locale: 'en' })
  expect(problem.errors).toEqual([{ path: 'file.line.1', key: 'payroll.header', message: fieldMessages['payroll.header'].en }])
})

test('every bad line is reported with its line number and column, with messages in Chinese and English', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const [zhang, he, ouyang] = testCrew
  const rows = [
    [zhang.name, zhang.idNumber, '2026-10', '7800', '7800', '2026-11-10'],
    [he.name, wrongCheckDigit(he.idNumber), '2026-10', '6200', '6200', '2026-11-10'],
    [ouyang.name, ouyang.idNumber, '2026-10', '5000', '5200', '2026-11-10'],
    ['马', validOther, '2026-13', '5000', '5000', '2026-11-31'],
  ]
  const response = await postPayroll(t, oujiangfu, utf8(payrollCsv(rows)), { token })
  const problem = await expectProblem(response, 'validation_failed')
  const byPath = Object.fromEntries((problem.errors ?? []).map((e) => [e.path, e]))
  expect(Object.fromEntries(Object.entries(byPath).map(([path, e]) => [path, e.key]))).toEqual({
    'file.line.3.idNumber': 'payroll.idNumber',
    'file.line.4.paid': 'payroll.paidAboveDue',
    'file.line.5.name': 'payroll.name',
    'file.line.5.month': 'payroll.month',
    'file.line.5.paidOn': 'payroll.paidOn',
  })
  expect(byPath['file.line.4.paid']?.message).toBe('实发工资不能多于应发工资')

  const english = await expectProblem(await postPayroll(t, oujiangfu, utf8(payrollCsv(rows)), { token, headers: { 'accept-language': 'en' } }), 'validation_failed', {
    locale: 'en',
  })
  for (const error of english.errors ?? []) expect(error.message).toBe(fieldMessages[error.key as keyof typeof fieldMessages].en)
})

test('a worker born in 2099 by his ID number is refused at his line, with a message that says the birth date is after today', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const [zhang] = testCrew
  const unborn = validIdNumber('330302', '20990101', '100')
  const rows = [[zhang.name, zhang.idNumber, '2026-10', '7800', '7800', '2026-11-10'], ['马立', unborn, '2026-10', '5000', '5000', '2026-11-10']]
  const problem = await expectProblem(await postPayroll(t, oujiangfu, utf8(payrollCsv(rows)), { token }), 'validation_failed')
  expect(problem.errors).toEqual([
    { path: 'file.line.3.idNumber', key: 'payroll.idNumberFutureBirthDate', message: fieldMessages['payroll.idNumberFutureBirthDate']['zh-CN'] },
  ])
  expect(fieldMessages['payroll.idNumberFutureBirthDate']['zh-CN']).toContain('晚于今天')
})

test('a file with one bad line imports nothing: the sums stay as they were and nothing is audited', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const before = await expectOk(await t.call('GET', '/api/wages/projects', { token }), Projects)
  const audits = (await auditRows(t)).length

  const rows = [...crewRows('2026-09', ['1', '1', '1']), ...crewRows('2026-10')]
  rows[5] = [...(rows[5] ?? [])].map((cell, i) => (i === 3 ? '八千' : cell))
  expect(await expectFieldErrors(await postPayroll(t, oujiangfu, utf8(payrollCsv(rows)), { token }))).toEqual({ 'file.line.7.due': 'payroll.amount' })

  // Nothing written is recorded; the only row since is the list read just below.
  expect(await expectOk(await t.call('GET', '/api/wages/projects', { token }), Projects)).toEqual(before)
  expect((await auditRows(t)).slice(audits).map((row) => [row.action, row.kind])).toEqual([['wages.listProjects', 'read']])
})

test('months before the project began, after it ended, or still to come are refused line by line', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const [first, second] = testCrew
  const rows = [
    [first.name, first.idNumber, '2026-04', '5000', '5000', '2026-05-10'],
    [second.name, second.idNumber, '2026-11', '5000', '5000', '2026-11-28'],
    [first.name, first.idNumber, '2026-12', '5000', '5000', '2026-11-28'],
  ]
  const response = await postPayroll(t, oujiangfu, utf8(payrollCsv(rows)), { token })
  expect(await expectFieldErrors(response)).toEqual({
    'file.line.2.month': 'payroll.monthOutsideProject',
    'file.line.4.month': 'payroll.monthInFuture',
  })

  const ended = { name: '江心屿码头修缮', regionCode: '330302', address: '鹿城区江心屿', startMonth: '2026-07', endMonth: '2026-08' }
  const project = await expectOk(await t.call('POST', '/api/wages/projects', { token, body: ended }), Project, 201)
  const late = utf8(payrollCsv(crewRows('2026-09')))
  expect(await expectFieldErrors(await postPayroll(t, project.id, late, { token }))).toEqual({
    'file.line.2.month': 'payroll.monthOutsideProject',
    'file.line.3.month': 'payroll.monthOutsideProject',
    'file.line.4.month': 'payroll.monthOutsideProject',
  })
})

test('an empty file, a file of only the header, and a file that is not text are each refused as a whole', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  expect(await expectFieldErrors(await postPayroll(t, oujiangfu, utf8(payrollCsv([])), { token }))).toEqual({ file: 'payroll.empty' })
  const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x01])
  expect(await expectFieldErrors(await postPayroll(t, oujiangfu, binary, { token, name: '工资.xlsx' }))).toEqual({ file: 'payroll.encoding' })
})

test('a project whose end comes before its start, or whose region is a whole city, is refused', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const body = { name: '瓯江府三期', regionCode: '330300', address: '鹿城区江滨西路 90 号', startMonth: '2026-10', endMonth: '2026-09' }
  const response = await t.call('POST', '/api/wages/projects', { token, body, headers: { 'accept-language': 'en' } })
  const problem = await expectProblem(response, 'validation_failed', { locale: 'en' })
  expect(problem.errors).toEqual([
    { path: 'body.regionCode', key: 'region.county', message: fieldMessages['region.county'].en },
    { path: 'body.endMonth', key: 'period.order', message: fieldMessages['period.order'].en },
  ])
  const malformed = { ...body, regionCode: '3303', startMonth: '2026-13', name: '' }
  expect(await expectFieldErrors(await t.call('POST', '/api/wages/projects', { token, body: malformed }))).toMatchObject({
    'body.regionCode': 'field.invalid',
    'body.startMonth': 'period.format',
    'body.name': 'field.required',
  })
})

test('uploading without a file, or with JSON, is refused before anything is read', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const json = await t.call('POST', `/api/wages/projects/${oujiangfu}/payroll`, { token, body: { rows: [] } })
  await expectProblem(json, 'unsupported_media_type')
  const form = new FormData()
  form.append('file', new Blob([]), '')
  const empty = await t.app.request(`/api/wages/projects/${oujiangfu}/payroll`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form })
  expect(await expectFieldErrors(empty)).toEqual({ file: 'field.required' })
})
