import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { Contract } from '@renshe/shared/contracts/schemas'
import { fieldMessages } from '@renshe/shared/platform/messages'
import { employers, labourContracts } from '../../db/schema'
import { seededWageIds } from '../../db/seed/wages'
import { minutes } from '../../platform/clock'
import {
  contractAs,
  create,
  created,
  read,
  recordReading,
  signatory,
  signedByEmployer,
  signWith,
  startSigning,
  started,
  update,
  verifyFile,
  verifyHash,
  zhaoContract,
} from '../../testing/contracts-flows'
import { evidenceSamples } from '../../testing/evidence-samples'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'

test('terms the law does not allow are refused field by field, in Chinese and in English, and nothing is drafted', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const cases = [
    // A fixed term without its end; a monthly wage below Lucheng's minimum (2,490 yuan).
    [zhaoContract({ endsOn: null, wageFen: 200_000 }), { 'body.terms.endsOn': 'contracts.endRequired', 'body.terms.wageFen': 'contracts.belowMinimum' }],
    // Two months' probation for a year's contract (at most one); an end before the start.
    [zhaoContract({ probationMonths: 2 }), { 'body.terms.probationMonths': 'contracts.probationTooLong' }],
    [zhaoContract({ endsOn: '2026-11-30', probationMonths: 0 }), { 'body.terms.endsOn': 'contracts.endBeforeStart' }],
    // Part-time work paid by the month, with probation.
    [zhaoContract({ endsOn: null, probationMonths: 1 }, { kind: 'part_time' }), { 'body.terms.probationMonths': 'contracts.probationTooLong', 'body.terms.wageBasis': 'contracts.partTimeHourly' }],
    // Part-time work at 18 yuan an hour in Lucheng, whose hourly minimum for part-time work is 22 (the jobs module's table); 22 passes.
    [zhaoContract({ endsOn: null, probationMonths: 0, wageBasis: 'hourly', wageFen: 1_800 }, { kind: 'part_time' }), { 'body.terms.wageFen': 'contracts.belowHourlyMinimum' }],
    // A task contract without its task, with an end day.
    [zhaoContract({ probationMonths: 0 }, { kind: 'per_task' }), { 'body.terms.endsOn': 'contracts.endNotAllowed', 'body.terms.task': 'contracts.taskRequired' }],
  ] as const
  for (const [body, errors] of cases) {
    expect(await expectFieldErrors(await create(t, { token: employer }, body))).toEqual(errors)
    const english = await expectProblem(await create(t, { token: employer, headers: { 'accept-language': 'en' } }, body), 'validation_failed', { locale: 'en' })
    expect(english.errors?.map((error) => [error.path, error.message])).toEqual(
      Object.entries(errors).map(([path, key]) => [path, fieldMessages[key as keyof typeof fieldMessages].en]),
    )
  }
  const chinese = await expectProblem(await create(t, { token: employer }, zhaoContract({ wageFen: 200_000 })), 'validation_failed')
  expect(chinese.errors).toEqual([{ path: 'body.terms.wageFen', key: 'contracts.belowMinimum', message: '月工资不得低于当地最低工资标准' }])
  expect(await t.deps.db.read((q) => q.select().from(labourContracts))).toEqual([])
  // The same limits hold when a draft is changed.
  const draft = await created(t, { token: employer })
  expect(await expectFieldErrors(await update(t, { token: employer }, draft.id, zhaoContract({ probationMonths: 3 })))).toEqual({ 'body.terms.probationMonths': 'contracts.probationTooLong' })
})

test('text the contract’s font cannot print, and a worker’s ID number that is not one, are refused before anyone signs', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  expect(await expectFieldErrors(await create(t, { token: employer }, zhaoContract({ otherTerms: '包住宿🏠' })))).toEqual({ 'body.terms.otherTerms': 'contracts.unprintable' })
  expect(await expectFieldErrors(await create(t, { token: employer }, zhaoContract({}, { worker: { name: '赵强', idNumber: '511321198803124573' } })))).toEqual({
    'body.worker.idNumber': 'idNumber.checkDigit',
  })
})

test('an employer account that speaks for no organisation cannot draft a contract', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  await t.deps.db.transaction((tx) => tx.update(employers).set({ userId: null }).where(eq(employers.id, seededWageIds.employers.oujiang)))
  const problem = await expectProblem(await create(t, { token: employer }, zhaoContract()), 'forbidden')
  expect(problem.detail).toBe('This account speaks for no organisation the portal knows')
})

test('the worker cannot begin a signature before she has read the whole text; she reads only while it awaits her', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const draft = await created(t, { token: employer })
  await signedByEmployer(t, employer, draft.id)
  expect((await expectProblem(await startSigning(t, { token: worker }, draft.id), 'illegal_transition')).detail).toBe('not_read')
  expect((await contractAs(t, { token: worker }, draft.id)).allowedActions).toEqual(['decline'])
  await read(t, { token: worker }, draft.id)
  await started(t, { token: worker }, draft.id)
  // The employer does not read for her.
  expect((await expectProblem(await recordReading(t, { token: employer }, draft.id), 'illegal_transition')).detail).toBe('not_your_action')
})

test('signatures go in order: the worker cannot sign a draft, nor the employer twice; a signed contract is not read or signed again', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const draft = await created(t, { token: employer })
  // The draft is not hers yet: it does not exist for her.
  await expectProblem(await startSigning(t, { token: worker }, draft.id), 'not_found')
  await expectProblem(await recordReading(t, { token: worker }, draft.id), 'not_found')
  await signedByEmployer(t, employer, draft.id)
  expect((await expectProblem(await startSigning(t, { token: employer }, draft.id, { signatory }), 'illegal_transition')).detail).toBe('not_your_turn')
  expect((await expectProblem(await update(t, { token: employer }, draft.id, zhaoContract()), 'illegal_transition')).detail).toBe('not_a_draft')
  await read(t, { token: worker }, draft.id)
  const session = await started(t, { token: worker }, draft.id)
  await expectOk(await signWith(t, { token: worker }, draft.id, session), Contract)
  expect((await expectProblem(await signWith(t, { token: worker }, draft.id, session), 'illegal_transition')).detail).toBe('not_your_turn')
  expect((await expectProblem(await recordReading(t, { token: worker }, draft.id), 'illegal_transition')).detail).toBe('not_awaiting_worker')
})

test('the employer names its authorised person; the worker names no one but is checked as herself', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const draft = await created(t, { token: employer })
  expect(await expectFieldErrors(await startSigning(t, { token: employer }, draft.id, {}))).toEqual({ 'body.signatory': 'field.required' })
  expect(await expectFieldErrors(await startSigning(t, { token: employer }, draft.id, { signatory: { name: '陈国平', idNumber: '330302197805061238' } }))).toEqual({
    'body.signatory.idNumber': 'idNumber.checkDigit',
  })
  await signedByEmployer(t, employer, draft.id)
  await read(t, { token: worker }, draft.id)
  expect(await expectFieldErrors(await startSigning(t, { token: worker }, draft.id, { signatory }))).toEqual({ 'body.signatory': 'field.unknownKey' })
})

test('a face check that does not pass signs nothing: it is kept in the evidence chain, answered in her language, and a new check may follow', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const draft = await created(t, { token: employer })
  await signedByEmployer(t, employer, draft.id)
  await read(t, { token: worker }, draft.id)
  const session = await started(t, { token: worker }, draft.id)
  const failed = await signWith(t, { token: worker, headers: { 'accept-language': 'en' } }, draft.id, session, 'fail')
  const problem = await expectProblem(failed, 'validation_failed', { locale: 'en' })
  expect(problem.errors).toEqual([{ path: 'body.verifyId', key: 'contracts.identityCheckFailed', message: 'The face check did not pass: check again before signing' }])
  // A session the check did not run in is not asked about: it fails as well.
  const elsewhere = await t.call('POST', `/api/contracts/${draft.id}/signatures`, { token: worker, body: { attemptId: session.attemptId, verifyId: 'dev-face:another', simulated: 'pass' } })
  expect(await expectFieldErrors(elsewhere)).toEqual({ 'body.verifyId': 'contracts.identityCheckFailed' })
  const seen = await contractAs(t, { token: worker }, draft.id)
  expect(seen).toMatchObject({ status: 'awaiting_worker', signatures: [{ signer: 'employer' }] })
  expect(seen.events.filter((event) => event.kind === 'identity_check_failed').map((event) => [event.by, event.detail])).toEqual([
    ['worker', 'not_identified'],
    ['worker', 'rejected'],
  ])
  expect((await auditRows(t)).filter((row) => row.action === 'contracts.identityCheckFailed')).toHaveLength(2)
  const again = await started(t, { token: worker }, draft.id)
  expect((await expectOk(await signWith(t, { token: worker }, draft.id, again), Contract)).status).toBe('signed')
})

test('a check answered after ten minutes, or begun on a text since changed, signs nothing', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const draft = await created(t, { token: employer })
  const late = await started(t, { token: employer }, draft.id, { signatory })
  t.clock.advance(minutes(11))
  expect((await expectProblem(await signWith(t, { token: employer }, draft.id, late), 'conflict')).detail).toBe('attempt_expired')
  const before = await started(t, { token: employer }, draft.id, { signatory })
  await expectOk(await update(t, { token: employer }, draft.id, zhaoContract({ wageFen: 800_000 })), Contract)
  expect((await expectProblem(await signWith(t, { token: employer }, draft.id, before), 'conflict')).detail).toBe('version_changed')
  expect((await contractAs(t, { token: employer }, draft.id)).status).toBe('draft')
})

test('the public check refuses a hash that is not 64 lower-case hex digits, and a file that is not a PDF, in both languages', async () => {
  const t = await createTestContext()
  for (const hash of ['abc', 'A'.repeat(64), `${'a'.repeat(63)}g`, 'a'.repeat(65)]) {
    expect(await expectFieldErrors(await verifyHash(t, hash)), hash).toEqual({ 'params.sha256': 'contracts.hashFormat' })
  }
  const english = await expectProblem(await verifyHash(t, 'abc', { 'accept-language': 'en' }), 'validation_failed', { locale: 'en' })
  expect(english.errors?.[0]?.message).toBe('Enter the 64-character SHA-256 (0–9, a–f)')
  expect(await expectFieldErrors(await verifyFile(t, evidenceSamples['image/jpeg'], '劳动合同.pdf'))).toEqual({ file: 'contracts.notAPdf' })
  expect(await expectFieldErrors(await verifyFile(t, new TextEncoder().encode('甲方：温州瓯江建设有限公司')))).toEqual({ file: 'contracts.notAPdf' })
  expect(await expectFieldErrors(await verifyFile(t, new Uint8Array()))).toEqual({ file: 'contracts.notAPdf' })
})
