import type { z } from 'zod'
import { moneyClaimKinds, NewArbitration, type ArbitrationPrefill } from '@renshe/shared/disputes/arbitration-cases'
import { maxClaimFen, type ClaimKind } from '@renshe/shared/disputes/schemas'
import { wenzhouCounties } from '@renshe/shared/identity/regions'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Locale } from '@renshe/shared/platform/locale'
import type { Problem } from '@renshe/shared/platform/problem'
import { errorsFromProblem, type FieldIds } from '../../lib/form-errors'
import type { FieldProblem } from '../../ui/error-summary'
import { fenToYuanText, yuanToFen } from '../../lib/money'

/** One claim as typed: the amount stays the text she typed until it is sent. */
export interface ClaimValues {
  readonly kind: ClaimKind | null
  readonly amountYuan: string
  readonly statement: string
}

export interface ApplicationValues {
  readonly respondentName: string
  readonly creditCode: string
  readonly regionCode: string | null
  readonly knewOn: string
  readonly claims: readonly ClaimValues[]
  readonly facts: string
}

export const maxClaims = 10
export const emptyClaim: ClaimValues = { kind: null, amountYuan: '', statement: '' }
export const emptyApplication: ApplicationValues = { respondentName: '', creditCode: '', regionCode: null, knewOn: '', claims: [emptyClaim], facts: '' }

export const isMoneyClaim = (kind: ClaimKind | null): boolean => kind !== null && moneyClaimKinds.includes(kind)

export const claimFieldId = (index: number, part: 'kind' | 'amount' | 'statement') => `arb-claim-${index}-${part}`

/** The evidence uploader's picker: where its errors are said and where the summary sends focus. */
export const evidenceFieldId = 'arb-evidence'

/** Request path (as the server names it) → the id of its field, in the order the form shows them. */
export function applicationFieldIds(claimCount: number): FieldIds {
  const ids: Record<string, string> = {
    'respondent.name': 'arb-respondent-name',
    'respondent.creditCode': 'arb-credit-code',
    regionCode: 'arb-region',
    knewOn: 'arb-knew-on',
    claims: 'arb-claims',
  }
  for (let index = 0; index < claimCount; index += 1) {
    ids[`claims.${index}.kind`] = claimFieldId(index, 'kind')
    ids[`claims.${index}.amountFen`] = claimFieldId(index, 'amount')
    ids[`claims.${index}.statement`] = claimFieldId(index, 'statement')
  }
  ids.facts = 'arb-facts'
  ids.evidenceIds = evidenceFieldId
  return ids
}

/** What goes with the form beside what she typed: the files uploaded, and the wage complaint it comes from. */
export interface ApplicationExtras {
  readonly evidenceIds: readonly string[]
  readonly wageCaseId: string | null
}

/**
 * The form as her wage complaint fills it (decision 072): every field still hers to change. A
 * county the form does not offer is left for her to choose, as is a credit code the complaint
 * did not know.
 */
export function valuesFromPrefill(prefill: ArbitrationPrefill): ApplicationValues {
  const { form } = prefill
  const counties: readonly string[] = wenzhouCounties
  const claims = form.claims.slice(0, maxClaims).map((claim) => ({
    kind: claim.kind,
    amountYuan: claim.amountFen !== undefined ? fenToYuanText(claim.amountFen) : '',
    statement: claim.statement,
  }))
  return {
    respondentName: form.respondent.name,
    creditCode: form.respondent.creditCode ?? '',
    regionCode: counties.includes(form.regionCode) ? form.regionCode : null,
    knewOn: form.knewOn,
    claims: claims.length > 0 ? claims : [emptyClaim],
    facts: form.facts,
  }
}

export type Checked = { readonly ok: true; readonly body: z.output<typeof NewArbitration> } | { readonly ok: false; readonly errors: readonly FieldProblem[] }

/**
 * The application as the contract takes it, or what to fix, field by field in the order shown.
 * The contract's own schema judges it, so the form asks what the server will; the amounts are the
 * form's: an amount for each money claim, none sent for the others.
 */
export function checkApplication(values: ApplicationValues, extras: ApplicationExtras, locale: Locale, amountFormat: string): Checked {
  const ids = applicationFieldIds(values.claims.length)
  const found = new Map<string, string>()
  const claims = values.claims.map((claim, index) => {
    const money = isMoneyClaim(claim.kind)
    const fen = money ? yuanToFen(claim.amountYuan) : null
    if (money && (fen === null || fen <= 0 || fen > maxClaimFen)) found.set(`claims.${index}.amountFen`, amountFormat)
    return { kind: claim.kind ?? '', statement: claim.statement, ...(money && fen !== null ? { amountFen: fen } : {}) }
  })
  const body = {
    respondent: { name: values.respondentName, creditCode: values.creditCode },
    regionCode: values.regionCode ?? '',
    knewOn: values.knewOn.trim(),
    claims,
    facts: values.facts,
    evidenceIds: [...extras.evidenceIds],
    ...(extras.wageCaseId ? { wageCaseId: extras.wageCaseId } : {}),
  }
  const parsed = NewArbitration.safeParse(body)
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.join('.')
    // A claim's amount is judged above, in words about yuan; a missing choice is "choose one".
    if (path.endsWith('.amountFen') || found.has(path)) continue
    const choice = path === 'regionCode' || path.endsWith('.kind')
    found.set(path, fieldMessage(choice ? 'field.choose' : issue.message, locale))
  }
  if (parsed.success && found.size === 0) return { ok: true, body: parsed.data }
  const errors = Object.entries(ids).flatMap(([path, fieldId]) => {
    const message = found.get(path)
    return message ? [{ fieldId, message }] : []
  })
  return { ok: false, errors }
}

/** The server's field errors, at the fields of this form. */
export function applicationErrors(problem: Problem, claimCount: number, locale: Locale): FieldProblem[] {
  return errorsFromProblem(problem, applicationFieldIds(claimCount), locale)
}

/**
 * The year of art. 27 run out: the server refuses at the day she knew with `disputes.limitationPassed`,
 * and its `detail` says, in her language, the day the year ended.
 */
export function isLimitationRefusal(problem: Problem): boolean {
  return (problem.errors ?? []).some((error) => error.path === 'body.knewOn' && error.key === 'disputes.limitationPassed')
}

/**
 * The wage complaint named cannot become this application (decision 072): not hers, not sent to
 * arbitration, or applied from already. Said in the page's own words, wherever the answer puts it.
 */
export function isWageCaseRefusal(problem: Problem): boolean {
  return (problem.errors ?? []).some((error) => error.key === 'disputes.wageCaseNotTransferable')
}
