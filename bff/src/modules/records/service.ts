import QRCode from 'qrcode'
import { maskIdNumber, maskName } from '@renshe/shared/identity/masking'
import { chinaMonth } from '@renshe/shared/platform/china-time'
import { findGaps, findGapsOfYear, lastDueMonth } from '@renshe/shared/records/gaps'
import { addMonths } from '@renshe/shared/records/months'
import { certificateValidityDays, verificationCodeLength } from '@renshe/shared/records/rules'
import { pageLink } from '@renshe/shared/platform/pages'
import {
  InsuranceType,
  type Certificate,
  type CertificateListItem,
  type CertificatePurpose,
  type CertificateStatus,
  type CertificateVerification,
  type Gap,
  type Period,
  type RecordsSummary,
  type RegionCertificate,
  type TypeSummary,
  type YearRecords,
} from '@renshe/shared/records/schemas'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import { days } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import type { Principal } from '../../platform/principal'
import { subjectOf } from '../../platform/principal'
import { pageOf, timeCursor } from '../../platform/paging'
import { fail, ok, type Result } from '../../platform/problem'
import { newCode, newId } from '../../platform/random'
import { officialCovers } from '../../platform/policy'
import {
  certificateByCode,
  certificateCheckByCode,
  certificateById,
  certificatesOfHolder,
  certificatesOfRegion,
  contributionMonths,
  contributionSpans,
  contributionsOfYear,
  holderOfUser,
  insertCertificate,
  registerEntryOfUser,
  type CertificateRow,
  type MonthRow,
  type PersonRow,
} from './repo'

/** The last month gaps are counted to: the last month due, or the month before retirement. */
function gapsUntil(deps: Pick<Deps, 'clock'>, person: Pick<PersonRow, 'retiredFrom'> | null): string {
  const due = lastDueMonth(chinaMonth(deps.clock.now()))
  const beforeRetirement = person?.retiredFrom ? addMonths(person.retiredFrom, -1) : null
  return beforeRetirement && beforeRetirement < due ? beforeRetirement : due
}

function byType(rows: readonly MonthRow[]): Map<InsuranceType, MonthRow[]> {
  const map = new Map<InsuranceType, MonthRow[]>(InsuranceType.options.map((type) => [type, []]))
  for (const row of rows) map.get(row.type)?.push(row)
  return map
}

function allGaps(grouped: Map<InsuranceType, MonthRow[]>, until: string): Gap[] {
  return [...grouped].flatMap(([type, rows]) => findGaps(type, rows.map((r) => r.month), until))
}

/** All gaps of a person, for the reminders on Home. Reading them is a read of the records. */
export async function recordsGaps(deps: Deps, actor: Actor, subjectUserId: string): Promise<Gap[]> {
  const found = await deps.db.read(async (q) => {
    const person = (await holderOfUser(q, subjectUserId))?.person
    return person ? { person, months: await contributionMonths(q, person.id) } : null
  })
  if (!found) return []
  await recordAudit(deps, deps.clock.now(), actor, { action: 'records.getGaps', kind: 'read', objectType: 'contributions', objectId: subjectUserId })
  return allGaps(byType(found.months), gapsUntil(deps, found.person))
}

function contributionStatus(lastMonth: string | null, until: string, retiredFrom: string | null): TypeSummary['status'] {
  if (lastMonth === null) return 'never'
  if (retiredFrom !== null) return 'retired'
  return lastMonth >= until ? 'contributing' : 'stopped'
}

export async function recordsSummary(deps: Deps, actor: Actor, subjectUserId: string): Promise<Result<RecordsSummary>> {
  const found = await deps.db.read(async (q) => {
    const holder = await holderOfUser(q, subjectUserId)
    return holder ? { holder, months: holder.person ? await contributionMonths(q, holder.person.id) : [] } : null
  })
  if (!found) return fail('real_name_required')
  const { holder } = found
  const until = gapsUntil(deps, holder.person)
  const grouped = byType(found.months)
  const types = [...grouped].map(([type, rows]): TypeSummary => {
    const lastMonth = rows.at(-1)?.month ?? null
    return {
      type,
      paidMonths: rows.length,
      firstMonth: rows[0]?.month ?? null,
      lastMonth,
      personalFen: rows.reduce((sum, r) => sum + r.personalFen, 0),
      employerFen: rows.reduce((sum, r) => sum + r.employerFen, 0),
      status: contributionStatus(lastMonth, until, holder.person?.retiredFrom ?? null),
    }
  })
  const years = [...new Set([...grouped.values()].flat().map((r) => Number(r.month.slice(0, 4))))].sort((a, b) => b - a)
  await recordAudit(deps, deps.clock.now(), actor, { action: 'records.getSummary', kind: 'read', objectType: 'contributions', objectId: subjectUserId })
  return ok({
    maskedName: maskName(deps.sealer.open(holder.nameEnc)),
    asOf: until,
    retiredFrom: holder.person?.retiredFrom ?? null,
    years,
    types,
    gaps: allGaps(grouped, until),
  })
}

export async function yearRecords(
  deps: Deps,
  actor: Actor,
  subjectUserId: string,
  year: number,
  type: InsuranceType | undefined,
): Promise<Result<YearRecords>> {
  const found = await deps.db.read(async (q) => {
    const entry = await registerEntryOfUser(q, subjectUserId)
    if (!entry) return null
    const person = entry.person
    const until = gapsUntil(deps, person)
    if (!person) return { until, rows: [], spans: [] }
    const [rows, spans] = await Promise.all([contributionsOfYear(q, person.id, year, type), contributionSpans(q, person.id, until)])
    return { until, rows, spans }
  })
  if (!found) return fail('real_name_required')
  const { until, rows, spans } = found
  const types = InsuranceType.options.filter((t) => !type || t === type)

  const totals = types.flatMap((t) => {
    const ofType = rows.filter((row) => row.type === t)
    if (ofType.length === 0) return []
    return [
      {
        type: t,
        months: ofType.length,
        personalFen: ofType.reduce((sum, r) => sum + r.personalFen, 0),
        employerFen: ofType.reduce((sum, r) => sum + r.employerFen, 0),
      },
    ]
  })
  const gaps = types.flatMap((t) => {
    const span = spans.find((s) => s.type === t)
    if (!span) return []
    const paid = rows.filter((row) => row.type === t).map((row) => row.month)
    return findGapsOfYear(t, year, paid, span, until)
  })
  await recordAudit(deps, deps.clock.now(), actor, {
    action: 'records.getYear',
    kind: 'read',
    objectType: 'contributions',
    objectId: `${subjectUserId}:${year}`,
  })
  return ok({
    year,
    type: type ?? null,
    rows: rows.map((row) => ({
      month: row.month,
      type: row.type,
      baseFen: row.baseFen,
      personalFen: row.personalFen,
      employerFen: row.employerFen,
      employerName: row.employerName,
      payer: row.payer,
      regionCode: row.regionCode,
    })),
    totals,
    gaps,
  })
}

function statusOf(row: Pick<CertificateRow, 'revokedAt' | 'expiresAt'>, now: Date): CertificateStatus {
  if (row.revokedAt) return 'revoked'
  return row.expiresAt <= now.toISOString() ? 'expired' : 'valid'
}

export function verifyUrlOf(deps: Pick<Deps, 'config'>, code: string): string {
  return `${deps.config.publicBaseUrl}/#${pageLink('verify', { code })}`
}

async function toCertificate(deps: Deps, row: CertificateRow): Promise<Certificate> {
  const verifyUrl = verifyUrlOf(deps, row.verificationCode)
  return {
    id: row.id,
    verificationCode: row.verificationCode,
    purpose: row.purpose,
    period: { from: row.periodFrom, to: row.periodTo },
    holder: { maskedName: row.holderMaskedName, maskedIdNumber: row.holderMaskedIdNumber },
    lines: row.lines,
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    status: statusOf(row, deps.clock.now()),
    verifyUrl,
    qrDataUrl: await QRCode.toDataURL(verifyUrl, { errorCorrectionLevel: 'M', margin: 2, width: 264 }),
  }
}

function toListItem(row: CertificateRow, now: Date): CertificateListItem {
  return {
    id: row.id,
    verificationCode: row.verificationCode,
    purpose: row.purpose,
    period: { from: row.periodFrom, to: row.periodTo },
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    status: statusOf(row, now),
  }
}

/** What a certificate states for each chosen insurance within the period, fixed at issue. */
function certificateLines(grouped: Map<InsuranceType, MonthRow[]>, types: readonly InsuranceType[], period: Period | null) {
  return types.map((type) => {
    const months = (grouped.get(type) ?? []).map((r) => r.month).filter((m) => !period || (m >= period.from && m <= period.to))
    return { type, paidMonths: months.length, firstMonth: months[0] ?? null, lastMonth: months.at(-1) ?? null }
  })
}

export async function issueCertificate(
  deps: Deps,
  actor: Actor,
  subjectUserId: string,
  input: { purpose: CertificatePurpose; types: InsuranceType[]; period?: Period | undefined },
  /** The grid staff member issuing it for the holder, named in the holder's inbox. */
  byStaffCode: string | null = null,
): Promise<Result<Certificate>> {
  const found = await deps.db.read(async (q) => {
    const holder = await holderOfUser(q, subjectUserId)
    return holder ? { holder, months: holder.person ? await contributionMonths(q, holder.person.id) : [] } : null
  })
  if (!found) return fail('real_name_required')
  const { holder } = found
  const empty = fail('validation_failed', { errors: [{ path: 'body.types', key: 'certificate.empty' }] })
  if (!holder.person) return empty
  const person = holder.person

  const types = [...new Set(input.types)]
  const grouped = byType(found.months)
  const lines = certificateLines(grouped, types, input.period ?? null)
  const paid = lines.filter((line) => line.paidMonths > 0)
  if (paid.length === 0) return empty
  const period = input.period ?? {
    from: paid.map((l) => l.firstMonth ?? '').sort()[0] ?? '',
    to: paid.map((l) => l.lastMonth ?? '').sort().at(-1) ?? '',
  }

  const now = deps.clock.now()
  const row = await insertWithFreshCode(deps, actor, subjectUserId, byStaffCode, {
    id: newId(deps.random),
    personId: person.id,
    holderUserId: subjectUserId,
    issuedByUserId: actor.actorUserId ?? subjectUserId,
    purpose: input.purpose,
    periodFrom: period.from,
    periodTo: period.to,
    lines,
    holderMaskedName: maskName(deps.sealer.open(holder.nameEnc)),
    holderMaskedIdNumber: maskIdNumber(deps.sealer.open(holder.idNumberEnc)),
    regionCode: holder.regionCode,
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + days(certificateValidityDays)).toISOString(),
    revokedAt: null,
  })
  return ok(await toCertificate(deps, row))
}

/**
 * 60 random bits rarely collide, but a collision must not fail the person's request: a code
 * already taken is drawn again, and so is one another instance took between the check and the
 * insert (the unique index refuses it).
 */
async function insertWithFreshCode(
  deps: Deps,
  actor: Actor,
  subjectUserId: string,
  byStaffCode: string | null,
  row: Omit<CertificateRow, 'verificationCode'>,
): Promise<CertificateRow> {
  for (let attempt = 0; ; attempt += 1) {
    const candidate: CertificateRow = { ...row, verificationCode: newCode(deps.random, verificationCodeLength) }
    if ((await deps.db.read((q) => certificateByCode(q, candidate.verificationCode))) && attempt < 5) continue
    const now = deps.clock.now()
    try {
      await deps.db.transaction(async (tx) => {
        await insertCertificate(tx, candidate)
        await notify(tx, deps.random, now, {
          userId: subjectUserId,
          template: 'records.certificateIssued',
          params: {
            code: candidate.verificationCode,
            purpose: candidate.purpose,
            ...(actor.viaGrantId ? { byProxy: 1, staffCode: byStaffCode ?? '' } : {}),
          },
          link: pageLink('certificate', { id: candidate.id }),
        })
        await appendAudit(tx, now, actor, { action: 'records.issueCertificate', kind: 'write', objectType: 'certificate', objectId: candidate.id })
      })
    } catch (error) {
      if (isUniqueViolation(error) && attempt < 5) continue
      throw error
    }
    return candidate
  }
}

export async function listCertificates(deps: Deps, actor: Actor, subjectUserId: string): Promise<CertificateListItem[]> {
  const now = deps.clock.now()
  await recordAudit(deps, now, actor, { action: 'records.listCertificates', kind: 'read', objectType: 'certificates', objectId: subjectUserId })
  return (await deps.db.read((q) => certificatesOfHolder(q, subjectUserId))).map((row) => toListItem(row, now))
}

/** The holder sees their certificate; an officer sees those of their region; anyone else sees nothing. */
export async function getCertificate(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<Certificate>> {
  const row = await deps.db.read((q) => certificateById(q, id))
  if (!row) return fail('not_found')
  const isHolder = row.holderUserId === subjectOf(principal)
  const isRegionOfficer =
    principal.actingFor === null &&
    principal.user.roles.includes('officer') &&
    officialCovers(principal.user, row.regionCode)
  if (!isHolder && !isRegionOfficer) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: row.holderUserId }, {
    action: 'records.getCertificate',
    kind: 'read',
    objectType: 'certificate',
    objectId: row.id,
  })
  return ok(await toCertificate(deps, row))
}

/** A public check: only the masked name, the period and the status; the holder sees that it happened. */
export async function verifyCertificate(deps: Deps, actor: Actor, code: string): Promise<Result<CertificateVerification>> {
  const row = await deps.db.read((q) => certificateCheckByCode(q, code))
  if (!row) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: row.holderUserId }, {
    action: 'records.verifyCertificate',
    kind: 'read',
    objectType: 'certificate',
    objectId: row.id,
  })
  return ok({
    verificationCode: row.verificationCode,
    maskedName: row.holderMaskedName,
    period: { from: row.periodFrom, to: row.periodTo },
    status: statusOf(row, deps.clock.now()),
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
  })
}

export async function regionCertificates(
  deps: Deps,
  actor: Actor,
  officer: Principal['user'],
  page: { cursor?: string | undefined; limit: number },
): Promise<Result<{ items: RegionCertificate[]; nextCursor: string | null }>> {
  const regionCode = officer.regionCode
  if (!regionCode) return fail('forbidden')
  const now = deps.clock.now()
  const { rows, nextCursor } = pageOf(
    await deps.db.read((q) => certificatesOfRegion(q, regionCode, timeCursor(page.cursor), page.limit + 1)),
    page.limit,
    (last) => `${last.issuedAt}|${last.id}`,
  )
  await recordAudit(deps, now, actor, { action: 'records.listRegionCertificates', kind: 'read', objectType: 'region', objectId: regionCode })
  return ok({
    items: rows.map((row) => ({ ...toListItem(row, now), maskedName: row.holderMaskedName, regionCode: row.regionCode })),
    nextCursor,
  })
}
