import { maskName } from '@renshe/shared/identity/masking'
import type { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { allOperations } from '@renshe/shared/platform/operations'
import type { Deps } from '../../platform/deps'
import { pageOf } from '../../platform/paging'
import { partnerNamesOf } from '../../platform/partner-access'
import { rolesOf, speaksForOrganisation } from './people'
import { auditAboutSubject, grantsOfCitizenByIds, realNamesOf, usersByIds } from './repo'

/**
 * What anyone may do without an account (check a certificate by its code): a row of these with
 * no actor is a member of the public. Any other row with no actor is the portal's own work.
 */
const publicOperations: ReadonlySet<string> = new Set(allOperations.filter((operation) => operation.access.kind === 'public').map((operation) => operation.id))

/**
 * "Who accessed my data": the audit rows about a person, with each actor named as far as the
 * person needs to recognise them (masked name, role, staff code) and proxy acts marked. A
 * helper who acted under a grant she gave is named in full, as on their badge: she chose them.
 */
export async function accessLogOf(
  deps: Deps,
  subjectUserId: string,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ items: AccessLogEntry[]; nextCursor: string | null }> {
  const before = page.cursor && /^\d+$/.test(page.cursor) ? Number(page.cursor) : null
  const { visible, nextCursor, actors, partnerNames, realNames, grants } = await deps.db.read(async (q) => {
    const { rows, nextCursor } = pageOf(await auditAboutSubject(q, subjectUserId, before, page.limit + 1), page.limit, (last) => String(last.seq))
    const actorIds = [...new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))]
    const grantIds = [...new Set(rows.flatMap((r) => (r.viaGrantId ? [r.viaGrantId] : [])))]
    const actors = new Map((await usersByIds(q, actorIds)).map((u) => [u.id, u]))
    // Staff are named by their staff name; anyone else by their real name, read for all at once.
    const citizenIds = [...actors.values()].flatMap((u) => (u.staffNameEnc || u.id === subjectUserId ? [] : [u.id]))
    return {
      visible: rows,
      nextCursor,
      actors,
      partnerNames: await partnerNamesOf(q, actorIds),
      realNames: await realNamesOf(q, citizenIds),
      grants: new Map((await grantsOfCitizenByIds(q, subjectUserId, grantIds)).map((g) => [g.id, g])),
    }
  })
  const items = visible.map((row): AccessLogEntry => {
    const self = row.actorUserId === subjectUserId
    const actor = row.actorUserId ? actors.get(row.actorUserId) : undefined
    let maskedName = (row.actorUserId && partnerNames.get(row.actorUserId)) ?? ''
    if (actor?.staffNameEnc) {
      // A person's name masked; an organisation's (the park that checked her e-card) whole.
      const name = deps.sealer.open(actor.staffNameEnc)
      maskedName = speaksForOrganisation(actor) ? name : maskName(name)
    }
    else if (actor && !self) {
      const realName = realNames.get(actor.id)
      if (realName) maskedName = maskName(deps.sealer.open(realName.nameEnc))
    }
    const grant = row.viaGrantId ? grants.get(row.viaGrantId) : undefined
    const helper = grant && actor?.staffNameEnc && grant.staffUserId === actor.id ? deps.sealer.open(actor.staffNameEnc) : null
    const roles = actor ? rolesOf(actor) : []
    return {
      id: String(row.seq),
      at: row.at,
      operation: row.action,
      kind: row.kind === 'read' ? 'read' : 'write',
      actor: {
        self,
        maskedName,
        name: helper,
        role: self ? null : (roles.find((r) => r !== 'citizen') ?? roles[0] ?? null),
        staffCode: actor?.staffCode ?? null,
        system: row.actorUserId === null && !publicOperations.has(row.action),
      },
      byProxy: row.viaGrantId !== null,
    }
  })
  return { items, nextCursor }
}
