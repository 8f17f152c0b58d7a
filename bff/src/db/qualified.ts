import { getTableName, sql, type Column, type SQL } from 'drizzle-orm'

/**
 * `"table"."column"`, always. drizzle leaves the table out when a select reads from one table,
 * and in a correlated subquery a bare `"id"` names the inner table's column, not the outer one:
 * write the columns of a subquery with this.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`
}
