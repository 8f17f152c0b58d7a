import { maskName } from '@renshe/shared/identity/masking'
import type { AccessLogEntry } from '@renshe/shared/identity/schemas'
import type { Deps } from '../../platform/deps'
import { pageOf } from '../../platform/paging'
import { partnerNamesOf } from '../../platform/partner-access'
import { rolesOf } from './people'
import { auditAboutSubject, realNamesOf, usersByIds } from './repo'

/**
 * "Who accessed my data": the audit rows about a person, with each actor named as far as the
 * person needs to recognise them (masked name, role, staff code) and proxy acts marked.
 */
export async function accessLogOf(
  deps: Deps,
  subjectUserId: string,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ items: AccessLogEntry[]; nextCursor: string | null }> {
  const before = page.cursor && /^\d+$/.test(page.cursor) ? Number(page.cursor) : null
  const { visible, nextCursor, actors, partnerNames, realNames } = await deps.db.read(async (q) => {
    const { rows, nextCursor } = pageOf(await auditAboutSubject(q, subjectUserId, before, page.limit + 1), page.limit, (last) => String(last.seq))
    const actorIds = [...new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))]
    const actors = new Map((await usersByIds(q, actorIds)).map((u) => [u.id, u]))
    // Staff are named by their staff name; anyone else by their real name, read for all at once.
    const citizenIds = [...actors.values()].flatMap((u) => (u.staffNameEnc || u.id === subjectUserId ? [] : [u.id]))
    return { visible: rows, nextCursor, actors, partnerNames: await partnerNamesOf(q, actorIds), realNames: await realNamesOf(q, citizenIds) }
  })
  const items = visible.map((row): AccessLogEntry => {
    const self = row.actorUserId === subjectUserId
    const actor = row.actorUserId ? actors.get(row.actorUserId) : undefined
    let maskedName = (row.actorUserId && partnerNames.get(row.actorUserId)) ?? ''
    if (actor?.staffNameEnc) maskedName = maskName(deps.sealer.open(actor.staffNameEnc))
    else if (actor && !self) {
      const realName = realNames.get(actor.id)
      if (realName) maskedName = maskName(deps.sealer.open(realName.nameEnc))
    }
    const roles = actor ? rolesOf(actor) : []
    return {
      id: String(row.seq),
      at: row.at,
      operation: row.action,
      kind: row.kind === 'read' ? 'read' : 'write',
      actor: {
        self,
        maskedName,
        role: self ? null : (roles.find((r) => r !== 'citizen') ?? roles[0] ?? null),
        staffCode: actor?.staffCode ?? null,
      },
      byProxy: row.viaGrantId !== null,
    }
  })
  return { items, nextCursor }
}
