import { checkIdNumber } from '@renshe/shared/identity/id-number'
import type { Me } from '@renshe/shared/identity/schemas'
import { insuredPersons } from '../../db/schema'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { fail, ok, type Result } from '../../platform/problem'
import { eq } from 'drizzle-orm'
import { describeMe } from './people'
import { findRealName, findRealNameByIdIndex, findUser, insertRealName, latestConsents } from './repo'

export function getMe(deps: Deps, actor: Actor, subjectUserId: string): Result<Me> {
  const user = findUser(deps.db, subjectUserId)
  if (!user) return fail('not_found')
  const realName = findRealName(deps.db, subjectUserId)
  if (realName) {
    recordAudit(deps.db, deps.clock.now(), actor, { action: 'identity.getMe', kind: 'read', objectType: 'real_name', objectId: subjectUserId })
  }
  return ok(describeMe(deps, user, realName))
}

/**
 * Binds a name and ID number once. The ID number must be valid (GB 11643) and not bound to
 * another account; where the social-insurance register knows it, the name must match it.
 */
export function bindRealName(
  deps: Deps,
  actor: Actor,
  userId: string,
  input: { name: string; idNumber: string; phone?: string | undefined },
): Result<Me> {
  const now = deps.clock.now()
  const check = checkIdNumber(input.idNumber, now)
  if (!check.ok) return fail('validation_failed', { errors: [{ path: 'body.idNumber', key: check.error }] })

  const consent = latestConsents(deps.db, userId).find((c) => c.purpose === 'identity.real_name')
  if (!consent || consent.withdrawnAt) return fail('consent_required', { detail: 'identity.real_name' })

  const idNumberIndex = deps.blindIndex('id_number', check.value.normalized)
  return deps.db.transaction((tx) => {
    const user = findUser(tx, userId)
    if (!user) return fail('not_found')
    if (findRealName(tx, userId)) return fail('real_name_already_bound')
    if (findRealNameByIdIndex(tx, idNumberIndex)) return fail('id_number_taken')

    const registered = tx.select().from(insuredPersons).where(eq(insuredPersons.idNumberIndex, idNumberIndex)).get()
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
    insertRealName(tx, row)
    appendAudit(tx, now, actor, { action: 'identity.bindRealName', kind: 'write', objectType: 'real_name', objectId: userId })
    notify(tx, deps.random, now, { userId, template: 'realName.bound', link: '/pages/me/index' })
    return ok(describeMe(deps, user, row))
  })
}
