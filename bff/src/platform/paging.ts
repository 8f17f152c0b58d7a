/**
 * Keyset paging: repos fetch one row more than the page, and this cuts the page and says where
 * the next one starts (null on the last page).
 */
export function pageOf<Row>(rows: readonly Row[], limit: number, cursorOf: (last: Row) => string): { rows: Row[]; nextCursor: string | null } {
  const visible = rows.slice(0, limit)
  const last = visible.at(-1)
  return { rows: visible, nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null }
}

/** `issuedAt|id`-style cursors of time-ordered lists; anything else starts from the first page. */
export function timeCursor(cursor: string | undefined): { at: string; id: string } | null {
  const [at, id] = cursor?.split('|') ?? []
  return at && id ? { at, id } : null
}
