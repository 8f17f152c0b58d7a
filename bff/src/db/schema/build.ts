import type { Dialect } from './dialect'
import { identityTables } from './identity'
import { jobsTables } from './jobs'
import { platformTables } from './platform'
import { recordsTables } from './records'
import { retireeTables } from './retiree'
import { wagesTables } from './wages'

/** Every table of the portal, built for one engine from the one description in this folder. */
export function buildSchema(d: Dialect) {
  const identity = identityTables(d)
  const wages = wagesTables(d, identity)
  return {
    ...identity,
    ...platformTables(d),
    ...recordsTables(d),
    ...wages,
    ...retireeTables(d, identity),
    ...jobsTables(d, { users: identity.users, employers: wages.employers }),
  }
}

export type Schema = ReturnType<typeof buildSchema>
