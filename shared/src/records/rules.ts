/** A participation certificate can be verified for this many days after it is issued. */
export const certificateValidityDays = 90

/** Verification codes: 12 Crockford base32 characters (60 bits), shown as three groups of four. */
export const verificationCodeLength = 12

export function formatVerificationCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code
}
