import { randomBytes } from 'node:crypto'
import type { TestProject } from 'vitest/node'
import { dropTestDatabases, testDatabaseRun } from './test-database'

/**
 * Before a run on PostgreSQL: names this run's databases, and drops what runs that started more
 * than a day ago left (a run that crashed); after it, drops its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('The bff-postgres suites need TEST_DATABASE_URL (a PostgreSQL server to make test databases in)')
  const now = new Date()
  await dropTestDatabases(url, { olderThan: new Date(now.getTime() - 86_400_000) })
  const run = testDatabaseRun(now, randomBytes(3).toString('hex'))
  project.provide('testDatabaseRun', run)
  return () => dropTestDatabases(url, { run })
}
