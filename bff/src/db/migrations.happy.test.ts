import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, onTestFinished, test } from 'vitest'
import type { Engine } from './engine'
import { migrationsFolder } from './migrate'

const bffDir = fileURLToPath(new URL('../..', import.meta.url))
const drizzleKit = fileURLToPath(new URL('../../../node_modules/.bin/drizzle-kit', import.meta.url))

/** Runs `drizzle-kit generate` for one engine into a copy of its migrations: what it says, and the files it adds. */
function generateInto(engine: Engine): Promise<{ said: string; added: string[] }> {
  const copy = mkdtempSync(join(tmpdir(), `renshe-migrations-${engine}-`))
  onTestFinished(() => rmSync(copy, { recursive: true, force: true }))
  cpSync(migrationsFolder(engine), copy, { recursive: true })
  const before = new Set(readdirSync(copy))
  // drizzle-kit takes the output folder relative to where it runs.
  const args = ['generate', `--dialect=${engine === 'sqlite' ? 'sqlite' : 'postgresql'}`, `--schema=src/db/schema/${engine}.ts`, `--out=${relative(bffDir, copy)}`]
  return new Promise((resolve, reject) => {
    execFile(drizzleKit, args, { cwd: bffDir, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stdout}\n${stderr}`))
      else resolve({ said: `${stdout}${stderr}`, added: readdirSync(copy).filter((name) => !before.has(name)) })
    })
  })
}

test.each(['sqlite', 'postgres'] as const)(
  'the %s migrations hold everything the one schema description says: generating again finds nothing to add',
  { timeout: 60_000 },
  async (engine) => {
    const { said, added } = await generateInto(engine)
    expect(said).toContain('No schema changes')
    expect(added).toEqual([])
  },
)
