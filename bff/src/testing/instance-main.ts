import { loadConfig } from '../config'
import { portalJobs, startServer } from '../serve'
import { runningClock } from '../platform/clock'
import type { JobDefinition } from '../platform/jobs'

// One portal instance for the several-instances test: the real server on the configured
// PostgreSQL, its clock pinned to INSTANCE_CLOCK_START (and running), with one more job, `probe`,
// that takes a few seconds, so a test can kill the instance in the middle of a period.

const loaded = loadConfig(process.env)
if (!loaded.ok) throw new Error(loaded.message)
const start = process.env.INSTANCE_CLOCK_START
if (!start) throw new Error('INSTANCE_CLOCK_START is required')

const probe: JobDefinition = {
  name: 'probe',
  seconds: Number(process.env.INSTANCE_PROBE_SECONDS ?? 0),
  run: () => new Promise((resolve) => setTimeout(resolve, Number(process.env.INSTANCE_PROBE_WORK_MS ?? 0))),
}

const running = await startServer(loaded.config, { clock: runningClock(start) }, [...portalJobs(loaded.config), probe])
process.stdout.write(`${JSON.stringify({ event: 'listening', url: running.url })}\n`)
process.on('SIGTERM', () => void running.close().then(() => process.exit(0)))
