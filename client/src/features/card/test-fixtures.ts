import type { Outlet } from '@renshe/shared/card/applications'
import type { CardPayment, MyCardPayments } from '@renshe/shared/card/money'
import type { MyCard } from '@renshe/shared/card/schemas'

/** Her working card, issued by a Wenzhou bank, in a region where a temporary report lasts 7 days. */
export const workingCard: MyCard = {
  id: 'card-1',
  cardNumberMasked: 'A****5678',
  holderMaskedName: '张*红',
  socialSecurityNumberMasked: '330302********1234',
  issuingBank: '温州银行',
  issuedOn: '2021-06-30',
  validUntil: '2031-06-30',
  status: 'normal',
  temporaryLossUntil: null,
  temporaryLossDays: 7,
}

/** A bank branch in Lucheng that takes applications, hands cards over and takes formal loss reports. */
export const luchengOutlet: Outlet = {
  id: 'outlet-lc',
  name: '温州银行鹿城支行',
  kind: 'bank',
  partnerId: 'bank-wz',
  bankName: '温州银行',
  regionCode: '330302',
  address: '鹿城区人民路 100 号',
  lat: 28.015,
  lng: 120.655,
  services: ['apply', 'collect', 'formal_loss'],
  hours: '周一至周五 9:00–17:00',
  open: true,
  distanceKm: null,
}

/** Her longevity allowance for December 2026, credited onto her working card by the Wenzhou bank. */
export const creditedPayment: CardPayment = {
  id: 'pay-12',
  source: 'longevity_allowance',
  period: '2026-12',
  amountFen: 30_000,
  status: 'credited',
  heldBecause: null,
  cardNumberMasked: 'A****5678',
  bankName: '温州银行',
  orderedAt: '2026-12-15T01:00:00.000Z',
  queuedAt: '2026-12-15T01:00:00.000Z',
  creditedAt: '2026-12-16T02:30:00.000Z',
  returnedAt: null,
}

/** Her payments: what is on the card, on its way and held, and the newest first. */
export function paymentsPage(items: readonly CardPayment[], nextCursor: string | null = null, totals: Partial<Pick<MyCardPayments, 'creditedFen' | 'onTheWayFen' | 'heldFen'>> = {}): MyCardPayments {
  return { items: [...items], nextCursor, creditedFen: 0, onTheWayFen: 0, heldFen: 0, ...totals }
}
