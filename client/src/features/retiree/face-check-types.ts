/** What `startFacialRecognitionVerify` needs; only ever the pensioner's own details. */
export interface FaceCheckSubject {
  readonly name: string
  readonly idCardNumber: string
}

/**
 * How the phone's face check ended. Only the server decides whether it passed: `result` hands
 * it the provider's token, which it checks with the provider.
 */
export type FaceCheckResult =
  | { readonly kind: 'result'; readonly verifyResult: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'error' }
  /** This end has no face check (the browser): the person is told to open the mini-program. */
  | { readonly kind: 'unsupported' }
