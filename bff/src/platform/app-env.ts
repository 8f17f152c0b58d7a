import type { PartnerCaller } from './partner-access'
import type { Principal } from './principal'

/** Hono context variables set by the platform middleware. */
export interface AppEnv {
  Variables: {
    requestId: string
    principal: Principal | null
    /** Set only on partner operations, once the key is accepted. */
    partner: PartnerCaller | undefined
  }
}
