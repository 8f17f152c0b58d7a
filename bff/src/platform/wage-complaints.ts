import type { ComplaintForm } from '@renshe/shared/wages/schemas'
import type { Actor } from './audit'
import type { Deps } from './deps'
import type { Principal } from './principal'
import type { Result } from './problem'

/** A wage complaint as its filer needs to link it: the case and its number. */
export interface FiledWageComplaint {
  readonly id: string
  readonly caseNumber: string
}

/**
 * Files an unpaid-wage complaint through the wages module's own submission, for a module that
 * opens one from its own records (a day job not paid). Handed in by `createApp`, since modules
 * do not import one another: the complaint made is exactly the one the wages route makes, one
 * case per `draftId` however often it is sent.
 */
export type FileWageComplaint = (
  deps: Deps,
  actor: Actor,
  principal: Principal,
  submission: { readonly draftId: string; readonly form: ComplaintForm },
) => Promise<Result<FiledWageComplaint>>
