import { checkIdNumber } from '@renshe/shared/identity/id-number'
import type { Me } from '@renshe/shared/identity/schemas'
import { pages } from '@renshe/shared/platform/pages'
import { lockKey } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { hitRateLimit, peekRateLimit } from '../../platform/rate-limit'
import { fail, ok, type Result } from '../../platform/problem'
import { lockActiveConsent } from './consent-service'
import { idNumberRefusals } from './id-number-refusals'
import { claimKept } from './kept-service'
import { describeMe } from './people'
import { findRealName, findRealNameByIdIndex, findRegisteredPerson, findUser, insertRealName, lockUser } from './repo'

export async function getMe(deps: Deps, actor: Actor, subjectUserId: string): Promise<Result<Me>> {
  const { user, realName } = await deps.db.read(async (q) => ({
    user: await findUser(q, subjectUserId),
    realName: await findRealName(q, subjectUserId),
  }))
  if (!user) return fail('not_found')
  if (realName) {
    await recordAudit(deps, deps.clock.now(), actor, { action: 'identity.getMe', kind: 'read', objectType: 'real_name', objectId: subjectUserId })
  }
  return ok(describeMe(deps, user, realName))
}

/**
 * Binds a name and ID number once. The ID number must be valid (GB 11643) and not bound to
 * another account; where the social-insurance register knows it, the name must match it.
 */
export async function bindRealName(
  deps: Deps,
  actor: Actor,
  userId: string,
  input: { name: string; idNumber: string; phone?: string | undefined },
): Promise<Result<Me>> {
  const now = deps.clock.now()
  const check = checkIdNumber(input.idNumber, now)
  if (!check.ok) return refuseBinding(deps, actor, userId, fail('validation_failed', { errors: [{ path: 'body.idNumber', key: check.error }] }))

  const idNumberIndex = deps.blindIndex('id_number', check.value.normalized)
  const refusals = idNumberRefusals(deps, idNumberIndex, now)
  // After `limit` refusals the number waits: the next attempt is refused whether right or wrong.
  const blocked = await peekRateLimit(deps.db, { ...refusals, limit: refusals.limit - 1 })
  if (!blocked.allowed) return refuseBinding(deps, actor, userId, fail('rate_limited', { retryAfterSeconds: blocked.retryAfterSeconds }))

  const bound = await deps.db.transaction(async (tx) => {
    // Each check below is locked until the binding commits: the consent (a withdrawal waits), the
    // account (a second binding of it waits, then finds it bound) and the ID number, which has
    // no row yet (a binding of it by another account waits, then finds it taken).
    if (!(await lockActiveConsent(tx, userId, 'identity.real_name'))) return fail('consent_required', { detail: 'identity.real_name' })
    const user = await lockUser(tx, userId)
    if (!user) return fail('not_found')
    await lockKey(tx, `id-number:${idNumberIndex}`)
    if (await findRealName(tx, userId)) return fail('real_name_already_bound')
    const taken = await findRealNameByIdIndex(tx, idNumberIndex)
    if (taken) {
      // A resident registered by grid staff before she had an account: the same name and number
      // bring her to what was kept for her, to confirm or refuse (decision 055).
      const claimed = await claimKept(deps, tx, actor, user, taken, input.name)
      if (!claimed) return fail('id_number_taken')
      if (!claimed.ok) return claimed
      return ok(describeMe(deps, claimed.value.user, claimed.value.realName))
    }

    const registered = await findRegisteredPerson(tx, idNumberIndex)
    if (registered && deps.sealer.open(registered.nameEnc) !== input.name) {
      return fail('validation_failed', { errors: [{ path: 'body.name', key: 'name.mismatch' }] })
    }

    const row = {
      userId,
      nameEnc: deps.sealer.seal(input.name),
      idNumberEnc: deps.sealer.seal(check.value.normalized),
      idNumberIndex,
      phoneEnc: input.phone ? deps.sealer.seal(input.phone) : null,
      regionCode: registered?.regionCode ?? check.value.regionCode,
      birthYear: Number(check.value.birthDate.slice(0, 4)),
      boundAt: now.toISOString(),
    }
    await insertRealName(tx, row)
    await notify(tx, deps.random, now, { userId, template: 'realName.bound', link: pages.me })
    await appendAudit(tx, now, actor, { action: 'identity.bindRealName', kind: 'write', objectType: 'real_name', objectId: userId })
    return ok(describeMe(deps, user, row))
  })
  if (bound.ok) return bound
  const counted = await hitRateLimit(deps, refusals)
  return refuseBinding(deps, actor, userId, counted.allowed ? bound : fail('rate_limited', { retryAfterSeconds: counted.retryAfterSeconds }))
}

/** A refused binding is audited as the caller's act on their own account; the number it named is not written. */
async function refuseBinding(deps: Deps, actor: Actor, userId: string, refusal: Result<Me>): Promise<Result<Me>> {
  await recordAudit(deps, deps.clock.now(), actor, { action: 'identity.bindRealName.refused', kind: 'write', objectType: 'real_name', objectId: userId })
  return refusal
}
