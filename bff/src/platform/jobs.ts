import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm'
import { jobRuns } from '../db/schema'
import type { Deps } from './deps'
import { errorFields } from './logger'

export interface JobDefinition {
  /** Names the job in `job_runs` and in logs. */
  readonly name: string
  /** Length of one period; 0 turns the job off in this process. */
  readonly seconds: number
  /** Does one period's work. Every step must be safe to repeat: a run killed part-way is run again. */
  readonly run: (deps: Deps) => Promise<unknown>
}

export interface JobRunner {
  /** Runs each job whose current period no instance has started or finished yet; resolves when done. */
  tick(): Promise<void>
  stop(): Promise<void>
}

/**
 * Runs background jobs once per period across every instance on the database. Each instance
 * checks every few seconds; the first to insert the period's row in `job_runs` runs it, beating
 * a heartbeat while it works, and marks it finished at the end. If its holder dies mid-run
 * (kill -9), the heartbeat stops, and once the lease runs out the next instance to look takes the
 * period over and runs it again from the start, even after its time is over: no period is left
 * half done, and none runs twice at once.
 */
export function createJobRunner(
  deps: Deps,
  jobs: readonly JobDefinition[],
  options: { readonly holder: string; readonly leaseSeconds: number },
): JobRunner {
  const active = jobs.filter((job) => job.seconds > 0)
  // A run that has not beaten for the lease is taken to be dead; it beats six times a lease.
  const staleMs = options.leaseSeconds * 1000
  const heartbeatMs = staleMs / 6
  // Each job is looked at several times a period, at least every five seconds.
  const checkEveryMs = Math.min(5_000, ...active.map((job) => (job.seconds * 1000) / 2))
  const running = new Set<string>()
  let ticking: Promise<void> | null = null
  let stopped = false

  const periodOf = (job: JobDefinition, now: Date) => new Date(Math.floor(now.getTime() / (job.seconds * 1000)) * job.seconds * 1000).toISOString()

  /**
   * The period this instance is to run now, if any: first a period whose holder died before
   * finishing it (oldest first, whether or not its time is over), else the current period if no
   * instance has started it.
   */
  async function claim(job: JobDefinition): Promise<string | null> {
    const now = deps.clock.now()
    const at = now.toISOString()
    const staleBefore = new Date(now.getTime() - staleMs).toISOString()
    const abandoned = and(eq(jobRuns.job, job.name), isNull(jobRuns.finishedAt), lt(jobRuns.heartbeatAt, staleBefore))
    return deps.db.transaction(async (tx) => {
      const [dead] = await tx.select({ period: jobRuns.period }).from(jobRuns).where(abandoned).orderBy(asc(jobRuns.period)).limit(1)
      if (dead) {
        // Guarded: of two instances finding the same dead run, one takes it over.
        const [taken] = await tx
          .update(jobRuns)
          .set({ holder: options.holder, startedAt: at, heartbeatAt: at })
          .where(and(abandoned, eq(jobRuns.period, dead.period)))
          .returning({ period: jobRuns.period })
        if (taken) return taken.period
      }
      const period = periodOf(job, now)
      const [inserted] = await tx
        .insert(jobRuns)
        .values({ job: job.name, period, holder: options.holder, startedAt: at, heartbeatAt: at })
        .onConflictDoNothing()
        .returning({ period: jobRuns.period })
      return inserted?.period ?? null
    })
  }

  const ours = (job: JobDefinition, period: string) =>
    and(eq(jobRuns.job, job.name), eq(jobRuns.period, period), eq(jobRuns.holder, options.holder))

  async function runJob(job: JobDefinition): Promise<void> {
    const period = await claim(job)
    if (period === null) return
    const beat = setInterval(() => {
      void deps.db
        .transaction((tx) => tx.update(jobRuns).set({ heartbeatAt: deps.clock.now().toISOString() }).where(ours(job, period)))
        .catch(() => undefined)
    }, heartbeatMs)
    beat.unref()
    try {
      await job.run(deps)
      await deps.db.transaction((tx) => tx.update(jobRuns).set({ finishedAt: deps.clock.now().toISOString() }).where(ours(job, period)))
      deps.logger.info('job_finished', { operation: job.name, detail: period })
    } finally {
      clearInterval(beat)
    }
  }

  async function tick(): Promise<void> {
    await Promise.all(
      active
        .filter((job) => !running.has(job.name))
        .map(async (job) => {
          running.add(job.name)
          try {
            await runJob(job)
          } catch (error) {
            deps.logger.error(`${job.name}_job_failed`, errorFields(error))
          } finally {
            running.delete(job.name)
          }
        }),
    )
  }

  const timer =
    active.length > 0
      ? setInterval(() => {
          if (stopped || ticking) return
          ticking = tick().finally(() => {
            ticking = null
          })
        }, checkEveryMs)
      : null
  timer?.unref()

  return {
    tick,
    async stop() {
      stopped = true
      if (timer) clearInterval(timer)
      await ticking
    },
  }
}

/** Finished runs older than a week say nothing anyone needs. */
export async function purgeJobRuns(deps: Pick<Deps, 'db'>, now: Date): Promise<number> {
  const before = new Date(now.getTime() - 7 * 86_400_000).toISOString()
  const purged = await deps.db.transaction((tx) =>
    tx.delete(jobRuns).where(and(lt(jobRuns.period, before), sql`${jobRuns.finishedAt} is not null`)).returning({ job: jobRuns.job }),
  )
  return purged.length
}
