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

/**
 * Walks a job's rows by id, a page at a time: `page(after)` reads up to `pageSize` ids after
 * `after` in id order ('' for the first), and `each` handles them before the next page is read,
 * so a page handled (and committed) is never read again. Ends after a page shorter than a full one.
 */
export async function forEachIdPage(pageSize: number, page: (after: string) => Promise<readonly string[]>, each: (ids: readonly string[]) => Promise<void>): Promise<void> {
  let after = ''
  for (;;) {
    const ids = await page(after)
    if (ids.length > 0) await each(ids)
    const last = ids.at(-1)
    if (last === undefined || ids.length < pageSize) return
    after = last
  }
}
