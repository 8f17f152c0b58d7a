import type { ProxyScope, Role } from '@renshe/shared/identity/roles'
import type { Actor } from './audit'

export interface SessionUser {
  readonly id: string
  readonly roles: readonly Role[]
  readonly regionCode: string | null
  readonly staffCode: string | null
}

/** A grid staff member acting for a citizen, under a grant checked on this very request. */
export interface ActingFor {
  readonly grantId: string
  readonly subjectUserId: string
  readonly scopes: readonly ProxyScope[]
}

/** The caller of a request: who is logged in, and for whom they act. */
export interface Principal {
  readonly sessionId: string
  readonly user: SessionUser
  readonly actingFor: ActingFor | null
}

/** Whose data the request is about: the citizen acted for, or the caller. */
export function subjectOf(principal: Principal): string {
  return principal.actingFor?.subjectUserId ?? principal.user.id
}

export function actorOf(principal: Principal | null, requestId: string): Actor {
  return {
    requestId,
    actorUserId: principal?.user.id ?? null,
    subjectUserId: principal ? subjectOf(principal) : null,
    viaGrantId: principal?.actingFor?.grantId ?? null,
  }
}
