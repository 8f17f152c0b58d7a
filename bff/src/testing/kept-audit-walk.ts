import { eq } from 'drizzle-orm'
import { KeptPerson } from '@renshe/shared/identity/kept'
import { proxyGrants } from '../db/schema'
import { giveConsent, meOf } from './flows'
import type { TestContext } from './harness'
import { keptResident, registerKept } from './kept-flows'

export interface KeptAuditedWrite {
  readonly act: () => Promise<Response>
  readonly actor: string
  readonly subject: string
  readonly via?: string
  /** Whom the act was about, when the act itself makes her (a registered resident): read from its answer. */
  readonly resolve?: (response: Response) => Promise<{ subject: string; via: string }>
}

/** A kept resident, claimed by citizen-li binding her name and number: the account li now logs in to. */
async function claimed(t: TestContext): Promise<{ token: string; id: string }> {
  await registerKept(t, await t.login('staff-chen'))
  const token = await t.login('citizen-li')
  await giveConsent(t, token, 'identity.real_name')
  await t.call('POST', '/api/me/real-name', { token, body: { name: keptResident.name, idNumber: keptResident.idNumber } })
  return { token, id: (await meOf(t, token)).id }
}

/** A successful call of every kept-resident operation that writes, for the audit walk. */
export const keptAuditedWrites: Record<string, (t: TestContext) => Promise<KeptAuditedWrite>> = {
  'identity.registerKeptPerson': async (t) => {
    const token = await t.login('staff-chen')
    const chen = (await meOf(t, token)).id
    return {
      act: () => t.call('POST', '/api/assist/kept-people', { token, body: keptResident }),
      actor: chen,
      subject: chen,
      resolve: async (response) => {
        const { grantId } = KeptPerson.parse(await response.json())
        const [grant] = await t.deps.db.read((q) => q.select().from(proxyGrants).where(eq(proxyGrants.id, grantId)))
        return { subject: grant?.citizenUserId ?? '', via: grantId }
      },
    }
  },
  'identity.confirmKeptProfile': async (t) => {
    const { token, id } = await claimed(t)
    return { act: () => t.call('POST', '/api/me/kept-profile/confirm', { token, body: { keepGrant: false } }), actor: id, subject: id }
  },
  'identity.refuseKeptProfile': async (t) => {
    const { token, id } = await claimed(t)
    return { act: () => t.call('POST', '/api/me/kept-profile/refuse', { token }), actor: id, subject: id }
  },
}
