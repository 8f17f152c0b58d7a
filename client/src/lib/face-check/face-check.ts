import type { FaceCheckResult, FaceCheckSession } from './face-check-types'

export type { FaceCheckResult, FaceCheckSession } from './face-check-types'

/** The browser has no real face check; the development provider's panel stands in for one. */
export async function startFaceCheck(_session: FaceCheckSession): Promise<FaceCheckResult> {
  return { kind: 'unsupported' }
}
