import { ProxyScope } from '@renshe/shared/identity/roles'
import { checkIdNumber } from '@renshe/shared/identity/id-number'
import { chinaMonth } from '@renshe/shared/platform/china-time'
import { lastDueMonth } from '@renshe/shared/records/gaps'
import { consentDocuments } from '../../modules/identity/consent-documents'
import { findUserByDevAccount } from '../../modules/identity/repo'
import { lockKey } from '../locks'
import { appendAudit } from '../../platform/audit'
import { days } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { newId } from '../../platform/random'
import { consents, contributions, insuredPersons, proxyGrants, realNames, users } from '../schema'
import { seedCards } from './card'
import { demoAccounts } from './demo-accounts'
import { contributionsOf, register } from './register'
import { seedRetiree } from './retiree'
import { seedRetireeVisits } from './retiree-visits'
import { seedTraining, seedTrainingCourses } from './training'
import { seedWageCases } from './wage-cases'
import { seedWages } from './wages'

export type SeedDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'blindIndex'>

/**
 * Demo data for development: the social-insurance register with contribution histories, and
 * the demo accounts. Runs once; later starts (of this instance or any other) find the accounts
 * and leave everything alone.
 */
export async function seedDemoData(deps: SeedDeps): Promise<{ seeded: boolean }> {
  const firstAccount = demoAccounts[0]?.account ?? ''
  if (await deps.db.read((q) => findUserByDevAccount(q, firstAccount))) return { seeded: false }
  const now = deps.clock.now()
  const at = now.toISOString()
  const lastDue = lastDueMonth(chinaMonth(now))

  return deps.db.transaction(async (tx) => {
    // Instances starting together on one PostgreSQL: the first seeds, the others find it done.
    await lockKey(tx, 'seed-demo-data')
    if (await findUserByDevAccount(tx, firstAccount)) return { seeded: false }
    for (const person of register) {
      const personId = `person-${person.key}`
      await tx.insert(insuredPersons).values({
        id: personId,
        idNumberIndex: deps.blindIndex('id_number', person.idNumber),
        idNumberEnc: deps.sealer.seal(person.idNumber),
        nameEnc: deps.sealer.seal(person.name),
        regionCode: person.regionCode,
        retiredFrom: person.retiredFrom ?? null,
      })
      const rows = contributionsOf(person, lastDue).map((row) => ({ ...row, id: `${personId}-${row.month}-${row.type}`, personId }))
      for (let i = 0; i < rows.length; i += 500) await tx.insert(contributions).values(rows.slice(i, i + 500))
    }

    const ids = new Map<string, string>()
    for (const demo of demoAccounts) {
      // Venues come with their venues, after the cards: what is seeded here keeps the values it always had.
      if (demo.roles.includes('venue')) continue
      const id = newId(deps.random)
      ids.set(demo.account, id)
      const isPerson = demo.roles.includes('citizen')
      await tx.insert(users).values({
        id,
        devAccount: demo.account,
        wechatOpenidIndex: null,
        wechatOpenidEnc: null,
        roles: [...demo.roles],
        staffNameEnc: isPerson && !demo.staffCode ? null : deps.sealer.seal(demo.name),
        regionCode: demo.regionCode ?? null,
        staffCode: demo.staffCode ?? null,
        organization: demo.organization ?? null,
        createdAt: at,
      })
      const check = demo.idNumber ? checkIdNumber(demo.idNumber, now) : null
      if (!check?.ok) continue
      await tx.insert(realNames).values({
        userId: id,
        nameEnc: deps.sealer.seal(demo.name),
        idNumberEnc: deps.sealer.seal(check.value.normalized),
        idNumberIndex: deps.blindIndex('id_number', check.value.normalized),
        phoneEnc: demo.phone ? deps.sealer.seal(demo.phone) : null,
        regionCode: check.value.regionCode,
        birthYear: Number(check.value.birthDate.slice(0, 4)),
        boundAt: at,
      })
      const document = consentDocuments['identity.real_name']
      await tx.insert(consents).values({ id: newId(deps.random), userId: id, purpose: document.purpose, version: document.version, givenAt: at, withdrawnAt: null })
    }

    const elder = ids.get('elder-wang')
    const staff = ids.get('staff-chen')
    if (elder && staff) {
      const sharing = consentDocuments['proxy.sharing']
      await tx.insert(consents).values({ id: newId(deps.random), userId: elder, purpose: sharing.purpose, version: sharing.version, givenAt: at, withdrawnAt: null })
      await tx.insert(proxyGrants).values({
        id: newId(deps.random),
        citizenUserId: elder,
        staffUserId: staff,
        scopes: [...ProxyScope.options],
        createdAt: at,
        expiresAt: new Date(now.getTime() + days(180)).toISOString(),
        revokedAt: null,
      })
    }
    await seedWages(tx, deps, ids)
    await seedWageCases(tx, deps, ids)
    await seedRetiree(tx, deps, ids)
    await seedRetireeVisits(tx, deps, ids)
    await seedTraining(tx, deps, ids)
    await seedTrainingCourses(tx, deps, ids)
    // Last: sealing the card numbers draws on the random stream, and what comes before keeps its values.
    await seedCards(tx, deps, ids)
    await appendAudit(tx, now, { requestId: 'seed', actorUserId: null, subjectUserId: null, viaGrantId: null }, { action: 'system.seedDemoData', kind: 'write' })
    return { seeded: true }
  })
}
