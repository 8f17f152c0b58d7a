import { z } from 'zod'
import { CardPaymentSource } from '@renshe/shared/card/money'
import { ArbitrationDeadline } from '@renshe/shared/disputes/arbitration-cases'
import { InjuryDeadline } from '@renshe/shared/disputes/injury-cases'
import { ArbitrationEventKind, InjuryEventKind } from '@renshe/shared/disputes/schemas'
import type { InboxMessage } from '@renshe/shared/inbox/schemas'
import { ConsentPurpose } from '@renshe/shared/identity/schemas'
import type { Locale } from '@renshe/shared/platform/locale'
import { CertificatePurpose } from '@renshe/shared/records/schemas'
import { AssistanceBenefit, CertificationMethod, PartnerKind, VisitTaskReason } from '@renshe/shared/retiree/schemas'
import { formatDate, formatDateTime, formatFen, formatMonth } from '../../lib/format'
import { translator } from '../../lib/i18n/translate'
import { domainLabels } from '../../ui/domain-labels'
import { inboxMessages } from './messages'

const isoDate = /^\d{4}-\d{2}-\d{2}$/
const yearMonth = /^\d{4}-\d{2}$/
const timestamp = /^\d{4}-\d{2}-\d{2}T/

function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-')
}

/** The message in today's language: parameters that are codes of the contract become words. */
export function messageText(message: InboxMessage, locale: Locale): string {
  const t = translator(inboxMessages, locale)
  const label = translator(domainLabels, locale)
  const params: Record<string, string | number> = { ...message.params }

  const purpose = String(message.params.purpose ?? '')
  const consentPurpose = ConsentPurpose.safeParse(purpose)
  const certificatePurpose = CertificatePurpose.safeParse(purpose)
  if (message.template.startsWith('consent.') && consentPurpose.success) params.purpose = label(`consent.${consentPurpose.data}`)
  if (message.template.startsWith('records.') && certificatePurpose.success) params.purpose = label(`purpose.${certificatePurpose.data}`)
  if (typeof message.params.code === 'string') params.code = groupCode(message.params.code)
  for (const name of ['acceptBy', 'settleBy', 'stageDeadline', 'dueDate', 'suspendsOn', 'certifiedOn', 'nextDueDate', 'workDate', 'startsOn', 'validUntil'] as const) {
    const date = message.params[name]
    if (typeof date === 'string' && isoDate.test(date)) params[name] = formatDate(date, locale)
  }
  // A moment, not a day: when a card's temporary loss report lifts.
  if (typeof message.params.until === 'string' && timestamp.test(message.params.until)) params.until = formatDateTime(message.params.until, locale)
  for (const name of ['month', 'fromMonth', 'toMonth'] as const) {
    const month = message.params[name]
    if (typeof month === 'string' && yearMonth.test(month)) params[name] = formatMonth(month, locale)
  }
  if (typeof message.params.recoveredFen === 'number') params.recoveredFen = formatFen(message.params.recoveredFen)
  if (typeof message.params.paidFen === 'number') params.paidFen = formatFen(message.params.paidFen)
  if (message.template.startsWith('retiree.')) Object.assign(params, retireeParams(message, locale))
  // A payment onto the card names the programme that pays it.
  const cardSource = CardPaymentSource.safeParse(message.params.source)
  if (message.template.startsWith('card.') && cardSource.success) params.source = label(`cardSource.${cardSource.data}`)
  // An arbitration's step is the kind of its timeline event, said as the case page says it.
  const arbitrationStep = ArbitrationEventKind.safeParse(message.params.step)
  if (message.template === 'disputes.arbitrationStep' && arbitrationStep.success) params.step = label(`arbitrationEvent.${arbitrationStep.data}`)
  // A step past its legal day is a step of the case page's time limits, said as the page says it.
  const overdueStep = ArbitrationDeadline.shape.step.safeParse(message.params.step)
  if (message.template === 'disputes.arbitrationOverdue' && overdueStep.success) params.step = label(`arbitrationStep.${overdueStep.data}`)
  // A work-injury case's step is the kind of its timeline event too (its first, the application); its days are days.
  const injuryStep = z.union([z.literal('applied'), InjuryEventKind]).safeParse(message.params.step)
  if (message.template === 'disputes.injuryStep' && injuryStep.success) params.step = label(`injuryEvent.${injuryStep.data}`)
  const injuryOverdueStep = InjuryDeadline.shape.step.safeParse(message.params.step)
  if (message.template === 'disputes.injuryOverdue' && injuryOverdueStep.success) params.step = label(`injuryStep.${injuryOverdueStep.data}`)
  if (message.template.startsWith('disputes.')) {
    for (const name of ['accidentOn', 'employerBy', 'by'] as const) {
      const date = message.params[name]
      if (typeof date === 'string' && isoDate.test(date)) params[name] = formatDate(date, locale)
    }
  }
  // A labour contract's days (decision 073): when she started, and the months owed double.
  if (message.template.startsWith('contracts.')) {
    for (const name of ['startedOn', 'doubleFrom', 'doubleUntil', 'lastDay'] as const) {
      const date = message.params[name]
      if (typeof date === 'string' && isoDate.test(date)) params[name] = formatDate(date, locale)
    }
  }

  if (message.template === 'records.certificateIssued' && message.params.byProxy) return t('records.certificateIssuedByProxy', params)
  if (message.template === 'wages.submitted' && message.params.byProxy) return t('wages.submittedByProxy', params)
  if (message.template === 'retiree.assistanceOffered' && typeof message.params.amountFen !== 'number') return t('retiree.assistanceOfferedNoAmount', params)
  if (message.template === 'retiree.pensionRestored' && !message.params.months) return t('retiree.pensionRestoredNothingHeld', params)
  if (message.template === 'disputes.arbitrationOverdue' && message.params.mayGoToCourt === 'yes') return t('disputes.arbitrationOverdueMayGoToCourt', params)
  return t(message.template, params)
}

/** Codes of the retiree module in words: how a certification was made, a benefit, money. */
function retireeParams(message: InboxMessage, locale: Locale): Record<string, string | number> {
  const label = translator(domainLabels, locale)
  const params: Record<string, string | number> = {}
  const { amountFen, method, source, benefit, reason } = message.params
  if (typeof amountFen === 'number') params.amountFen = formatFen(amountFen)
  const certificationMethod = CertificationMethod.safeParse(method)
  const partner = PartnerKind.safeParse(source)
  if (certificationMethod.success) {
    params.method = certificationMethod.data === 'partner_signal' && partner.success ? label(`certSource.${partner.data}`) : label(`certMethod.${certificationMethod.data}`)
  }
  if (partner.success) params.source = label(`partnerKind.${partner.data}`)
  const assistanceBenefit = AssistanceBenefit.safeParse(benefit)
  if (assistanceBenefit.success) params.benefit = label(`benefit.${assistanceBenefit.data}`)
  const visitReason = VisitTaskReason.safeParse(reason)
  if (visitReason.success) params.reason = label(`visitReason.${visitReason.data}`)
  return params
}
