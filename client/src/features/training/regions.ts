import { regionCovers, wenzhouCounties } from '@renshe/shared/identity/regions'

/** Where courses are taught. */
export const courseRegions = wenzhouCounties

/** The districts an institution may teach in: those of its own region (all of them when it has none on its account). */
export function regionsOf(institutionRegion: string | null): readonly string[] {
  if (institutionRegion === null) return courseRegions
  const within = courseRegions.filter((code) => regionCovers(institutionRegion, code))
  return within.length > 0 ? within : [institutionRegion]
}
