import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { ArbitrationCase, ArbitrationList, NewArbitration } from '@renshe/shared/disputes/arbitration-cases'
import type { ArbitrationAction } from '@renshe/shared/disputes/schemas'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { legalDeadlines } from '@renshe/shared/wages/deadlines'
import { addCalendarDays, addWorkingDays, type WorkCalendar } from '@renshe/shared/wages/work-calendar'
import { employers } from '../db/schema'
import { loadWorkCalendar } from '../platform/work-calendar'
import { seededWageIds } from '../db/seed/wages'
import { deleteDisputeFile, openDisputeFile, prefillOf, transferredComplaint, uploadedDisputeFile } from './dispute-files-flows'
import type { TestContext } from './harness'
import { expectOk } from './http'

/** Steps of the arbitration tests, each through the API as the phones take them. */

export interface As {
  readonly token: string
  readonly actingFor?: string
  readonly idempotencyKey?: string
}

type ApplicationInput = z.input<typeof NewArbitration>

/** A valid credit code of an organisation the portal does not know. */
export const unknownCreditCode = '91330302MA2Q5W1X1M'

/** An application against an organisation the portal does not know, in Lucheng: what the audit walk files. */
export const sampleApplication = {
  respondent: { name: '温州某装饰工程有限公司', creditCode: unknownCreditCode },
  regionCode: '330302',
  knewOn: '2026-10-31',
  claims: [{ kind: 'wages', amountFen: 1_200_000, statement: '九月十月工资未发，共一万二千元。' }],
  facts: '二〇二六年三月入职，负责店铺装修，九月起工资一直拖欠。',
} as const satisfies ApplicationInput

/** The credit code of employer-demo's organisation, 温州瓯江建设有限公司, as the seed made it. */
export async function oujiangCreditCode(t: TestContext): Promise<string> {
  const [row] = await t.deps.db.read((q) => q.select({ creditCode: employers.creditCode }).from(employers).where(eq(employers.id, seededWageIds.employers.oujiang)))
  if (!row) throw new Error('the seed has no 温州瓯江建设有限公司')
  return row.creditCode
}

/** worker-zhao's application against employer-demo's organisation, in Lucheng, with `overrides`. */
export async function oujiangApplication(t: TestContext, overrides: Partial<ApplicationInput> = {}): Promise<ApplicationInput> {
  return {
    respondent: { name: '温州瓯江建设有限公司', creditCode: await oujiangCreditCode(t) },
    regionCode: '330302',
    knewOn: '2026-11-10',
    claims: [
      { kind: 'wages', amountFen: 2_340_000, statement: '八月到十月工资未发，共两万三千四百元。' },
      { kind: 'social_insurance', statement: '入职以来未缴纳社会保险。' },
    ],
    facts: '二〇二六年三月进瓯江府二期工地做钢筋工，八月起工资一直拖欠，项目部说年底再给。',
    ...overrides,
  }
}

export function apply(t: TestContext, as: As, body: unknown): Promise<Response> {
  return t.call('POST', '/api/disputes/arbitrations', { ...as, body })
}

export async function applied(t: TestContext, as: As, body: ApplicationInput): Promise<ArbitrationCase> {
  return expectOk(await apply(t, as, body), ArbitrationCase, 201)
}

export function act(t: TestContext, as: As, id: string, action: unknown): Promise<Response> {
  return t.call('POST', `/api/disputes/arbitrations/${id}/actions`, { ...as, body: action })
}

/** An act as the phone sends it: a defence's evidence may be left out. */
type ActionInput = z.input<typeof ArbitrationAction>

export async function acted(t: TestContext, as: As, id: string, action: ActionInput): Promise<ArbitrationCase> {
  return expectOk(await act(t, as, id, action), ArbitrationCase, 200, action.kind)
}

export function readArbitration(t: TestContext, as: As, id: string): Promise<Response> {
  return t.call('GET', `/api/disputes/arbitrations/${id}`, as)
}

export async function myArbitrations(t: TestContext, as: As): Promise<ArbitrationList> {
  return expectOk(await t.call('GET', '/api/disputes/arbitrations', as), ArbitrationList)
}

export async function queueOf(t: TestContext, token: string, query = ''): Promise<ArbitrationList> {
  return expectOk(await t.call('GET', `/api/disputes/arbitration-queue${query}`, { token }), ArbitrationList)
}

/** Moves the test's clock on to the morning of `day` (China time), a day after today at least. */
export function advanceTo(t: TestContext, day: string): void {
  const target = new Date(`${day}T10:00:00+08:00`).getTime()
  const now = t.clock.now().getTime()
  if (target > now) t.clock.advance(target - now)
}

/** Advances the clock by one day's worth of hours: each act of a journey happens on its own day. */
export function nextDay(t: TestContext): void {
  t.clock.advance(86_400_000)
}

export interface Journey {
  readonly officer: string
  readonly employer: string | null
}

/**
 * A case taken by Lucheng's arbitrator from its application to its hearing: accepted, served,
 * the tribunal formed, the defence submitted and served on her (when the employer's account is given), the hearing
 * set on the first day the law allows and held that day. Returns the case as the arbitrator sees it.
 */
export async function heard(t: TestContext, id: string, journey: Journey): Promise<ArbitrationCase> {
  const as = { token: journey.officer }
  nextDay(t)
  await acted(t, as, id, { kind: 'accept' })
  await acted(t, as, id, { kind: 'serve' })
  await acted(t, as, id, { kind: 'formTribunal' })
  if (journey.employer) {
    nextDay(t)
    await acted(t, { token: journey.employer }, id, { kind: 'submitDefence' })
    // The commission serves the defence on the applicant the same day (decision 072).
    await acted(t, as, id, { kind: 'serveDefence' })
  }
  return held(t, id, journey.officer)
}

/** The hearing of a case whose tribunal is formed, set on the first day the law allows and held that day. */
export async function held(t: TestContext, id: string, officer: string): Promise<ArbitrationCase> {
  const as = { token: officer }
  const shown = await expectOk(await readArbitration(t, as, id), ArbitrationCase)
  const on = earliestHearing(await t.deps.db.read(loadWorkCalendar), shown, chinaDate(t.clock.now()))
  await acted(t, as, id, { kind: 'scheduleHearing', on, mode: 'online' })
  advanceTo(t, on)
  return acted(t, as, id, { kind: 'recordHearing' })
}

/** The first day a hearing set today may be held (art. 35 notice; a defence period still running is kept whole). */
export function earliestHearing(calendar: WorkCalendar, shown: ArbitrationCase, today: string): string {
  const notice = addWorkingDays(calendar, today, legalDeadlines.arbitrationHearingNotice.days)
  const defence = shown.deadlines.find((deadline) => deadline.step === 'defence' && !deadline.done)
  if (!defence) return notice
  const afterDefence = addCalendarDays(defence.by, 1)
  return afterDefence > notice ? afterDefence : notice
}

/** Arbitration takes weeks: sessions that outlast the test's clock moving on, so each account logs in once. */
export const weeksLongSessions = { env: { SESSION_IDLE_MINUTES: '200000', SESSION_ABSOLUTE_MINUTES: '200000' } } as const

/** Requests on a real case of the one `as` acts for (made here, by the same hands): for walks that need each call to succeed. */
export async function disputesObjectRequests(t: TestContext, as: As): Promise<Record<string, () => Promise<Response>>> {
  const toWithdraw = await applied(t, as, sampleApplication)
  const file = await uploadedDisputeFile(t, as)
  const transferred = await transferredComplaint(t, as, 801)
  return {
    'disputes.getArbitration': () => readArbitration(t, as, toWithdraw.id),
    'disputes.actOnArbitration': () => act(t, as, toWithdraw.id, { kind: 'withdraw', reason: '' }),
    'disputes.getFile': () => openDisputeFile(t, as, file.id),
    'disputes.deleteFile': async () => deleteDisputeFile(t, as, (await uploadedDisputeFile(t, as)).id),
    'disputes.getArbitrationPrefill': () => prefillOf(t, as, transferred.id),
  }
}
