import type { z } from 'zod'
import { DisputeFile } from '@renshe/shared/disputes/files'
import { AccidentReport, InjuryCase, InjuryList, MyInjuries, NewAccidentReport, NewRelativeInjuryApplication, PreventionScore } from '@renshe/shared/disputes/injury-cases'
import type { InjuryAction } from '@renshe/shared/disputes/schemas'
import { injuryCases, injuryEvents, injuryReports } from '../db/schema'
import { type As, unknownCreditCode } from './disputes-flows'
import { evidenceSamples } from './evidence-samples'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { upload } from './uploads'

/** Steps of the work-injury tests, each through the API as the phones take them. */

type ReportInput = z.input<typeof NewAccidentReport>

/** 温州瓯江建设有限公司, employer-demo's organisation, as the seed made it. */
export const oujiang = { name: '温州瓯江建设有限公司', creditCode: '91330302MA2H7K3LXT' } as const

/** worker-zhao's fall on the 瓯江府二期 site nine days before the tests' today (2026-11-29): the employer's 30 days still run. */
export function oujiangAccident(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    employer: oujiang,
    regionCode: '330302',
    accidentOn: '2026-11-20',
    kind: 'accident',
    account: '在瓯江府二期工地绑扎钢筋时从脚手架上摔下，右腿骨折，当天送温州市中心医院。',
    ...overrides,
  }
}

/** An accident whose employer's 30 days ended before the tests' today: the worker may apply herself. */
export const pastEmployersDays = '2026-10-10'

/** A report naming an organisation the portal does not know, whose employer's days have passed: what the walks send. */
export const sampleAccident = {
  employer: { name: '温州某装饰工程有限公司', creditCode: unknownCreditCode },
  regionCode: '330302',
  accidentOn: pastEmployersDays,
  kind: 'accident',
  account: '在店铺装修时被切割机割伤左手，缝了十二针。',
} as const satisfies ReportInput

export const sampleInjuries = '右胫骨骨折，住院治疗。'

export function report(t: TestContext, as: As, body: unknown): Promise<Response> {
  return t.call('POST', '/api/disputes/injury-reports', { ...as, body })
}

export async function reported(t: TestContext, as: As, body: ReportInput): Promise<AccidentReport> {
  return expectOk(await report(t, as, body), AccidentReport, 201)
}

export function applyInjury(t: TestContext, as: As, body: unknown): Promise<Response> {
  return t.call('POST', '/api/disputes/injuries', { ...as, body })
}

export async function appliedInjury(t: TestContext, as: As, body: unknown): Promise<InjuryCase> {
  return expectOk(await applyInjury(t, as, body), InjuryCase, 201)
}

/** An application from the report `accidentId`, with the documents `evidenceIds`. */
export function fromReport(accidentId: string, evidenceIds: readonly string[] = []): { accidentId: string; injuries: string; evidenceIds: string[] } {
  return { accidentId, injuries: sampleInjuries, evidenceIds: [...evidenceIds] }
}

export function actInjury(t: TestContext, as: As, id: string, action: unknown): Promise<Response> {
  return t.call('POST', `/api/disputes/injuries/${id}/actions`, { ...as, body: action })
}

export async function actedInjury(t: TestContext, as: As, id: string, action: InjuryAction): Promise<InjuryCase> {
  return expectOk(await actInjury(t, as, id, action), InjuryCase, 200, action.kind)
}

export function readInjury(t: TestContext, as: As, id: string): Promise<Response> {
  return t.call('GET', `/api/disputes/injuries/${id}`, as)
}

export async function myInjuries(t: TestContext, as: As): Promise<MyInjuries> {
  return expectOk(await t.call('GET', '/api/disputes/injuries', as), MyInjuries)
}

export async function injuryQueueOf(t: TestContext, token: string, query = ''): Promise<InjuryList> {
  return expectOk(await t.call('GET', `/api/disputes/injury-queue${query}`, { token }), InjuryList)
}

export function readPrevention(t: TestContext, token: string, creditCode: string): Promise<Response> {
  return t.call('GET', `/api/disputes/prevention/${creditCode}`, { token })
}

export async function preventionOf(t: TestContext, token: string, creditCode: string): Promise<PreventionScore> {
  return expectOk(await readPrevention(t, token, creditCode), PreventionScore)
}

/** A PDF uploaded into the pool of the person `as` is about, to send with an application or its documents. */
export async function uploadedDocument(t: TestContext, as: As, name = '诊断证明.pdf'): Promise<DisputeFile> {
  return expectOk(await upload(t, '/api/disputes/files', { ...as, file: { name, bytes: evidenceSamples['application/pdf'] } }), DisputeFile, 201)
}

/**
 * zhao's report of an accident whose employer's days have passed, and her own application from it:
 * the case as she sees it.
 */
export async function workersOwnCase(t: TestContext, zhao: string, evidenceIds: readonly string[] = []): Promise<InjuryCase> {
  const filed = await reported(t, { token: zhao }, oujiangAccident({ accidentOn: pastEmployersDays }))
  return appliedInjury(t, { token: zhao }, fromReport(filed.id, evidenceIds))
}

type RelativeInput = z.input<typeof NewRelativeInjuryApplication>

/** worker-zhao as his relatives name him: his bound real name and ID number, as the seed made them. */
export const zhaoNamed = { name: '赵强', idNumber: '511321198803124572' } as const

/**
 * A close relative's application for zhao's fall on the 瓯江府二期 site after the employer's days
 * have passed, with the documents given (uploaded by the relative first).
 */
export function relativeApplication(documents: { readonly relationProofIds: readonly string[]; readonly diagnosisIds: readonly string[] }, overrides: Partial<RelativeInput> = {}): RelativeInput {
  const { employer, regionCode, accidentOn, kind, account } = oujiangAccident({ accidentOn: pastEmployersDays })
  return {
    worker: zhaoNamed,
    relation: 'spouse',
    employer,
    regionCode,
    accidentOn,
    kind,
    account,
    injuries: sampleInjuries,
    relationProofIds: [...documents.relationProofIds],
    diagnosisIds: [...documents.diagnosisIds],
    ...overrides,
  }
}

export function applyAsRelative(t: TestContext, as: As, body: unknown): Promise<Response> {
  return t.call('POST', '/api/disputes/injuries/by-relative', { ...as, body })
}

export async function appliedAsRelative(t: TestContext, as: As, body: unknown): Promise<InjuryCase> {
  return expectOk(await applyAsRelative(t, as, body), InjuryCase, 201)
}

/** The relative's two documents, uploaded into her own pool: the proof of the relationship and the diagnosis. */
export async function relativeDocuments(t: TestContext, as: As): Promise<{ relationProofIds: string[]; diagnosisIds: string[] }> {
  const proof = await uploadedDocument(t, as, '结婚证.pdf')
  const diagnosis = await uploadedDocument(t, as, '诊断证明.pdf')
  return { relationProofIds: [proof.id], diagnosisIds: [diagnosis.id] }
}

/** citizen-zhang's application as zhao's spouse, after the employer's days: the case as she sees it. */
export async function relativesCase(t: TestContext, zhang: string, overrides: Partial<RelativeInput> = {}): Promise<InjuryCase> {
  return appliedAsRelative(t, { token: zhang }, relativeApplication(await relativeDocuments(t, { token: zhang }), overrides))
}

/** Everything the work-injury tables hold: for tests that an attempt changed nothing. */
export async function storedInjuries(t: TestContext) {
  return t.deps.db.read(async (q) => ({
    reports: await q.select().from(injuryReports),
    cases: await q.select().from(injuryCases),
    events: await q.select().from(injuryEvents),
  }))
}

/**
 * Requests on real injury objects of the one `as` acts for (made here, by the same hands): a report
 * to apply from, and a case to read and withdraw. For walks that need each call to succeed.
 */
export async function injuryObjectRequests(t: TestContext, as: As): Promise<Record<string, () => Promise<Response>>> {
  const toApplyFrom = await reported(t, as, sampleAccident)
  const applied = await reported(t, as, sampleAccident)
  const toWithdraw = await appliedInjury(t, as, fromReport(applied.id))
  return {
    'disputes.applyForInjury': () => applyInjury(t, as, fromReport(toApplyFrom.id)),
    'disputes.getInjury': () => readInjury(t, as, toWithdraw.id),
    'disputes.actOnInjury': () => actInjury(t, as, toWithdraw.id, { kind: 'withdraw', reason: '' }),
  }
}
