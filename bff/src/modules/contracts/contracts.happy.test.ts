import { createHash } from 'node:crypto'
import { expect, test } from 'vitest'
import { contractClauses } from '@renshe/shared/contracts/templates'
import { minutes } from '../../platform/clock'
import {
  contractAs,
  created,
  decline,
  downloaded,
  myContracts,
  read,
  signedByEmployer,
  signedContract,
  signWith,
  started,
  update,
  verified,
  verifyFile,
  verifyHash,
  withdraw,
  zhaoContract,
} from '../../testing/contracts-flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { inboxOf } from '../../testing/wages-flows'
import { Contract } from '@renshe/shared/contracts/schemas'

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

test('an employer drafts a contract for a worker and signs it after a face check; he is told, reads it whole, signs; both download the PDF, whose hash the public check finds valid', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')

  const draft = await created(t, { token: employer })
  expect(draft).toMatchObject({
    kind: 'fixed_term',
    status: 'draft',
    employerName: '温州瓯江建设有限公司',
    employerCreditCode: '91330302MA2H7K3LXT',
    workerName: '赵强',
    workerMaskedName: '赵*',
    workerMaskedIdNumber: '511321********4572',
    position: '钢筋工',
    startsOn: '2026-12-01',
    endsOn: '2027-11-30',
    myRole: 'employer',
    allowedActions: ['edit', 'sign', 'withdraw'],
    readByWorker: false,
    signatures: [],
    document: null,
    keepUntil: null,
    translation: null,
  })
  expect(draft.contractNumber).toMatch(/^HT3303022026\d{6}-[0-9A-HJKMNP-TV-Z]{6}$/)
  expect(draft.clauses[0]).toEqual({ heading: '一、双方', text: '甲方（用人单位）：温州瓯江建设有限公司，统一社会信用代码 91330302MA2H7K3LXT。乙方（劳动者）：赵强，公民身份号码 511321********4572。' })
  expect(draft.clauses.map((clause) => clause.text).join('')).toContain('试用期 1 个月')
  expect(draft.events.map((event) => [event.kind, event.by])).toEqual([['drafted', 'employer']])

  // Before the employer signs, the contract does not exist for him.
  expect((await myContracts(t, { token: worker })).items).toEqual([])
  await expectProblem(await t.call('GET', `/api/contracts/${draft.id}`, { token: worker }), 'not_found')

  t.clock.advance(minutes(5))
  const sent = await signedByEmployer(t, employer, draft.id)
  expect(sent).toMatchObject({ status: 'awaiting_worker', allowedActions: ['withdraw'], signatures: [{ signer: 'employer', name: '陈国平', check: 'face:development' }] })
  expect(await inboxOf(t, worker)).toContainEqual(
    expect.objectContaining({
      template: 'contracts.toSign',
      params: { contractNumber: draft.contractNumber, employerName: '温州瓯江建设有限公司', contractId: draft.id },
      link: `/features/contracts/pages/contract/index?id=${draft.id}`,
    }),
  )

  const listed = await myContracts(t, { token: worker })
  expect(listed.items.map((item) => [item.id, item.status, item.workerMaskedName])).toEqual([[draft.id, 'awaiting_worker', '赵*']])
  const toRead = await contractAs(t, { token: worker }, draft.id)
  expect(toRead).toMatchObject({ myRole: 'worker', workerName: '赵强', workerMaskedIdNumber: '511321********4572', readByWorker: false, allowedActions: ['decline'] })
  expect(toRead.clauses).toEqual(draft.clauses)

  t.clock.advance(minutes(5))
  const readWhole = await read(t, { token: worker }, draft.id)
  expect(readWhole).toMatchObject({ readByWorker: true, allowedActions: ['sign', 'decline'] })

  t.clock.advance(minutes(5))
  const session = await started(t, { token: worker }, draft.id, { device: 'Redmi 12C · Android 13' })
  expect(session).toEqual({ attemptId: expect.any(String), verifyId: `dev-face:${session.attemptId}`, provider: 'development' })
  const signed = await expectOk(await signWith(t, { token: worker }, draft.id, session), Contract)
  expect(signed).toMatchObject({ status: 'signed', myRole: 'worker', allowedActions: ['download'], keepUntil: '2029-11-30' })
  expect(signed.signatures.map((signature) => [signature.signer, signature.name, signature.check])).toEqual([
    ['employer', '陈国平', 'face:development'],
    ['worker', '赵强', 'face:development'],
  ])
  expect(signed.document).toMatchObject({ timestampedAt: t.clock.now().toISOString() })
  expect(signed.events.map((event) => [event.kind, event.by])).toEqual([
    ['drafted', 'employer'],
    ['identity_checked', 'employer'],
    ['signed', 'employer'],
    ['viewed', 'worker'],
    ['identity_checked', 'worker'],
    ['signed', 'worker'],
    ['timestamped', 'system'],
  ])
  expect(signed.events.find((event) => event.kind === 'viewed')?.device).toBe('Redmi 12C · Android 13')
  const params = { contractNumber: draft.contractNumber, contractId: draft.id }
  expect(await inboxOf(t, worker)).toContainEqual(expect.objectContaining({ template: 'contracts.signed', params }))
  expect(await inboxOf(t, employer)).toContainEqual(expect.objectContaining({ template: 'contracts.signed', params }))

  // Both download the same file: a PDF whose SHA-256 is the one recorded.
  const his = await downloaded(t, { token: worker }, draft.id)
  const its = await downloaded(t, { token: employer }, draft.id)
  expect(his.fileName).toBe(`劳动合同-${draft.contractNumber}.pdf`)
  expect(Buffer.from(his.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
  expect(sha256Of(his.bytes)).toBe(signed.document?.sha256)
  expect(his.sha256).toBe(signed.document?.sha256)
  expect(its.bytes).toEqual(his.bytes)
  const afterDownloads = await contractAs(t, { token: employer }, draft.id)
  expect(afterDownloads.events.filter((event) => event.kind === 'downloaded').map((event) => event.by)).toEqual(['worker', 'employer'])

  // Anyone holding the file, or its hash, checks it without logging in.
  const facts = {
    contractNumber: draft.contractNumber,
    kind: 'fixed_term',
    employerName: '温州瓯江建设有限公司',
    signedAt: signed.signatures[1]?.at,
    timestampedAt: signed.document?.timestampedAt,
    status: 'signed',
  }
  expect(await verified(await verifyHash(t, his.sha256))).toEqual({ result: 'valid', documentKind: 'contract', contract: facts, sha256: his.sha256 })
  expect(await verified(await verifyFile(t, his.bytes))).toEqual({ result: 'valid', documentKind: 'contract', contract: facts, sha256: his.sha256 })

  // One byte changed: the file still names the contract, but it is not the file signed.
  const changed = new Uint8Array(his.bytes)
  const at = changed.length - 200
  changed[at] = (changed[at] ?? 0) ^ 0x01
  expect(await verified(await verifyFile(t, changed))).toEqual({ result: 'altered', documentKind: 'contract', contract: facts, sha256: sha256Of(changed) })

  const unknown = sha256Of(new TextEncoder().encode('some other file'))
  expect(await verified(await verifyHash(t, unknown))).toEqual({ result: 'unknown', documentKind: null, contract: null, sha256: unknown })
})

test('asked in English, the contract adds a translation for reading; the Chinese text stays the one signed', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const draft = await created(t, { token: employer })
  const english = await expectOk(await t.call('GET', `/api/contracts/${draft.id}`, { token: employer, headers: { 'accept-language': 'en' } }), Contract)
  expect(english.clauses).toEqual(draft.clauses)
  const parties = { employerName: '温州瓯江建设有限公司', employerCreditCode: '91330302MA2H7K3LXT', workerName: '赵强', workerIdNumber: '511321********4572' }
  expect(english.translation).toEqual(contractClauses('fixed_term', english.terms, parties, 'en'))
  expect(english.translation?.[1]?.text).toBe('This contract runs for a fixed term, from 2026-12-01 to 2027-11-30. Probation lasts 1 month(s), within the term. Pay during probation is at least 80% of the agreed wage and not below the local minimum wage.')
})

test('the employer changes its draft before signing it: the version rises and the text follows', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const draft = await created(t, { token: employer })
  const changed = await expectOk(await update(t, { token: employer }, draft.id, zhaoContract({ position: '木工', wageFen: 820_000 })), Contract)
  expect(changed).toMatchObject({ status: 'draft', position: '木工', terms: { wageFen: 820_000 } })
  expect(changed.clauses[2]?.text).toBe('乙方从事 木工 工作，工作地点为 鹿城区江滨西路 88 号瓯江府二期工地。')
  expect(changed.events.map((event) => event.kind)).toEqual(['drafted', 'updated'])
  expect(changed.contractNumber).toBe(draft.contractNumber)
})

test('the worker declines with her reason: the employer is told and reads it in the evidence chain', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const draft = await created(t, { token: employer })
  await signedByEmployer(t, employer, draft.id)
  const declined = await expectOk(await decline(t, { token: worker }, draft.id, '工资比面谈时说的低'), Contract)
  expect(declined).toMatchObject({ status: 'declined', allowedActions: [] })
  expect(await inboxOf(t, employer)).toContainEqual(expect.objectContaining({ template: 'contracts.declined', params: { contractNumber: draft.contractNumber, contractId: draft.id } }))
  const seen = await contractAs(t, { token: employer }, draft.id)
  expect(seen.events.at(-1)).toMatchObject({ kind: 'declined', by: 'worker', detail: '工资比面谈时说的低' })
})

test('the employer withdraws a contract put to the worker, who is told; a draft withdrawn before she saw it never reaches her', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const sent = await created(t, { token: employer })
  await signedByEmployer(t, employer, sent.id)
  const withdrawn = await expectOk(await withdraw(t, { token: employer }, sent.id), Contract)
  expect(withdrawn).toMatchObject({ status: 'withdrawn', allowedActions: [] })
  expect(await inboxOf(t, worker)).toContainEqual(expect.objectContaining({ template: 'contracts.withdrawn', params: { contractNumber: sent.contractNumber, employerName: '温州瓯江建设有限公司' } }))
  expect((await contractAs(t, { token: worker }, sent.id)).status).toBe('withdrawn')

  const unseen = await created(t, { token: employer })
  await expectOk(await withdraw(t, { token: employer }, unseen.id), Contract)
  expect((await myContracts(t, { token: worker })).items.map((item) => item.id)).toEqual([sent.id])
  await expectProblem(await t.call('GET', `/api/contracts/${unseen.id}`, { token: worker }), 'not_found')
  expect((await inboxOf(t, worker)).filter((message) => message.template === 'contracts.withdrawn')).toHaveLength(1)
})

test('an open-ended contract is kept for as long as it runs, then two years; a list pages newest first', async () => {
  const t = await createTestContext()
  const { contract, employer } = await signedContract(t, zhaoContract({ endsOn: null, probationMonths: 6 }, { kind: 'open_ended' }))
  expect(contract).toMatchObject({ status: 'signed', keepUntil: null, allowedActions: ['download'] })
  t.clock.advance(minutes(1))
  const second = await created(t, { token: employer })
  const first = await myContracts(t, { token: employer }, '?limit=1')
  expect(first.items.map((item) => item.id)).toEqual([second.id])
  const rest = await myContracts(t, { token: employer }, `?limit=1&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)
  expect(rest.items.map((item) => item.id)).toEqual([contract.id])
  expect(rest.nextCursor).toBeNull()
})
