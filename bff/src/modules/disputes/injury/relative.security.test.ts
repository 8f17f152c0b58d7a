import { expect, test } from 'vitest'
import { applicationDeadline } from '@renshe/shared/disputes/injury'
import { loadWorkCalendar } from '../../../platform/work-calendar'
import { weeksLongSessions } from '../../../testing/disputes-flows'
import { addOuhaiEmployer } from '../../../testing/employer-accounts'
import { databaseDump, seededGrantOf } from '../../../testing/flows'
import { createTestContext } from '../../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../../testing/http'
import {
  actInjury,
  appliedInjury,
  applyAsRelative,
  fromReport,
  myInjuries,
  oujiangAccident,
  pastEmployersDays,
  readInjury,
  relativeApplication,
  relativeDocuments,
  relativesCase,
  reported,
  storedInjuries,
  uploadedDocument,
} from '../../../testing/injury-flows'
import { inboxOf } from '../../../testing/wages-flows'

const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'
const everyAct = [{ kind: 'withdraw', reason: '' }, { kind: 'accept' }, { kind: 'supplyDocuments', evidenceIds: [unknownId] }, { kind: 'requestAssessment' }]

test('a stranger, another relative, another employer, an officer of another county and grid staff find no relative’s case, cannot act on it, and change nothing', async () => {
  const t = await createTestContext(weeksLongSessions)
  await addOuhaiEmployer(t)
  const applied = await relativesCase(t, await t.login('citizen-zhang'))
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  // retiree-sun applies for another worker as a relative: a relative, but not of this case.
  const sun = await t.login('retiree-sun')
  await relativesCase(t, sun, { worker: { name: '孙小明', idNumber: '330302201503023025' }, relation: 'grandchild' })
  const before = await storedInjuries(t)
  const outsiders = [
    { token: await t.login('elder-wang') },
    { token: sun },
    { token: await t.login('employer-xincheng') },
    { token: await t.login('officer-huang') },
    { token: chen },
    { token: chen, actingFor: grantId },
  ]
  for (const as of outsiders) {
    const unknown = await expectProblem(await readInjury(t, as, unknownId), 'not_found')
    const theirs = await expectProblem(await readInjury(t, as, applied.id), 'not_found')
    expect({ ...theirs, requestId: '', instance: '' }).toEqual({ ...unknown, requestId: '', instance: '' })
    for (const action of everyAct) await expectProblem(await actInjury(t, as, applied.id, action), 'not_found')
  }
  for (const as of [outsiders[0], outsiders[1], outsiders[4]]) {
    expect((await myInjuries(t, as ?? { token: '' })).cases.map((summary) => summary.id)).not.toContain(applied.id)
  }
  expect(await storedInjuries(t)).toEqual(before)
})

test('the employer never learns who the relative is: not in the case, its list or its inbox', async () => {
  const t = await createTestContext(weeksLongSessions)
  const applied = await relativesCase(t, await t.login('citizen-zhang'))
  const employer = await t.login('employer-demo')
  const seen = JSON.stringify([await (await readInjury(t, { token: employer }, applied.id)).json(), await myInjuries(t, { token: employer }), await inboxOf(t, employer)])
  expect(seen).toContain(applied.caseNumber)
  for (const secret of ['张伟', '330302199003151231', 'spouse', '赵强', '511321198803124572']) expect(seen).not.toContain(secret)
})

test('a relative cannot apply for herself, nor while the employer’s days run, nor after the year; each refused field by field and nothing is stored', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhang = await t.login('citizen-zhang')
  const documents = await relativeDocuments(t, { token: zhang })
  const before = await storedInjuries(t)
  const calendar = await t.deps.db.read(loadWorkCalendar)

  const herself = await applyAsRelative(t, { token: zhang }, relativeApplication(documents, { worker: { name: '张伟', idNumber: '330302199003151231' } }))
  expect(await expectFieldErrors(herself)).toEqual({ 'body.worker.idNumber': 'disputes.relativeIsWorker' })

  const early = await applyAsRelative(t, { token: zhang }, relativeApplication(documents, { accidentOn: '2026-11-20' }))
  const employerBy = applicationDeadline(calendar, '2026-11-20', 'employer')
  expect((await expectProblem(early.clone(), 'validation_failed')).detail).toBe(`用人单位可在 ${employerBy} 前申请；此后您可以自行申请`)
  expect(await expectFieldErrors(early)).toEqual({ 'body.accidentOn': 'disputes.injuryEmployerFirst' })

  const late = await applyAsRelative(t, { token: zhang }, relativeApplication(documents, { accidentOn: '2025-11-01' }))
  const endedOn = applicationDeadline(calendar, '2025-11-01', 'relative')
  expect((await expectProblem(late.clone(), 'validation_failed')).detail).toBe(`申请工伤认定的期限已于 ${endedOn} 届满`)
  expect(await expectFieldErrors(late)).toEqual({ 'body.accidentOn': 'disputes.injuryWindowClosed' })

  const noProof = await applyAsRelative(t, { token: zhang }, relativeApplication({ ...documents, relationProofIds: [] }))
  expect(await expectFieldErrors(noProof)).toEqual({ 'body.relationProofIds': 'disputes.relationProofRequired' })
  const noDiagnosis = await applyAsRelative(t, { token: zhang }, relativeApplication({ ...documents, diagnosisIds: [] }))
  expect(await expectFieldErrors(noDiagnosis)).toEqual({ 'body.diagnosisIds': 'disputes.diagnosisRequired' })
  expect(await storedInjuries(t)).toEqual(before)
})

test('a second relative applying for an accident that already has a case is refused without learning the case; another’s files cannot go with an application', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhang = await t.login('citizen-zhang')
  const applied = await relativesCase(t, zhang)
  const sun = await t.login('retiree-sun')
  const before = await storedInjuries(t)
  const second = await applyAsRelative(t, { token: sun }, relativeApplication(await relativeDocuments(t, { token: sun }), { relation: 'sibling' }))
  const problem = await expectProblem(second.clone(), 'validation_failed')
  expect(JSON.stringify(problem)).not.toContain(applied.id)
  expect(await expectFieldErrors(second)).toEqual({ 'body.accidentOn': 'disputes.injuryAlreadyApplied' })

  // zhao's own upload is not sun's to send.
  const zhaosFile = await uploadedDocument(t, { token: await t.login('worker-zhao') }, '户口簿.pdf')
  const mine = await relativeDocuments(t, { token: sun })
  const stolen = await applyAsRelative(t, { token: sun }, relativeApplication({ ...mine, relationProofIds: [zhaosFile.id] }, { worker: { name: '孙小明', idNumber: '330302201503023025' } }))
  expect(await expectFieldErrors(stolen)).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
  expect(await storedInjuries(t)).toEqual(before)
})

test('two relatives applying at the same moment for a worker the portal does not know make one case: the other is refused as already applied', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhang = await t.login('citizen-zhang')
  const sun = await t.login('retiree-sun')
  const unknownWorker = { worker: { name: '张建国', idNumber: '330302196007053010' } }
  const [hers, his] = await Promise.all([relativeDocuments(t, { token: zhang }), relativeDocuments(t, { token: sun })])
  const answers = await Promise.all([
    applyAsRelative(t, { token: zhang }, relativeApplication(hers, { ...unknownWorker, relation: 'child' })),
    applyAsRelative(t, { token: sun }, relativeApplication(his, { ...unknownWorker, relation: 'sibling' })),
  ])
  expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400])
  const refused = answers.find((answer) => answer.status === 400)
  expect(await expectFieldErrors(refused as Response)).toEqual({ 'body.accidentOn': 'disputes.injuryAlreadyApplied' })
  expect((await storedInjuries(t)).cases).toHaveLength(1)
})

test('grid staff cannot apply as a relative for anyone, and an unverified citizen is asked to bind her real name first', async () => {
  const t = await createTestContext(weeksLongSessions)
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const before = await storedInjuries(t)
  const body = relativeApplication({ relationProofIds: [unknownId], diagnosisIds: [unknownId] })
  expect((await applyAsRelative(t, { token: chen, actingFor: grantId }, body)).status).toBe(403)
  await expectProblem(await applyAsRelative(t, { token: await t.login('citizen-li') }, body), 'real_name_required')
  expect(await storedInjuries(t)).toEqual(before)
})

test('the worker’s name and ID number, the account and the injuries of a relative’s application are sealed at rest and kept out of the logs', async () => {
  const logLines: string[] = []
  const t = await createTestContext({ ...weeksLongSessions, logLines })
  const body = relativeApplication(await relativeDocuments(t, { token: await t.login('citizen-zhang') }), { worker: { name: '张建国', idNumber: '330302196007053010' }, relation: 'parent' })
  const applied = await relativesCase(t, await t.login('citizen-zhang'), body)
  const dump = await databaseDump(t)
  expect(dump).toContain(applied.caseNumber)
  for (const words of ['张建国', '330302196007053010', body.account, body.injuries]) expect(dump).not.toContain(words)
  const logs = logLines.join('\n')
  expect(logs).toContain('/api/disputes/injuries/by-relative')
  for (const secret of ['张建国', '330302196007053010', body.account]) expect(logs).not.toContain(secret)
})

test('an accident the worker (or the employer) already applied for cannot be applied for again by a relative: refused, and nothing is stored', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const filed = await reported(t, { token: zhao }, oujiangAccident({ accidentOn: pastEmployersDays }))
  const own = await appliedInjury(t, { token: zhao }, fromReport(filed.id))
  const zhang = await t.login('citizen-zhang')
  const documents = await relativeDocuments(t, { token: zhang })
  const before = await storedInjuries(t)
  const response = await applyAsRelative(t, { token: zhang }, relativeApplication(documents))
  expect(JSON.stringify(await response.clone().json())).not.toContain(own.id)
  expect(await expectFieldErrors(response)).toEqual({ 'body.accidentOn': 'disputes.injuryAlreadyApplied' })
  expect(await storedInjuries(t)).toEqual(before)
})
