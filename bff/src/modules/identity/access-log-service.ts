import { maskName } from '@renshe/shared/identity/masking'
import type { AccessLogEntry } from '@renshe/shared/identity/schemas'
import type { Deps } from '../../platform/deps'
import { pageOf } from '../../platform/paging'
import { partnerNamesOf } from '../../platform/partner-access'
import { rolesOf } from './people'
import { auditAboutSubject, findRealName, usersByIds } from './repo'

/**
 * "Who accessed my data": the audit rows about a person, with each actor named as far as the
 * person needs to recognise them (masked name, role, staff code) and proxy acts marked.
 */
export function accessLogOf(
  deps: Deps,
  subjectUserId: string,
  page: { cursor?: string | undefined; limit: number },
): { items: AccessLogEntry[]; nextCursor: string | null } {
  const before = page.cursor && /^\d+$/.test(page.cursor) ? Number(page.cursor) : null
  const { rows: visible, nextCursor } = pageOf(auditAboutSubject(deps.db, subjectUserId, before, page.limit + 1), page.limit, (last) => String(last.seq))
  const actorIds = [...new Set(visible.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))]
  const actors = new Map(usersByIds(deps.db, actorIds).map((u) => [u.id, u]))
  const partnerNames = partnerNamesOf(deps.db, actorIds)
  const items = visible.map((row): AccessLogEntry => {
    const self = row.actorUserId === subjectUserId
    const actor = row.actorUserId ? actors.get(row.actorUserId) : undefined
    let maskedName = (row.actorUserId && partnerNames.get(row.actorUserId)) ?? ''
    if (actor?.staffNameEnc) maskedName = maskName(deps.sealer.open(actor.staffNameEnc))
    else if (actor && !self) {
      const realName = findRealName(deps.db, actor.id)
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
