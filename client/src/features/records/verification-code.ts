/** `7KQ2M9XD4TPA` → `7KQ2-M9XD-4TPA`, as printed on the certificate. */
export function groupVerificationCode(code: string): string {
  return code.replace(/[\s-]/g, '').replace(/(.{4})(?=.)/g, '$1-')
}
