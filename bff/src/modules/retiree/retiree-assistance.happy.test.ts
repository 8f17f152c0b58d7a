import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { PendingItem } from '@renshe/shared/inbox/schemas'
import { AssistanceOffer } from '@renshe/shared/retiree/schemas'
import { assistanceOffers } from '../../db/schema'
import { devPartnerKeys, seededRetireeIds } from '../../db/seed/retiree'
import { seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { auditOf, offersOf, runJobs, sentLifeSignal } from '../../testing/retiree-flows'
import { inboxOf, userIdOf } from '../../testing/wages-flows'

const Pending = z.object({ items: z.array(PendingItem) })

test('elder-wang, 82, is offered the longevity allowance as soon as she is certified, and takes it up with one tap', async () => {
  const t = await createTestContext()
  const token = await t.login('elder-wang')
  expect(await offersOf(t, { token })).toEqual([])

  await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: 'H-1', idNumber: '330302194406080025' })
  const [offer] = await offersOf(t, { token })
  expect(offer).toMatchObject({ benefit: 'longevity_allowance', amountFen: 10_000, status: 'offered', confirmedAt: null })
  const message = (await inboxOf(t, token)).find((m) => m.template === 'retiree.assistanceOffered')
  expect(message).toMatchObject({
    params: { benefit: 'longevity_allowance', amountFen: 10_000 },
    link: '/features/retiree/pages/assistance/index',
    action: { kind: 'confirm_assistance', targetId: offer?.id, done: false },
  })
  const before = await expectOk(await t.call('GET', '/api/inbox/pending', { token }), Pending)
  expect(before.items).toContainEqual({ kind: 'retiree_assistance', count: 1 })

  const confirmed = await expectOk(await t.call('POST', `/api/retiree/assistance/${offer?.id}/confirm`, { token }), AssistanceOffer)
  expect(confirmed).toMatchObject({ id: offer?.id, status: 'confirmed', confirmedAt: t.clock.now().toISOString() })
  const again = await expectOk(await t.call('POST', `/api/retiree/assistance/${offer?.id}/confirm`, { token }), AssistanceOffer)
  expect(again).toEqual(confirmed)
  expect(await auditOf(t, 'retiree.confirmAssistance')).toEqual([
    expect.objectContaining({ kind: 'write', actorUserId: await userIdOf(t, 'elder-wang'), subjectUserId: await userIdOf(t, 'elder-wang'), objectId: offer?.id }),
  ])
  expect((await inboxOf(t, token)).find((m) => m.template === 'retiree.assistanceOffered')?.action).toEqual({ kind: 'confirm_assistance', targetId: offer?.id, done: true })
  const after = await expectOk(await t.call('GET', '/api/inbox/pending', { token }), Pending)
  expect(after.items.map((item) => item.kind)).not.toContain('retiree_assistance')
})

test('staff-chen, acting for elder-wang, confirms her offer for her: the act names both', async () => {
  const t = await createTestContext()
  await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: 'H-1', idNumber: '330302194406080025' })
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const [offer] = await offersOf(t, { token: chen, actingFor: grantId })
  const confirmed = await expectOk(await t.call('POST', `/api/retiree/assistance/${offer?.id}/confirm`, { token: chen, actingFor: grantId }), AssistanceOffer)
  expect(confirmed.status).toBe('confirmed')
  expect(await auditOf(t, 'retiree.confirmAssistance')).toEqual([
    expect.objectContaining({ actorUserId: await userIdOf(t, 'staff-chen'), subjectUserId: await userIdOf(t, 'elder-wang'), viaGrantId: grantId }),
  ])
  const [row] = await t.deps.db.read((q) => q.select().from(assistanceOffers).where(eq(assistanceOffers.id, offer?.id ?? '')))
  expect(row?.confirmedByUserId).toBe(await userIdOf(t, 'staff-chen'))
})

test('the nightly run offers every benefit each pensioner meets, once: 钱桂芳, 86, alone, below the minimum, gets all three', async () => {
  const t = await createTestContext()
  const first = await runJobs(t)
  expect(first.offers).toBeGreaterThan(3)
  const qian = await t.deps.db.read((q) => q.select().from(assistanceOffers).where(eq(assistanceOffers.pensionerId, seededRetireeIds.pensioners.qian)))
  expect(qian.map((offer) => [offer.benefit, offer.amountFen]).sort()).toEqual([
    ['home_visit_service', null],
    ['longevity_allowance', 10_000],
    ['pension_subsidy', null],
  ])
  // Sun, 71, living with family on more than the minimum, meets none.
  expect(await offersOf(t, { token: await t.login('retiree-sun') })).toEqual([])

  const second = await runJobs(t)
  expect(second.offers).toBe(0)
  t.clock.advance(24 * 3600 * 1000)
  const nextNight = await runJobs(t)
  expect(nextNight.offers).toBe(0)
  expect(await t.deps.db.read((q) => q.select().from(assistanceOffers).where(eq(assistanceOffers.pensionerId, seededRetireeIds.pensioners.qian)))).toHaveLength(3)
})
