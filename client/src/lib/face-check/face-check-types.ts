/** The session the server opened with the provider; the phone's check runs in it. */
export interface FaceCheckSession {
  readonly verifyId: string
}

/**
 * How the phone's face check ended. Only the server decides whether it passed: `done` tells it
 * the check has run, and the server asks the provider about the session.
 */
export type FaceCheckResult =
  | { readonly kind: 'done' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'error' }
  /** This end has no face check (the browser): the person is told to open the mini-program. */
  | { readonly kind: 'unsupported' }
  /** WeChat on this phone is older than the face check (base library 3.8.12): the person is told to update it. */
  | { readonly kind: 'outdated' }
