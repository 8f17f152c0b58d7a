import { eq } from 'drizzle-orm'
import type { ArbitrationPrefill } from '@renshe/shared/disputes/arbitration-cases'
import type { Locale } from '@renshe/shared/platform/locale'
import { addMonths } from '@renshe/shared/records/months'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import { cases } from '../../db/schema'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { arbitrationOfWageCase, complaintEvidenceOf } from './repo'
import { toEvidenceFile, todayOf } from './view'

/*
 * A wage complaint the office sent to arbitration becomes its application (decision 072): the
 * worker (or grid staff for her) gets the application prefilled from it, and applies citing it.
 * Nothing is copied: the arbitration keeps the complaint's id, one application a complaint, and
 * the commission reads the complaint's evidence through it.
 */

type WageCaseRow = typeof cases.$inferSelect

export async function wageCaseById(q: Query, id: string): Promise<WageCaseRow | undefined> {
  const [row] = await q.select().from(cases).where(eq(cases.id, id))
  return row
}

/** The complaint, locked until the transaction ends: of two applications from it at once, the second waits and sees the first. */
export async function lockedWageCaseById(tx: Tx, id: string): Promise<WageCaseRow | undefined> {
  const [row] = await forUpdate(tx.select().from(cases).where(eq(cases.id, id)))
  return row
}

/**
 * Whether `row` is a complaint the person the request is about may apply from: hers, sent to
 * arbitration by the office (status `arbitration`, which the act `transferArbitration` gives), and
 * not applied from yet. Grid staff acting for her are admitted by her grant's `disputes.file`.
 */
export async function isTransferable(q: Query, principal: Principal, row: WageCaseRow | undefined): Promise<boolean> {
  if (!row || row.workerUserId !== subjectOf(principal) || row.status !== 'arbitration') return false
  return (await arbitrationOfWageCase(q, row.id)) === undefined
}

/** Money as the worker writes it: 11700, or 11700.5 when there are jiao and fen. */
function yuanOf(fen: number): string {
  return Number.isInteger(fen / 100) ? String(fen / 100) : (fen / 100).toFixed(2)
}

function monthText(month: string, locale: Locale): string {
  return locale === 'en' ? month : `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
}

function periodText(row: Pick<WageCaseRow, 'fromMonth' | 'toMonth'>, locale: Locale): string {
  const [from, to] = [monthText(row.fromMonth, locale), monthText(row.toMonth, locale)]
  if (row.fromMonth === row.toMonth) return from
  return locale === 'en' ? `${from} to ${to}` : `${from}至${to}`
}

/** The wage claim: the amount owed, said with its months. */
function claimStatement(row: WageCaseRow, locale: Locale): string {
  const yuan = yuanOf(row.amountFen)
  return locale === 'en' ? `Wages for ${periodText(row, locale)} not paid: ${yuan} yuan.` : `${periodText(row, locale)}的工资未发，共 ${yuan} 元。`
}

/** The fewest characters the application's facts take (`NewArbitration`). */
const minFacts = 10

/**
 * The facts in her words: what she wrote in the complaint, or, when that is too short to stand as
 * facts, a sentence made from the complaint (who, where, which months, how much, and its number)
 * followed by what she wrote.
 */
function factsOf(deps: Pick<Deps, 'sealer'>, row: WageCaseRow, locale: Locale): string {
  const description = deps.sealer.open(row.descriptionEnc).trim()
  if (description.length >= minFacts) return description
  const yuan = yuanOf(row.amountFen)
  const period = periodText(row, locale)
  const made =
    locale === 'en'
      ? `I worked for ${row.employerName} at ${row.siteName}; my wages for ${period}, ${yuan} yuan, were not paid. I complained to labour inspection (case ${row.caseNumber}), which sent the case to arbitration.`
      : `我在${row.employerName}的${row.siteName}做工，${period}的工资共 ${yuan} 元未发。我已向劳动保障监察投诉（案件编号 ${row.caseNumber}），已转劳动争议仲裁。`
  return description === '' ? made : `${made}${locale === 'en' ? ' ' : ''}${description}`
}

/**
 * The first day after the last month owed, when its wages were due at the latest (she may correct
 * it); never after today, which the application would refuse.
 */
function knewOnOf(row: Pick<WageCaseRow, 'toMonth'>, today: string): string {
  const after = `${addMonths(row.toMonth, 1)}-01`
  return after > today ? today : after
}

/**
 * The application prefilled from her complaint the office sent to arbitration: the employer, the
 * site's county, the day the wages fell due, one wage claim of the amount owed, the facts; with the
 * complaint's evidence listed. Anyone else's complaint, one not sent to arbitration or already
 * applied from, is not found. The read is recorded for her.
 */
export async function getArbitrationPrefill(deps: Deps, actor: Actor, principal: Principal, locale: Locale, wageCaseId: string): Promise<Result<ArbitrationPrefill>> {
  const found = await deps.db.read(async (q) => {
    const row = await wageCaseById(q, wageCaseId)
    if (!row || !(await isTransferable(q, principal, row))) return null
    return { row, evidence: await complaintEvidenceOf(q, row.id) }
  })
  if (!found) return fail('not_found')
  const { row, evidence } = found
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: row.workerUserId }, {
    action: 'disputes.getArbitrationPrefill',
    kind: 'read',
    objectType: 'wage_case',
    objectId: row.id,
  })
  return ok({
    wageCase: { id: row.id, caseNumber: row.caseNumber },
    form: {
      respondent: { name: row.employerName, creditCode: row.employerCreditCode },
      regionCode: row.regionCode,
      knewOn: knewOnOf(row, todayOf(deps)),
      claims: [{ kind: 'wages', statement: claimStatement(row, locale), amountFen: row.amountFen }],
      facts: factsOf(deps, row, locale),
    },
    evidence: evidence.map((file) => toEvidenceFile(deps, file)),
  })
}
