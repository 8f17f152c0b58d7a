import type { InboxMessage } from '@renshe/shared/inbox/schemas'
import { ConsentPurpose } from '@renshe/shared/identity/schemas'
import type { Locale } from '@renshe/shared/platform/locale'
import { CertificatePurpose } from '@renshe/shared/records/schemas'
import { translator } from '../../lib/i18n/translate'
import { domainLabels } from '../../ui/domain-labels'
import { inboxMessages } from './messages'

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

  if (message.template === 'records.certificateIssued' && message.params.byProxy) return t('records.certificateIssuedByProxy', params)
  return t(message.template, params)
}
