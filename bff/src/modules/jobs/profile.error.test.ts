import { expect, test } from 'vitest'
import { MySeekerProfile, MySeekerProfileAnswer } from '@renshe/shared/jobs/profile'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { sampleSeekerProfile } from '../../testing/jobs-samples'

const profilePath = '/api/jobs/me/profile'
const consentPath = '/api/jobs/me/profile/recommendation'

test('a profile with a bad occupation code, a distance out of range or impossible times is refused field by field', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const cases: [unknown, Record<string, string>][] = [
    [{ ...sampleSeekerProfile, occupations: ['cashier'] }, { 'body.occupations.0': 'occupation.format' }],
    [{ ...sampleSeekerProfile, occupations: ['4-01-02-04', '9-99-99-99'] }, { 'body.occupations.1': 'occupation.unknown' }],
    [{ ...sampleSeekerProfile, travelKm: 0 }, { 'body.travelKm': 'jobs.travel' }],
    [{ ...sampleSeekerProfile, travelKm: -5 }, { 'body.travelKm': 'jobs.travel' }],
    [{ ...sampleSeekerProfile, travelKm: 100.5 }, { 'body.travelKm': 'jobs.travel' }],
    [{ ...sampleSeekerProfile, availability: [{ day: 1, from: '07:60', to: '12:00' }] }, { 'body.availability.0.from': 'jobs.time' }],
    [{ ...sampleSeekerProfile, availability: [{ day: 1, from: '08:00', to: '24:30' }] }, { 'body.availability.0.to': 'jobs.time' }],
    [{ ...sampleSeekerProfile, availability: [{ day: 2, from: '22:00', to: '06:00' }] }, { 'body.availability.0.to': 'jobs.timeOrder' }],
    [{ ...sampleSeekerProfile, expectedPay: { amountFen: 0, unit: 'hour' } }, { 'body.expectedPay.amountFen': 'jobs.pay' }],
    [{ ...sampleSeekerProfile, home: { ...sampleSeekerProfile.home, community: ' ' } }, { 'body.home.community': 'field.required' }],
  ]
  for (const [body, expected] of cases) {
    expect(await expectFieldErrors(await t.call('PUT', profilePath, { token, body })), JSON.stringify(body)).toEqual(expected)
  }
  expect(await expectOk(await t.call('GET', profilePath, { token }), MySeekerProfileAnswer)).toEqual({ seeker: null })
})

test('field messages come in the language the seeker asked for', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const body = { ...sampleSeekerProfile, travelKm: 150 }
  const chinese = await expectProblem(await t.call('PUT', profilePath, { token, body, headers: { 'accept-language': 'zh-CN' } }), 'validation_failed')
  expect(chinese.errors).toEqual([{ path: 'body.travelKm', key: 'jobs.travel', message: '愿意前往的距离应在 0 至 100 公里之间' }])
  const english = await expectProblem(await t.call('PUT', profilePath, { token, body, headers: { 'accept-language': 'en' } }), 'validation_failed', { locale: 'en' })
  expect(english.errors).toEqual([{ path: 'body.travelKm', key: 'jobs.travel', message: 'The distance you will travel must be more than 0 and at most 100 km' }])
})

test('a refused save changes nothing already saved and leaves no audit row of a write', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const saved = await expectOk(await t.call('PUT', profilePath, { token, body: sampleSeekerProfile }), MySeekerProfile)
  const before = (await auditRows(t)).length
  for (const body of [
    { ...sampleSeekerProfile, travelKm: 101 },
    { ...sampleSeekerProfile, unexpected: true },
    { ...sampleSeekerProfile, occupations: undefined },
    '{"occupations": [',
  ]) {
    const response = await t.call('PUT', profilePath, { token, body })
    expect(response.status, JSON.stringify(body)).toBe(400)
  }
  await t.deps.audit.drain()
  expect((await auditRows(t)).slice(before)).toEqual([])
  expect((await expectOk(await t.call('GET', profilePath, { token }), MySeekerProfileAnswer)).seeker).toEqual(saved)
})

test('a consent that is not a yes or a no is refused, and consent without a profile finds nothing to recommend', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  expect(await expectFieldErrors(await t.call('PUT', consentPath, { token, body: { recommendable: 'yes' } }))).toEqual({ 'body.recommendable': 'field.choose' })
  expect(await expectFieldErrors(await t.call('PUT', consentPath, { token, body: {} }))).toEqual({ 'body.recommendable': 'field.choose' })
  await expectProblem(await t.call('PUT', consentPath, { token, body: { recommendable: true } }), 'not_found')
  expect(await expectOk(await t.call('GET', profilePath, { token }), MySeekerProfileAnswer)).toEqual({ seeker: null })
})
