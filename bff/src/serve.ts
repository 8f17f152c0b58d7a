import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { createApp } from './app'
import type { Config } from './config'
import { seedDemoData } from './db/seed/seed'
import { createDeps, type DepsOverrides } from './platform/create-deps'
import type { Deps } from './platform/deps'
import { purgeIdempotencyKeys } from './platform/idempotency'
import { purgeRateLimits } from './platform/rate-limit'
import { runRetireeJobs } from './modules/retiree/jobs'
import { runWagesJobs } from './modules/wages/jobs'

export interface RunningServer {
  readonly url: string
  readonly deps: Deps
  readonly seeded: boolean
  close(): Promise<void>
}

/**
 * Opens and migrates the database, seeds demo data outside production, and serves the API at
 * `/api` and the built h5 client at `/`. Used by `npm start` and by the end-to-end tests.
 */
export function startServer(config: Config, overrides: DepsOverrides = {}): Promise<RunningServer> {
  const deps = createDeps(config, overrides)
  const { seeded } = config.mode === 'production' ? { seeded: false } : seedDemoData(deps)

  const app = createApp(deps)
  if (existsSync(`${config.clientDist}/index.html`)) {
    app.use('/*', serveStatic({ root: config.clientDist }))
  } else {
    deps.logger.warn('client_not_built', { detail: `No ${config.clientDist}/index.html: serving the API only (run npm run build:h5)` })
  }

  const housekeeping = setInterval(() => {
    const now = deps.clock.now()
    purgeIdempotencyKeys(deps.db, now)
    purgeRateLimits(deps.db, now)
  }, 60 * 60 * 1000)
  housekeeping.unref()
  // Wages: overdue cases, payroll alerts, subscribe messages. Retiree: certification notices,
  // suspensions, payments, assistance rules.
  const jobs = [
    scheduleJobs(deps, { name: 'wages', seconds: config.wagesJobIntervalSeconds, run: runWagesJobs }),
    scheduleJobs(deps, { name: 'retiree', seconds: config.retiree.jobIntervalSeconds, run: runRetireeJobs }),
  ]

  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address
      resolve({
        url: `http://${host}:${info.port}`,
        deps,
        seeded,
        close: () =>
          new Promise<void>((done) => {
            clearInterval(housekeeping)
            for (const job of jobs) job.stop()
            server.close(() => {
              deps.db.$client.close()
              done()
            })
          }),
      })
    })
  })
}

/**
 * Runs a module's jobs every `seconds` (0: never, in this process). A run still going when the
 * next is due is not overlapped; a failing run is logged and the next one tries again.
 */
function scheduleJobs(deps: Deps, job: { readonly name: string; readonly seconds: number; readonly run: (deps: Deps) => Promise<unknown> }): { stop(): void } {
  if (job.seconds === 0) return { stop: () => undefined }
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    job
      .run(deps)
      .catch((error: unknown) => {
        deps.logger.error(`${job.name}_job_failed`, {
          errorName: error instanceof Error ? error.name : 'unknown',
          stack: error instanceof Error ? (error.stack ?? '').split('\n').slice(1).join('\n') : '',
        })
      })
      .finally(() => {
        running = false
      })
  }, job.seconds * 1000)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
