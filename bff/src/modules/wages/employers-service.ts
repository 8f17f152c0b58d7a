import { normalizeCreditCode } from '@renshe/shared/wages/credit-code'
import type { KnownEmployer } from '@renshe/shared/wages/schemas'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { ok, type Result } from '../../platform/problem'
import { findEmployers, projectsOfEmployers } from './employers-repo'

/** Enough to pick from on a phone; a worker who does not see theirs types more of the name. */
export const employerSearchLimit = 20

const creditCodeCharacters = /^[0-9A-HJ-NPQRTUWXY]+$/

/**
 * What a typed search means: always a part of a name; also the start of a credit code when it
 * could be one (`9133 0302` and `91330302` find the same employers).
 */
export function employerSearchOf(q: string): { name: string; codePrefix: string | null } {
  const name = q.trim()
  const code = normalizeCreditCode(q)
  return { name, codePrefix: code.length <= 18 && creditCodeCharacters.test(code) ? code : null }
}

/**
 * Organisations and their public facts. Nothing personal is read, so a worker's own search is
 * not audited; one done for a worker by a grid staff member is, because the worker sees every
 * act done for them. What was searched for stays out of the log.
 */
export async function searchEmployers(deps: Pick<Deps, 'db' | 'clock' | 'audit'>, actor: Actor, q: string): Promise<Result<{ employers: KnownEmployer[] }>> {
  if (actor.viaGrantId !== null) {
    await recordAudit(deps, deps.clock.now(), actor, { action: 'wages.searchEmployers', kind: 'read', objectType: 'employers' })
  }
  const { found, projects } = await deps.db.read(async (query) => {
    const employers = await findEmployers(query, employerSearchOf(q), employerSearchLimit)
    return { found: employers, projects: await projectsOfEmployers(query, employers.map((employer) => employer.id)) }
  })
  return ok({
    employers: found.map((employer) => ({
      id: employer.id,
      name: employer.name,
      creditCode: employer.creditCode,
      regionCode: employer.regionCode,
      projects: projects
        .filter((project) => project.employerId === employer.id)
        .map((project) => ({ id: project.id, name: project.name, regionCode: project.regionCode, address: project.address })),
    })),
  })
}
