import type { Principal } from './principal'

/** Hono context variables set by the platform middleware. */
export interface AppEnv {
  Variables: {
    requestId: string
    principal: Principal | null
  }
}
