import { wenzhouCounties } from '@renshe/shared/identity/regions'

/** Where a complaint's work site can be. */
export const wenzhouRegions = wenzhouCounties
