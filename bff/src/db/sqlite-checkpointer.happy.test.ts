import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, expect, test } from 'vitest'
import { startCheckpointer } from './sqlite-checkpointer'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

test('under writes that never pause, the write-ahead log stays near its restart size instead of growing with every commit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'renshe-checkpoint-'))
  dirs.push(dir)
  const path = join(dir, 'portal.db')
  // The writing connection as the portal opens it: its own checkpoints off, the worker's on.
  const writer = new Sqlite(path)
  writer.pragma('journal_mode = WAL')
  writer.pragma('synchronous = NORMAL')
  writer.pragma('wal_autocheckpoint = 0')
  writer.exec('create table rows (id integer primary key, body blob not null)')
  const insert = writer.prepare('insert into rows (body) values (?)')
  const restartBytes = 256 * 1024
  const checkpointer = startCheckpointer(path, { everyMs: 5, restartBytes })
  await checkpointer.ready

  // 16 MB in commits of 8 KB, one after another with hardly a pause between them: the log alone
  // would hold all of it, since a passive checkpoint never sees it all copied.
  const body = Buffer.alloc(8 * 1024, 7)
  let largest = 0
  for (let commit = 0; commit < 2048; commit += 1) {
    writer.transaction(() => insert.run(body))()
    if (commit % 64 === 0) largest = Math.max(largest, statSync(`${path}-wal`).size)
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
  await checkpointer.stop()

  expect(writer.prepare('select count(*) as n from rows').get()).toEqual({ n: 2048 })
  expect(largest).toBeGreaterThan(0)
  expect(largest).toBeLessThan(8 * restartBytes)
  writer.close()
  // Two thousand commits a millisecond apart: seconds of work by design, longer on a busy machine.
}, 30_000)
