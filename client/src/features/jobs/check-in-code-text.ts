import { CheckInCodeText } from '@renshe/shared/jobs/applications'

/**
 * The six digits of a check-in code from what was typed or scanned: full-width digits and spaces
 * are forgiven, anything else (a link, other text, five digits) is not a code. Typed and scanned
 * codes go through this one reading, so a scan is refused exactly where typing would be.
 */
export function checkInCodeOf(text: string): string | undefined {
  const read = CheckInCodeText.safeParse(text.normalize('NFKC').replace(/\s/g, ''))
  return read.success ? read.data : undefined
}
