import { existsSync } from 'node:fs'
import { hostname } from 'node:os'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import type { Config } from './config'
import { schemaStatus } from './db/migrate'
import { demoLogins } from './db/seed/demo-accounts'
import { holdsDemoData } from './db/seed/demo-data'
import { seedDemoData } from './db/seed/seed'
import { registerClientFiles } from './platform/client-files'
import { createDeps, type DepsOverrides } from './platform/create-deps'
import type { Deps } from './platform/deps'
import { purgeIdempotencyKeys } from './platform/idempotency'
import { createJobRunner, purgeJobRuns, type JobDefinition } from './platform/jobs'
import { newId } from './platform/random'
import { purgeRateLimits } from './platform/rate-limit'
import { cardJob, runCardJobs } from './modules/card/jobs'
import { contractsJob, runContractsJobs } from './modules/contracts/no-contract'
import { disputesJob, runDisputesJobs } from './modules/disputes/jobs'
import { matchNoticesJob, runMatchNotices } from './modules/jobs/match-notices'
import { retrySubsidyPayouts, subsidyPayoutsJob } from './modules/jobs/subsidy-service'
import { followFlexiblePayments, insurancePaymentsJob } from './modules/jobs/insurance-jobs'
import { runRetireeJobs } from './modules/retiree/jobs'
import { runTrainingJobs, trainingJob } from './modules/training/jobs'
import { runWagesJobs } from './modules/wages/jobs'
import { trackConnections } from './platform/shutdown'

export interface RunningServer {
  readonly url: string
  readonly deps: Deps
  readonly seeded: boolean
  close(): Promise<void>
}

/** The background jobs of every module, each run once per period across all instances. */
export function portalJobs(config: Config): JobDefinition[] {
  return [
    // Wages: overdue cases, payroll alerts, subscribe messages.
    { name: 'wages', seconds: config.wagesJobIntervalSeconds, run: runWagesJobs },
    // Retiree: certification notices, suspensions, payments, assistance rules.
    { name: 'retiree', seconds: config.retiree.jobIntervalSeconds, run: runRetireeJobs },
    // Jobs: new matches to the inboxes of seekers who consent to be recommended, once each.
    { name: matchNoticesJob, seconds: config.jobsMatchIntervalSeconds, run: runMatchNotices },
    // Jobs: subsidy payouts the payment channel could not take yet, asked again under the same number.
    { name: subsidyPayoutsJob, seconds: config.jobsMatchIntervalSeconds, run: retrySubsidyPayouts },
    // Jobs: pension payment orders past their expiry closed with the channel; refunds on their way followed to their end.
    { name: insurancePaymentsJob, seconds: config.jobsMatchIntervalSeconds, run: followFlexiblePayments },
    // Training: targeted vouchers pushed to the people they reach, once each; unspent vouchers past their last day ended.
    { name: trainingJob, seconds: config.trainingJobIntervalSeconds, run: runTrainingJobs },
    // Card: temporary loss reports whose region's days have run lifted, each told to its holder.
    { name: cardJob, seconds: config.cardJobIntervalSeconds, run: runCardJobs },
    // Disputes: arbitration steps past their legal day told to the applicant and the county's chair, once each.
    { name: disputesJob, seconds: config.disputesJobIntervalSeconds, run: runDisputesJobs },
    // Contracts: workers a month into a job without a written contract told what they are owed, once for each employer.
    { name: contractsJob, seconds: config.contractsJobIntervalSeconds, run: runContractsJobs },
    {
      name: 'housekeeping',
      seconds: 3600,
      run: async (deps) => {
        const now = deps.clock.now()
        await purgeIdempotencyKeys(deps.db, now)
        await purgeRateLimits(deps.db, now)
        await purgeJobRuns(deps, now)
      },
    },
  ]
}

/** How long a closing server lets the requests in flight finish before it cuts them. */
const shutdownGraceMs = 10_000

/** Why a server will not start, in one line for its operator. */
export class StartRefusedError extends Error {}

export class SchemaNotCurrentError extends StartRefusedError {
  constructor(readonly pending: string) {
    super(`The database schema is not current (migration ${pending} not applied): run npm run db:migrate`)
  }
}

export class DemoDataPresentError extends StartRefusedError {
  constructor() {
    super('The database holds the demo data (demo accounts, development partner keys): outside DEMO_MODE=1, and always in production, start on a database without it')
  }
}

/**
 * Serves the API at `/api` and the built h5 client at `/` on a database that `npm run
 * db:migrate` has brought up to date (it refuses an old schema rather than migrating it: several
 * instances must not race to). In demo mode it seeds the demo data once; outside it, it refuses a
 * database that holds them. Used by `npm start`, by every instance of a deployment, and by the
 * end-to-end tests.
 */
export async function startServer(config: Config, overrides: DepsOverrides = {}, jobs: readonly JobDefinition[] = portalJobs(config)): Promise<RunningServer> {
  const deps = createDeps(config, { demoAccounts: demoLogins, ...overrides })
  const status = await schemaStatus(deps.db)
  if (status.pending !== null) {
    await deps.db.close()
    throw new SchemaNotCurrentError(status.pending)
  }
  if (!config.demo && (await holdsDemoData(deps.db))) {
    await deps.db.close()
    throw new DemoDataPresentError()
  }
  const { seeded } = config.demo ? await seedDemoData(deps) : { seeded: false }

  const app = createApp(deps)
  if (existsSync(`${config.clientDist}/index.html`)) {
    registerClientFiles(app, config.clientDist)
  } else {
    deps.logger.warn('client_not_built', { detail: `No ${config.clientDist}/index.html: serving the API only (run npm run build:h5)` })
  }

  const runner = createJobRunner(deps, jobs, {
    holder: `${hostname()}:${process.pid}:${newId(deps.random)}`,
    leaseSeconds: config.jobLeaseSeconds,
  })

  let closing: Promise<void> | undefined
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address
      resolve({
        url: `http://${host}:${info.port}`,
        deps,
        seeded,
        // Asked twice (a second signal), it is the same closing.
        close: () =>
          (closing ??= (async () => {
            await runner.stop()
            await connections.close(shutdownGraceMs)
            await deps.audit.drain()
            await deps.db.close()
          })()),
      })
    }) as Server
    const connections = trackConnections(server)
  })
}
