import { expect, test } from 'vitest'
import { auditRows } from '../testing/flows'
import { expectOk } from '../testing/http'
import { createPartnerTestContext, ping, pingAsPartner } from '../testing/partner-operation'
import { registerTestPartner } from '../testing/partners'

test('a registered partner’s key reaches the operation, which knows the partner and acts for no one', async () => {
  const t = await createPartnerTestContext()
  const civil = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2, name: '温州市民政局' })
  const answer = await expectOk(await ping(t, { key: civil.key }), pingAsPartner.response, 201)
  expect(answer).toEqual({
    reference: 'ref-1',
    partner: { id: civil.id, name: '温州市民政局', kind: 'civil_affairs', dataLevel: 2 },
    actorUserId: `partner:${civil.id}`,
    subjectUserId: null,
    principal: null,
  })
  expect(t.handled()).toBe(1)
})

test('a bearer session sent along with a partner key changes nothing: the partner is the caller', async () => {
  const t = await createPartnerTestContext()
  const civil = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  const token = await t.login('officer-liu')
  const answer = await expectOk(await ping(t, { key: civil.key, token }), pingAsPartner.response, 201)
  expect(answer.actorUserId).toBe(`partner:${civil.id}`)
  expect(answer.principal).toBeNull()
})

test('an accepted call writes no audit row of the platform’s own: the service records what it did', async () => {
  const t = await createPartnerTestContext()
  const civil = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  const before = (await auditRows(t)).length
  expect((await ping(t, { key: civil.key })).status).toBe(201)
  expect((await auditRows(t)).length).toBe(before)
})

test('the access log names the partner of a call, never its key', async () => {
  const lines: string[] = []
  const t = await createPartnerTestContext({ logLines: lines })
  const civil = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  await ping(t, { key: civil.key })
  const requests = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.event === 'request')
  expect(requests.at(-1)).toMatchObject({ route: '/api/test/partner/ping', status: 201, partnerId: civil.id })
  expect(lines.join('\n')).not.toContain(civil.key)
})
