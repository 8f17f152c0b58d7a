import type { ProxyScope } from '@renshe/shared/identity/roles'
import type { Translate } from '../../lib/i18n/translate'
import type { DomainLabel } from '../../ui/domain-labels'

export function scopeList(scopes: readonly ProxyScope[], label: Translate<DomainLabel>, separator: string): string {
  return scopes.map((scope) => label(`scope.${scope}`)).join(separator)
}
