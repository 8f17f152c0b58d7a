import type { Outlet } from '@renshe/shared/card/applications'
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
