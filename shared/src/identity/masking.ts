/** `330302199001011234` → `330302********1234`: region kept for the helper, birth date hidden. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length < 10) return '*'.repeat(idNumber.length)
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`
}

/** `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length)
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`
}

/** `王秀英` → `王**`; `Li Lei` → `L*****`. The first character is enough to recognise oneself. */
export function maskName(name: string): string {
  const characters = Array.from(name.trim())
  if (characters.length === 0) return ''
  return `${characters[0]}${'*'.repeat(Math.max(1, characters.length - 1))}`
}

/** Short region hint shown next to a masked name: the first four digits and an ellipsis. */
export function idNumberHint(idNumber: string): string {
  return `${idNumber.slice(0, 4)}…`
}
