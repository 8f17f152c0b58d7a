import { doubleWageWindow } from '@renshe/shared/contracts/terms'
import { chinaDate, chinaMonth } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import { addMonths, addMonthsClamped } from '@renshe/shared/records/months'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { enqueueSubscribeMessage } from '../../platform/outbox'
import { hasSignedContract, hiresWithoutContract, insertNoticeOnce, startsWithoutContract, type HireStart, type PayrollStart, type StartCursor } from './repo'

/** Names the job in `job_runs` and in logs. */
export const contractsJob = 'contracts'

export interface ContractsJobSummary {
  /** Workers told this run that they have no written contract with an employer. */
  readonly noContractTold: number
}

type JobDeps = Pick<Deps, 'db' | 'clock' | 'random'>

/** Workers read per page; each is then told in a transaction of her own. */
const pageSize = 200

const systemActor = (workerUserId: string): Actor => ({ requestId: `${contractsJob}-no-contract`, actorUserId: null, subjectUserId: workerUserId, viaGrantId: null })

/** The periodic work of the module: workers a month into a job without a written contract, told. */
export async function runContractsJobs(deps: Deps): Promise<ContractsJobSummary> {
  return { noContractTold: await tellWorkersWithoutContract(deps) }
}

/**
 * Tells, once for each employer, every worker who started with it a month ago or more, has an
 * account binding her ID number, and has signed no contract with it, what that means: twice her
 * wage for each month from the second to the twelfth (劳动合同法 art. 82). When she started is
 * read from the employer's own payroll (her first month on it) and from the jobs module (a hire
 * to a full-time post, from the later of its start day and the hire); the payroll is read first.
 * The notice row is the guard, inserted once: a worker found by both, a run killed part-way and
 * run again, or runs on several instances at once, tell her once. Returns how many were told.
 */
export async function tellWorkersWithoutContract(deps: JobDeps): Promise<number> {
  let told = 0
  let after: StartCursor | null = null
  for (;;) {
    // A worker whose first month is last month or earlier started at least a month before today.
    const lastFirstMonth = addMonths(chinaMonth(deps.clock.now()), -1)
    const cursor: StartCursor | null = after
    const starts: PayrollStart[] = await deps.db.read((q) => startsWithoutContract(q, lastFirstMonth, cursor, pageSize))
    for (const start of starts) if (await tellWorker(deps, { ...start, startedOn: `${start.firstMonth}-01` })) told += 1
    const last = starts.at(-1)
    if (last === undefined || starts.length < pageSize) break
    after = { employerId: last.employerId, workerIdNumberIndex: last.workerIdNumberIndex }
  }
  after = null
  for (;;) {
    const lastStartDay = addMonthsClamped(chinaDate(deps.clock.now()), -1)
    const cursor: StartCursor | null = after
    const hires: HireStart[] = await deps.db.read((q) => hiresWithoutContract(q, lastStartDay, cursor, pageSize))
    for (const hire of hires) if (await tellWorker(deps, hire)) told += 1
    const last = hires.at(-1)
    if (last === undefined || hires.length < pageSize) return told
    after = { employerId: last.employerId, workerIdNumberIndex: last.workerIdNumberIndex }
  }
}

async function tellWorker(deps: JobDeps, start: Omit<HireStart, 'startedOn'> & { readonly startedOn: string }): Promise<boolean> {
  const now = deps.clock.now()
  const { startedOn } = start
  return deps.db.transaction(async (tx) => {
    // Read again: a contract signed since the page was read is seen, and she is not told.
    if (await hasSignedContract(tx, start.employerId, start.workerIdNumberIndex)) return false
    const first = await insertNoticeOnce(tx, {
      employerId: start.employerId,
      workerIdNumberIndex: start.workerIdNumberIndex,
      workerUserId: start.workerUserId,
      startedOn,
      toldAt: now.toISOString(),
    })
    if (!first) return false
    const window = doubleWageWindow(startedOn)
    const params = { employerName: start.employerName, startedOn, doubleFrom: window.from, doubleUntil: window.until }
    // The link names no employer: it goes to WeChat with the subscribe message.
    const link = pageLink('noWrittenContract', { startedOn })
    await notify(tx, deps.random, now, { userId: start.workerUserId, template: 'contracts.noWrittenContract', params, link })
    await enqueueSubscribeMessage(tx, deps.random, now, { userId: start.workerUserId, template: 'contracts.noWrittenContract', params, link })
    await appendAudit(tx, now, systemActor(start.workerUserId), { action: 'contracts.tellNoWrittenContract', kind: 'write', objectType: 'employer', objectId: start.employerId })
    return true
  })
}
