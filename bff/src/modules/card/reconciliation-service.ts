import type { z } from 'zod'
import { confirmWithinHours, type CardReconciliation, type CardReconciliationQuery, type ReconciliationItem } from '@renshe/shared/card/money'
import { maskName } from '@renshe/shared/identity/masking'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { recordAudit, type Actor } from '../../platform/audit'
import { hours } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { officialCovers } from '../../platform/policy'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { bankAccountsOf, bankDays, exceptionsOf, heldAt, outstandingAt, partnerNames, regionBalances, unconfirmedAt } from './reconciliation-repo'

/*
 * The daily reconciliation of money paid onto cards (decision 068), for the officers of the
 * payments' region: bank by bank, what was sent, credited and returned that day (China date), what
 * was still with the bank at the day's end, what the bank has owed its word on for more than a day,
 * and every line it sent that moved nothing. Computed from the ledger, never kept: a past day
 * always reads the same. A city officer reads the city's, or one county's of it.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'sealer' | 'audit'>

/** The start of a China calendar day, as an instant. */
const chinaMidnight = (date: string) => new Date(`${date}T00:00:00.000+08:00`).toISOString()

const bankPrefix = 'bank:'

export async function getCardReconciliation(deps: ServiceDeps, actor: Actor, officer: SessionUser, query: z.output<typeof CardReconciliationQuery>): Promise<Result<CardReconciliation>> {
  if (!officer.regionCode) return fail('forbidden')
  const regionCode = query.regionCode ?? officer.regionCode
  if (!officialCovers(officer, regionCode)) return fail('forbidden', { detail: 'The region is outside your region' })
  const now = deps.clock.now()
  const today = chinaDate(now)
  const day = query.day ?? addCalendarDays(today, -1)
  if (day > today) return fail('validation_failed', { errors: [{ path: 'query.day', key: 'field.invalid' }], detail: 'A day to come has nothing to reconcile yet' })
  const from = chinaMidnight(day)
  const before = chinaMidnight(addCalendarDays(day, 1))
  const sentBefore = new Date(Date.parse(before) - hours(confirmWithinHours)).toISOString()

  const read = await deps.db.read(async (q) => {
    const [accounts, days, outstanding, unconfirmed, exceptions, held, balanced] = await Promise.all([
      bankAccountsOf(q, regionCode, before),
      bankDays(q, regionCode, from, before),
      outstandingAt(q, regionCode, before),
      unconfirmedAt(q, regionCode, before, sentBefore),
      exceptionsOf(q, regionCode, from, before),
      heldAt(q, regionCode, before),
      regionBalances(q, regionCode),
    ])
    const partnerIds = [...new Set([...accounts.map(partnerOf), ...exceptions.map((row) => row.partnerId)])]
    return { partnerIds, days, outstanding, unconfirmed, exceptions, held, balanced, names: await partnerNames(q, partnerIds) }
  })

  const masked = (nameEnc: string | null) => (nameEnc === null ? null : maskName(deps.sealer.open(nameEnc)))
  const none = { count: 0, fen: 0 }
  const banks = read.partnerIds
    .map((partnerId) => {
      const account = `${bankPrefix}${partnerId}`
      const dayRow = read.days.find((row) => row.account === account)
      const unconfirmed: ReconciliationItem[] = read.unconfirmed
        .filter((row) => row.account === account)
        .map((row) => ({ kind: 'unconfirmed', reference: row.reference ?? '', amountFen: row.amountFen, bankAmountFen: null, holderMaskedName: masked(row.nameEnc), at: row.sentAt }))
      const refused: ReconciliationItem[] = read.exceptions
        .filter((row) => row.partnerId === partnerId)
        .map((row) => ({
          kind: row.why,
          reference: row.reference,
          amountFen: row.amountFen,
          bankAmountFen: row.bankAmountFen !== null && row.bankAmountFen !== row.amountFen ? row.bankAmountFen : null,
          holderMaskedName: masked(row.nameEnc),
          at: row.at,
        }))
      const outstanding = read.outstanding.find((row) => row.account === account)
      return {
        partnerId,
        bankName: read.names.get(partnerId) ?? partnerId,
        queued: dayRow ? { count: dayRow.queuedCount, fen: dayRow.queuedFen } : none,
        credited: dayRow ? { count: dayRow.creditedCount, fen: dayRow.creditedFen } : none,
        returned: dayRow ? { count: dayRow.returnedCount, fen: dayRow.returnedFen } : none,
        outstanding: outstanding ? { count: outstanding.count, fen: outstanding.fen } : none,
        items: [...unconfirmed, ...refused],
      }
    })
    .sort((a, b) => (a.bankName === b.bankName ? (a.partnerId < b.partnerId ? -1 : 1) : a.bankName < b.bankName ? -1 : 1))

  await recordAudit(deps, now, actor, { action: 'card.getCardReconciliation', kind: 'read', objectType: 'region', objectId: regionCode })
  return ok({ day, regionCode, banks, held: read.held, balanced: read.balanced })
}

function partnerOf(account: string): string {
  return account.slice(bankPrefix.length)
}
