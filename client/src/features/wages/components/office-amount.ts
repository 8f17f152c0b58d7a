import { yuanToFen as readYuan } from '../../../lib/money'

/** The most an amount on a case may be: 10 million yuan, as the contract allows. */
export const maxAmountFen = 1_000_000_000

export type AmountResult = { readonly ok: true; readonly fen: number } | { readonly ok: false }

/** An amount the office types, in yuan, within the case's bound (`lib/money` reads it). */
export function yuanToFen(text: string): AmountResult {
  const fen = readYuan(text)
  return fen === null || fen > maxAmountFen ? { ok: false } : { ok: true, fen }
}
