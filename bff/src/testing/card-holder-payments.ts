import { MyCardPayments } from '@renshe/shared/card/money'
import { AssistanceOffer } from '@renshe/shared/retiree/schemas'
import { devPartnerKeys } from '../db/seed/retiree'
import type { As } from './card-flows'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { offersOf, sentLifeSignal } from './retiree-flows'

/** Steps of the holder's side of money onto the card (decision 068), through the API. */

export function getMyPayments(t: TestContext, as: As, query: Record<string, string> = {}): Promise<Response> {
  const search = new URLSearchParams(query).toString()
  return t.call('GET', `/api/card/me/payments${search ? `?${search}` : ''}`, { token: as.token, ...(as.actingFor ? { actingFor: as.actingFor } : {}) })
}

export async function myPayments(t: TestContext, as: As, query: Record<string, string> = {}): Promise<MyCardPayments> {
  return expectOk(await getMyPayments(t, as, query), MyCardPayments)
}

/** elder-wang's longevity allowance, offered once a hospital has seen her and confirmed by her now: the offer's id. */
export async function wangConfirmsLongevity(t: TestContext): Promise<string> {
  await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: `H-${t.clock.now().getTime()}`, idNumber: '330302194406080025' })
  const token = await t.login('elder-wang')
  const offer = (await offersOf(t, { token })).find((o) => o.benefit === 'longevity_allowance')
  if (!offer) throw new Error('elder-wang, 82, is offered the longevity allowance once certified')
  await expectOk(await t.call('POST', `/api/retiree/assistance/${offer.id}/confirm`, { token }), AssistanceOffer)
  return offer.id
}
