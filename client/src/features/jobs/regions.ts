import { wenzhouCounties } from '@renshe/shared/identity/regions'

/** Where seekers live and jobs are posted. */
export const jobRegions = wenzhouCounties

/**
 * A rough centre of each county (WGS 84, four decimals, near its government seat), used only when
 * a phone cannot give its location and the person has not typed one. Placeholder values read off
 * a map, not surveyed points: a seeker who uses one is told that distances will be less exact.
 */
export const regionCentres: Readonly<Record<string, { readonly lat: number; readonly lng: number }>> = {
  '330302': { lat: 28.0153, lng: 120.6551 },
  '330303': { lat: 27.9331, lng: 120.8113 },
  '330304': { lat: 27.9713, lng: 120.6364 },
  '330305': { lat: 27.8361, lng: 121.1573 },
  '330324': { lat: 28.1531, lng: 120.6906 },
  '330326': { lat: 27.6618, lng: 120.5652 },
  '330327': { lat: 27.5181, lng: 120.4257 },
  '330328': { lat: 27.7861, lng: 120.0919 },
  '330329': { lat: 27.5569, lng: 119.7192 },
  '330381': { lat: 27.7781, lng: 120.6552 },
  '330382': { lat: 28.1127, lng: 120.9833 },
  '330383': { lat: 27.5784, lng: 120.5531 },
}
