import { expect, test } from 'vitest'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors } from '../../testing/http'

test('a date that does not exist, a year out of range, or a holiday without a name is refused', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  const audits = (await auditRows(t)).length
  const holiday = { kind: 'holiday', name: '假日' }
  expect(await expectFieldErrors(await t.call('PUT', '/api/wages/calendar/2026-02-30', { token: admin, body: holiday }))).toEqual({ 'params.date': 'date.format' })
  expect(await expectFieldErrors(await t.call('PUT', '/api/wages/calendar/2026-12-31', { token: admin, body: { kind: 'holiday', name: ' ' } }))).toEqual({
    'body.name': 'field.required',
  })
  expect(await expectFieldErrors(await t.call('PUT', '/api/wages/calendar/2026-12-31', { token: admin, body: { kind: 'weekend', name: '周末' } }))).toEqual({
    'body.kind': 'field.invalid',
  })
  expect(await expectFieldErrors(await t.call('GET', '/api/wages/calendar?year=1999', { token: admin }))).toEqual({ 'query.year': 'year.range' })
  expect(await expectFieldErrors(await t.call('GET', '/api/wages/calendar?year=abc', { token: admin }))).toEqual({ 'query.year': 'year.range' })
  expect(await auditRows(t)).toHaveLength(audits)
})

test('a date of the wrong shape in the path is refused as a field error, not answered with a server error', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  for (const date of ['2026-1-5', '20261231', 'tomorrow']) {
    const response = await t.call('PUT', `/api/wages/calendar/${date}`, { token: admin, body: { kind: 'holiday', name: '假日' } })
    expect(await expectFieldErrors(response), date).toEqual({ 'params.date': 'date.format' })
  }
})
