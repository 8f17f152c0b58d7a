import { regionCovers } from '@renshe/shared/identity/regions'

/** Wenzhou's districts, counties and county-level cities, where courses are taught. Names: domainLabels `region.<code>`. */
export const courseRegions = ['330302', '330303', '330304', '330305', '330324', '330326', '330327', '330328', '330329', '330381', '330382', '330383'] as const

/** The districts an institution may teach in: those of its own region (all of them when it has none on its account). */
export function regionsOf(institutionRegion: string | null): readonly string[] {
  if (institutionRegion === null) return courseRegions
  const within = courseRegions.filter((code) => regionCovers(institutionRegion, code))
  return within.length > 0 ? within : [institutionRegion]
}
