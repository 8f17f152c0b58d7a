import { contractClauses, type ContractParties } from '@renshe/shared/contracts/templates'
import { ContractEventKind, ContractTerms, type Contract, type ContractSigner, type ContractSummary } from '@renshe/shared/contracts/schemas'
import { maskIdNumber, maskName } from '@renshe/shared/identity/masking'
import { chinaDate } from '@renshe/shared/platform/china-time'
import type { Locale } from '@renshe/shared/platform/locale'
import type { Query } from '../../db/database'
import type { Deps } from '../../platform/deps'
import { compensationOf } from '@renshe/shared/contracts/ending'
import { addMonthsClamped } from '@renshe/shared/records/months'
import { consecutiveFixedTerms, documentFactsOf, endingFactsOf, eventsOfContract, signaturesOf, type ContractEventRow, type ContractRow, type DocumentRow, type EndingRow, type SignatureRow } from './repo'

type ViewDeps = Pick<Deps, 'clock' | 'sealer'>

/** Today in China: the day a contract is kept until is a date there. */
export function todayOf(deps: Pick<Deps, 'clock'>): string {
  return chinaDate(deps.clock.now())
}

/** The terms as sealed in the row, read back through their schema: a file read back is a boundary. */
export function openTerms(deps: Pick<Deps, 'sealer'>, row: Pick<ContractRow, 'termsEnc'>): ContractTerms {
  return ContractTerms.parse(JSON.parse(deps.sealer.open(row.termsEnc)))
}

export function sealTerms(deps: Pick<Deps, 'sealer'>, terms: ContractTerms): string {
  return deps.sealer.seal(JSON.stringify(terms))
}

/** The parties as the text names them: the worker's name whole (the employer named her), her ID number masked. */
export function partiesOf(deps: Pick<Deps, 'sealer'>, row: ContractRow): ContractParties {
  return {
    employerName: row.employerName,
    employerCreditCode: row.employerCreditCode,
    workerName: deps.sealer.open(row.workerNameEnc),
    workerIdNumber: maskIdNumber(deps.sealer.open(row.workerIdNumberEnc)),
  }
}

/** How a signer's identity was checked, as the evidence chain and the signatures say it: the kind and the provider, nothing of the session. */
export function checkOf(signature: Pick<SignatureRow, 'provider'>): string {
  return `face:${signature.provider}`
}

/** Whether the signed file may still be downloaded: until its keeping ends (none while the contract runs without an end). */
export function stillKept(row: Pick<ContractRow, 'keepUntil'>, today: string): boolean {
  return row.keepUntil === null || today <= row.keepUntil
}

/**
 * What the caller may do now. The employer edits, signs or withdraws its draft, and may withdraw
 * it until the worker signs; the worker declines, or signs once she has read this version whole;
 * both download the signed file while it is kept.
 */
export function allowedActionsOf(row: ContractRow, role: ContractSigner, today: string, ending: Pick<EndingRow, 'ground'> | undefined = undefined): Contract['allowedActions'] {
  const kept = stillKept(row, today)
  const download = (row.status === 'signed' || row.status === 'ended') && kept ? (['download'] as const) : []
  const certificate = row.status === 'ended' && ending !== undefined && kept ? (['download_certificate'] as const) : []
  if (role === 'employer') {
    if (row.status === 'draft') return ['edit', 'sign', 'withdraw']
    if (row.status === 'awaiting_worker') return ['withdraw']
    if (row.status === 'signed') return [...download, 'end', ...(renewable(row, today, ending) ? (['renew'] as const) : [])]
    return [...download, ...certificate, ...(renewable(row, today, ending) ? (['renew'] as const) : [])]
  }
  if (row.status === 'awaiting_worker') return readByWorker(row) ? ['sign', 'decline'] : ['decline']
  return [...download, ...certificate]
}

/** Days before a fixed term's end from which the employer may draft the next contract. */
export const renewalWindowMonths = 2

/**
 * The employer may draft the next contract from a signed fixed-term one in the last two months
 * of its term, or from one that ended by expiry.
 */
export function renewable(row: Pick<ContractRow, 'kind' | 'status' | 'endsOn'>, today: string, ending: Pick<EndingRow, 'ground'> | undefined): boolean {
  if (row.kind !== 'fixed_term' || row.endsOn === null) return false
  if (row.status === 'signed') return today >= addMonthsClamped(row.endsOn, -renewalWindowMonths)
  return row.status === 'ended' && ending?.ground === 'expiry'
}

export function readByWorker(row: Pick<ContractRow, 'readVersion' | 'version'>): boolean {
  return row.readVersion === row.version
}

export function toSummary(deps: Pick<Deps, 'sealer'>, row: ContractRow): ContractSummary {
  return {
    id: row.id,
    contractNumber: row.contractNumber,
    kind: row.kind,
    status: row.status,
    employerName: row.employerName,
    workerMaskedName: maskName(deps.sealer.open(row.workerNameEnc)),
    position: row.position,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    updatedAt: row.updatedAt,
  }
}

// Events of one instant (a test's standing clock) in the order a contract goes through them.
const eventOrder = ContractEventKind.options

function byTimeThenKind(a: ContractEventRow, b: ContractEventRow): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1
  return eventOrder.indexOf(a.kind) - eventOrder.indexOf(b.kind)
}

/** What a contract's view shows besides its row. */
export interface ContractParts {
  readonly signatures: readonly SignatureRow[]
  readonly document: Omit<DocumentRow, 'pdfEnc'> | undefined
  readonly events: readonly ContractEventRow[]
  readonly ending: Omit<EndingRow, 'pdfEnc'> | undefined
  /** For the employer, when it may renew: the fixed-term contracts in a row with her, this one included. */
  readonly consecutiveFixedTerms: number | null
}

export async function partsOf(q: Query, row: ContractRow, role: ContractSigner, today: string): Promise<ContractParts> {
  // One after another: inside a transaction `q` is one connection.
  const signatures = await signaturesOf(q, row.id)
  const document = await documentFactsOf(q, row.id)
  const events = await eventsOfContract(q, row.id)
  const ending = await endingFactsOf(q, row.id)
  const inRow = role === 'employer' && renewable(row, today, ending) ? await consecutiveFixedTerms(q, row.employerId, row.workerIdNumberIndex, row.startsOn) : null
  return { signatures, document, events, ending, consecutiveFixedTerms: inRow }
}

/**
 * One contract as a party sees it: the whole text in Chinese (the text signed), a translation in
 * English for reading only, the signatures by name with how each signer was checked (never the
 * check's session), the file's hash and timestamp, and the evidence chain both parties share.
 */
export function contractOf(deps: ViewDeps, row: ContractRow, role: ContractSigner, parts: ContractParts, locale: Locale): Contract {
  const terms = openTerms(deps, row)
  const parties = partiesOf(deps, row)
  return {
    ...toSummary(deps, row),
    employerCreditCode: row.employerCreditCode,
    workerName: parties.workerName,
    workerMaskedIdNumber: parties.workerIdNumber,
    regionCode: row.regionCode,
    terms,
    clauses: contractClauses(row.kind, terms, parties, 'zh'),
    translation: locale === 'en' ? contractClauses(row.kind, terms, parties, 'en') : null,
    signatures: parts.signatures.flatMap((signature) =>
      signature.signedAt === null ? [] : [{ signer: signature.signer, name: deps.sealer.open(signature.signatoryNameEnc), at: signature.signedAt, check: checkOf(signature) }],
    ),
    document: parts.document ? { sha256: parts.document.sha256, size: parts.document.size, timestampedAt: parts.document.timestampedAt } : null,
    keepUntil: row.keepUntil,
    events: [...parts.events].sort(byTimeThenKind).map((event) => ({
      kind: event.kind,
      at: event.at,
      by: event.byParty,
      device: event.deviceEnc === null ? null : deps.sealer.open(event.deviceEnc),
      detail: event.detailEnc === null ? null : deps.sealer.open(event.detailEnc),
    })),
    myRole: role,
    allowedActions: allowedActionsOf(row, role, todayOf(deps), parts.ending),
    readByWorker: readByWorker(row),
    ending: parts.ending
      ? {
          ground: parts.ending.ground,
          lastDay: parts.ending.lastDay,
          reason: parts.ending.reasonEnc === null ? '' : deps.sealer.open(parts.ending.reasonEnc),
          recordedAt: parts.ending.recordedAt,
          compensation: compensationOf(parts.ending.ground, row.startsOn, parts.ending.lastDay),
          certificate: { number: parts.ending.certificateNumber, sha256: parts.ending.sha256, size: parts.ending.size, timestampedAt: parts.ending.timestampedAt },
        }
      : null,
    renewal: parts.consecutiveFixedTerms === null ? null : { consecutiveFixedTerms: parts.consecutiveFixedTerms, mayRequireOpenEnded: parts.consecutiveFixedTerms >= 2 },
  }
}

/** The same, read through `q`: inside the transaction that changed the contract, its own view. */
export async function contractThrough(q: Query, deps: ViewDeps, row: ContractRow, role: ContractSigner, locale: Locale): Promise<Contract> {
  return contractOf(deps, row, role, await partsOf(q, row, role, todayOf(deps)), locale)
}

/** A device as the phone named it, sealed; none when it said nothing. */
export function sealedDevice(deps: Pick<Deps, 'sealer'>, device: string): string | null {
  return device === '' ? null : deps.sealer.seal(device)
}
