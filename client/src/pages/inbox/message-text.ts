import type { InboxMessage } from '@renshe/shared/inbox/schemas'
import { ConsentPurpose } from '@renshe/shared/identity/schemas'
import type { Locale } from '@renshe/shared/platform/locale'
import { CertificatePurpose } from '@renshe/shared/records/schemas'
import { formatDate, formatFen, formatMonth } from '../../lib/format'
import { translator } from '../../lib/i18n/translate'
import { domainLabels } from '../../ui/domain-labels'
import { inboxMessages } from './messages'

const isoDate = /^\d{4}-\d{2}-\d{2}$/
const yearMonth = /^\d{4}-\d{2}$/

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
  for (const name of ['acceptBy', 'settleBy', 'stageDeadline'] as const) {
    const date = message.params[name]
    if (typeof date === 'string' && isoDate.test(date)) params[name] = formatDate(date, locale)
  }
  if (typeof message.params.month === 'string' && yearMonth.test(message.params.month)) params.month = formatMonth(message.params.month, locale)
  if (typeof message.params.recoveredFen === 'number') params.recoveredFen = formatFen(message.params.recoveredFen)

  if (message.template === 'records.certificateIssued' && message.params.byProxy) return t('records.certificateIssuedByProxy', params)
  if (message.template === 'wages.submitted' && message.params.byProxy) return t('wages.submittedByProxy', params)
  return t(message.template, params)
}
