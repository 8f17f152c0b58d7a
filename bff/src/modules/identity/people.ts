import { maskIdNumber, maskName, maskPhone } from '@renshe/shared/identity/masking'
import { Role } from '@renshe/shared/identity/roles'
import type { Me } from '@renshe/shared/identity/schemas'
import type { Deps } from '../../platform/deps'
import type { RealNameRow, UserRow } from './repo'

/** People aged 70 or over are offered care mode without having to find the switch. */
export const careModeAge = 70

export function rolesOf(user: UserRow): Role[] {
  return user.roles.filter((role): role is Role => Role.safeParse(role).success)
}

/** Accounts that speak for an organisation, whose name is public (registered with its credit code), not personal. */
const organisationRoles: readonly Role[] = ['employer', 'institution', 'assessor', 'venue']

/** An account of an organisation (an employer, a school, a park): its name is shown whole. */
export function speaksForOrganisation(user: UserRow): boolean {
  return rolesOf(user).some((role) => organisationRoles.includes(role))
}

/** The person as the API shows them: every personal field masked, decrypted only to be masked; an organisation's name is not personal. */
export function describeMe(deps: Pick<Deps, 'sealer' | 'clock'>, user: UserRow, realName: RealNameRow | undefined): Me {
  const staffName = user.staffNameEnc ? deps.sealer.open(user.staffNameEnc) : null
  const citizenName = realName ? deps.sealer.open(realName.nameEnc) : null
  const name = citizenName ?? staffName
  const organisation = citizenName === null && speaksForOrganisation(user)
  return {
    id: user.id,
    displayName: name ? (organisation ? name : maskName(name)) : null,
    roles: rolesOf(user),
    realName: realName
      ? {
          bound: true,
          maskedName: maskName(citizenName ?? ''),
          maskedIdNumber: maskIdNumber(deps.sealer.open(realName.idNumberEnc)),
          maskedPhone: realName.phoneEnc ? maskPhone(deps.sealer.open(realName.phoneEnc)) : null,
          regionCode: realName.regionCode,
          boundAt: realName.boundAt,
        }
      : { bound: false },
    regionCode: user.regionCode,
    staffCode: user.staffCode,
    suggestCareMode: realName ? deps.clock.now().getUTCFullYear() - realName.birthYear >= careModeAge : false,
  }
}
