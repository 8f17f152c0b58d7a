import type { PreventionScore } from '@renshe/shared/disputes/injury-cases'
import type { InjuryStatus } from '@renshe/shared/disputes/schemas'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { recordAudit, type Actor } from '../../../platform/audit'
import { days } from '../../../platform/clock'
import type { Deps } from '../../../platform/deps'
import { officialCovers } from '../../../platform/policy'
import type { SessionUser } from '../../../platform/principal'
import { fail, ok, type Result } from '../../../platform/problem'
import { employerByCreditCode } from '../repo'
import { todayOf } from '../view'
import { awardDaysAgainst, injuryStatusesAgainstSince, payrollAlertsSince, workersOnLatestPayroll } from './repo'

/** Every number of the index counts the 365 days ending today. */
const periodDays = 365

/** Still before the office's decision. */
const openStatuses: readonly InjuryStatus[] = ['applied', 'documents_requested', 'documents_supplied', 'accepted']
/** Refused, not recognised or withdrawn: not an injury at work the portal counts. */
const notInjuries: readonly InjuryStatus[] = ['refused', 'not_recognised', 'withdrawn']

/** What the index is made from: the portal's own counts for one employer over the period. */
export interface PreventionCounts {
  /** Cases against it whose accident fell in the period: recognised, and still open. */
  readonly injuries: number
  readonly openInjuries: number
  /** Distinct workers on its latest month of payroll; 0 when it has uploaded none. */
  readonly insuredWorkers: number
  readonly payrollAlerts: number
  readonly awards: number
}

const takes = (value: number, perUnit: number, most: number): number => Math.min(most, Math.round(value * perUnit))

/**
 * The factors and the score (decision 071): from 100, injuries per 100 insured workers ×10 a
 * point (at most 40), open injury cases ×5 (at most 20), payroll alerts ×5 (at most 20),
 * arbitration awards against it ×10 (at most 20). With no payroll on the portal there is no rate
 * to take (its basis shows 0 insured workers, so the officer sees why); its open cases still count.
 */
export function preventionFactors(counts: PreventionCounts): { score: number; factors: PreventionScore['factors'] } {
  const rate = counts.insuredWorkers === 0 ? 0 : Math.round((counts.injuries * 10_000) / counts.insuredWorkers) / 100
  const factors: PreventionScore['factors'] = [
    { key: 'injuryRate', value: rate, penalty: takes(rate, 10, 40), periodDays, basis: { injuries: counts.injuries, insuredWorkers: counts.insuredWorkers } },
    { key: 'openInjuries', value: counts.openInjuries, penalty: takes(counts.openInjuries, 5, 20), periodDays, basis: { openInjuries: counts.openInjuries } },
    { key: 'payrollAlerts', value: counts.payrollAlerts, penalty: takes(counts.payrollAlerts, 5, 20), periodDays, basis: { payrollAlerts: counts.payrollAlerts } },
    { key: 'awardsAgainst', value: counts.awards, penalty: takes(counts.awards, 10, 20), periodDays, basis: { awards: counts.awards } },
  ]
  return { score: Math.max(0, 100 - factors.reduce((total, factor) => total + factor.penalty, 0)), factors }
}

/**
 * An employer's work-safety index, for the officers and supervisors whose region covers the
 * county the employer is registered in; for anyone else, or an organisation the portal does not
 * know, it does not exist. A prompt for where to look, not a rating: every read is recorded.
 */
export async function getPreventionScore(deps: Deps, actor: Actor, official: SessionUser, creditCode: string): Promise<Result<PreventionScore>> {
  const now = deps.clock.now()
  const today = todayOf(deps)
  const afterDay = addCalendarDays(today, -periodDays)
  const afterAt = new Date(now.getTime() - days(periodDays)).toISOString()
  const found = await deps.db.read(async (q) => {
    const employer = await employerByCreditCode(q, creditCode)
    if (!employer || !officialCovers(official, employer.regionCode)) return null
    const statuses = await injuryStatusesAgainstSince(q, employer, afterDay)
    const payroll = await workersOnLatestPayroll(q, employer.id)
    const payrollAlerts = await payrollAlertsSince(q, employer.id, afterAt)
    const awards = (await awardDaysAgainst(q, employer)).filter((day) => day > afterDay).length
    const counts: PreventionCounts = {
      injuries: statuses.filter((status) => !notInjuries.includes(status)).length,
      openInjuries: statuses.filter((status) => openStatuses.includes(status)).length,
      insuredWorkers: payroll.workers,
      payrollAlerts,
      awards,
    }
    return { employer, counts }
  })
  if (!found) return fail('not_found')
  const { employer, counts } = found
  await recordAudit(deps, now, actor, { action: 'disputes.getPreventionScore', kind: 'read', objectType: 'employer', objectId: employer.id })
  return ok({ employerName: employer.name, creditCode: employer.creditCode, regionCode: employer.regionCode, ...preventionFactors(counts), asOf: today })
}
