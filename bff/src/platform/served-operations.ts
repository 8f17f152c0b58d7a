import type { Operation } from '@renshe/shared/platform/operation'
import { allOperations } from '@renshe/shared/platform/operations'
import type { Config } from '../config'

/** Development login exists only in demo mode; everything else is served everywhere. */
export function isDevelopmentOnly(operation: Operation): boolean {
  return operation.path.startsWith('/auth/dev/')
}

/** The operations this deployment serves: what OpenAPI describes and what 405 answers know. */
export function servedOperations(config: Pick<Config, 'demo'>): readonly Operation[] {
  return config.demo ? allOperations : allOperations.filter((operation) => !isDevelopmentOnly(operation))
}
