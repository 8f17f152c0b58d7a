import { hasKey, useT } from '../lib/i18n/translate'
import { domainLabels } from './domain-labels'

/** The name of a region code, or the code itself for a region the labels do not know. */
export function useRegionName(): (code: string) => string {
  const label = useT(domainLabels)
  return (code) => {
    const key = `region.${code}`
    return hasKey(domainLabels, key) ? label(key) : code
  }
}
