import { hasKey, useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'

/** Names regions for the office pages: the portal's name when it knows the code, else the code as it is. */
export function useRegionName(): (code: string) => string {
  const label = useT(domainLabels)
  return (code) => {
    const key = `region.${code}`
    return hasKey(domainLabels, key) ? label(key) : code
  }
}
