import { and, eq, gt, lt, or, sql, type Column, type SQL } from 'drizzle-orm'

/**
 * The rows after a cursor in a list ordered by a time and then its id, newest first (`desc`) or
 * oldest first (`asc`): keyset paging, which reads one index range however deep the page.
 */
export function afterCursor(at: Column, id: Column, cursor: { readonly at: string; readonly id: string }, order: 'asc' | 'desc'): SQL {
  const beyond = order === 'desc' ? lt : gt
  return or(beyond(at, cursor.at), and(eq(at, cursor.at), beyond(id, cursor.id))) ?? sql`false`
}
