import { expect, test } from 'vitest'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { keptResident } from '../../testing/kept-flows'

const path = '/api/assist/kept-people'

test('junk is refused field by field: a wrong check digit, a bad name, a bad phone, no form number, no word that she was there', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const errors = await expectFieldErrors(
    await t.call('POST', path, {
      token: chen,
      body: { name: 'x1', idNumber: '330302195110020045', phone: '12345', residentPresent: false, agreement: { method: 'paper_form', reference: '' } },
    }),
  )
  expect(Object.keys(errors).sort()).toEqual(['body.agreement.reference', 'body.idNumber', 'body.name', 'body.phone', 'body.residentPresent'])
  await expectProblem(await t.call('POST', path, { token: chen, body: { ...keptResident, agreement: { method: 'verbal', reference: 'LC-1' } } }), 'validation_failed')
  await expectProblem(await t.call('POST', path, { token: chen, body: { ...keptResident, extra: 1 } }), 'validation_failed')
  await expectProblem(await t.call('POST', path, { token: chen, body: { ...keptResident, agreement: { method: 'paper_form', reference: '<script>' } } }), 'validation_failed')
})

test('a birth date in the future is refused as at binding', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  // 2027-01-01 passes the checksum but is after today.
  const errors = await expectFieldErrors(await t.call('POST', path, { token: chen, body: { ...keptResident, idNumber: '330302202701010019' } }))
  expect(Object.keys(errors)).toContain('body.idNumber')
})

test('a confirmation must say whether the grant stays', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  await expectProblem(await t.call('POST', '/api/me/kept-profile/confirm', { token: zhang, body: {} }), 'validation_failed')
  await expectProblem(await t.call('POST', '/api/me/kept-profile/confirm', { token: zhang, body: { keepGrant: 'yes' } }), 'validation_failed')
})
