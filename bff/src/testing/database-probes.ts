import { sql } from 'drizzle-orm'
import type { Database } from '../db/database'

/** How many rows a table holds, read beneath the repos (PostgreSQL counts come back as text). */
export async function countRows(db: Database, table: string): Promise<number> {
  const [row] = await db.rows<{ n: number | string }>(sql`select count(*) as n from ${sql.identifier(table)}`)
  return Number(row?.n ?? 0)
}

/**
 * Makes every insert into `table` fail with `message`, as a full disk or a broken constraint
 * would, until the returned function is called: a trigger on either engine.
 */
export async function failInserts(db: Database, table: string, message: string): Promise<() => Promise<void>> {
  const trigger = sql.identifier(`refuse_${table}`)
  if (db.engine === 'sqlite') {
    await db.rows(sql`create trigger ${trigger} before insert on ${sql.identifier(table)} begin select raise(abort, ${sql.raw(quote(message))}); end`)
    return async () => {
      await db.rows(sql`drop trigger ${trigger}`)
    }
  }
  const fn = sql.identifier(`refuse_${table}_fn`)
  await db.rows(sql`create function ${fn}() returns trigger language plpgsql as ${sql.raw(quote(`begin raise exception '%', ${quote(message)}; end`))}`)
  await db.rows(sql`create trigger ${trigger} before insert on ${sql.identifier(table)} for each row execute function ${fn}()`)
  return async () => {
    await db.rows(sql`drop trigger ${trigger} on ${sql.identifier(table)}`)
    await db.rows(sql`drop function ${fn}()`)
  }
}

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}
