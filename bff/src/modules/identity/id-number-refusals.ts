import type { Deps } from '../../platform/deps'
import type { RateHit } from '../../platform/rate-limit'

/**
 * The count of refusals naming one ID number, whichever accounts send them: real-name bindings
 * and grid staff's registrations of a resident alike, so names cannot be tried against a number
 * by opening account after account, or by registering. Once over, the number waits.
 */
export function idNumberRefusals(deps: Pick<Deps, 'config'>, idNumberIndex: string, now: Date): RateHit {
  return {
    bucket: `realNameRefused:${idNumberIndex}`,
    limit: deps.config.rateLimits.realNameIdNumber,
    windowSeconds: deps.config.rateLimits.realNameWindowSeconds,
    now,
  }
}
