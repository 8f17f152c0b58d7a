import { expect, test } from 'vitest'
import { partnerSignals } from '../../db/schema'
import { devPartnerKeys } from '../../db/seed/retiree'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors } from '../../testing/http'
import { auditOf, deathRecord, lifeSignal } from '../../testing/retiree-flows'

const wrongCheckDigit = '330302194406080026'

test('an ID number whose check digit is wrong is refused field by field, and the partner’s refusal is recorded', async () => {
  const t = await createTestContext()
  expect(await expectFieldErrors(await lifeSignal(t, devPartnerKeys.hospital, { signalId: 'H-1', idNumber: wrongCheckDigit }))).toEqual({ 'body.idNumber': 'idNumber.checkDigit' })
  expect(
    await expectFieldErrors(
      await t.call('POST', '/api/partner/death-records', {
        partnerKey: devPartnerKeys.civilAffairs,
        body: { recordId: 'M-1', idNumber: wrongCheckDigit, diedOn: '2026-11-01' },
        headers: { 'accept-language': 'en' },
      }),
      'en',
    ),
  ).toEqual({ 'body.idNumber': 'idNumber.checkDigit' })
  expect(await t.deps.db.read((q) => q.select().from(partnerSignals))).toEqual([])
  expect((await auditOf(t, 'partner.refused')).map((row) => row.actorUserId)).toEqual(['partner:partner-hospital', 'partner:partner-civil-affairs'])
})

test('malformed signals are refused before anything is looked up', async () => {
  const t = await createTestContext()
  const at = t.clock.now().toISOString()
  const send = (body: unknown) => t.call('POST', '/api/partner/life-signals', { partnerKey: devPartnerKeys.bank, body })
  expect(await expectFieldErrors(await send({ signalId: 'B-1', idNumber: '33030219440608002', kind: 'bank_counter', observedAt: at }))).toEqual({ 'body.idNumber': 'idNumber.format' })
  expect(await expectFieldErrors(await send({ signalId: 'B-2', idNumber: '330302194406080025', kind: 'shopping', observedAt: at }))).toEqual({ 'body.kind': 'field.choose' })
  expect(await expectFieldErrors(await send({ signalId: '', idNumber: '330302194406080025', kind: 'bank_counter', observedAt: at }))).toEqual({ 'body.signalId': 'field.required' })
  expect(await expectFieldErrors(await send({ signalId: 'B-3', idNumber: '330302194406080025', kind: 'bank_counter', observedAt: at, name: '王秀英' }))).toEqual({ body: 'field.unknownKey' })
  expect(Object.keys(await expectFieldErrors(await send({ signalId: 'B-4', idNumber: '330302194406080025', kind: 'bank_counter', observedAt: 'yesterday' })))).toEqual(['body.observedAt'])
  expect(await t.deps.db.read((q) => q.select().from(partnerSignals))).toEqual([])
})

test('a death record dated in the future is refused', async () => {
  const t = await createTestContext()
  const response = await deathRecord(t, devPartnerKeys.civilAffairs, { recordId: 'M-2', idNumber: '330302193809031012', diedOn: '2026-11-30' })
  expect(await expectFieldErrors(response)).toEqual({ 'body.diedOn': 'field.invalid' })
})
