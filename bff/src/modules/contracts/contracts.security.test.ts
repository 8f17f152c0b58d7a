import { eq } from 'drizzle-orm'
import { expect, onTestFinished, test } from 'vitest'
import { Contract } from '@renshe/shared/contracts/schemas'
import { contractDocuments, contractEvents, contractSignatures, labourContracts, users } from '../../db/schema'
import { createWechatFaceVerifier } from '../../platform/face-verification'
import {
  contractAs,
  created,
  decline,
  download,
  downloaded,
  myContracts,
  read,
  readContract,
  recordReading,
  sign,
  signatory,
  signedByEmployer,
  signedContract,
  signWith,
  startSigning,
  started,
  update,
  verified,
  verifyFile,
  verifyHash,
  withdraw,
  zhao,
  zhaoContract,
} from '../../testing/contracts-flows'
import { addOuhaiEmployer } from '../../testing/employer-accounts'
import { startFakeWechatFace } from '../../testing/fake-wechat-face'
import { databaseDump, grantProxy } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { userIdOf } from '../../testing/wages-flows'

async function stored(t: TestContext) {
  return t.deps.db.read(async (q) => ({
    contracts: await q.select().from(labourContracts),
    signatures: await q.select().from(contractSignatures),
    events: await q.select().from(contractEvents),
    documents: await q.select({ contractId: contractDocuments.contractId }).from(contractDocuments),
  }))
}

const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

test('another employer and another citizen find no such contract, whatever its stage, cannot act on it, and change nothing', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  await addOuhaiEmployer(t)
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const draft = await created(t, { token: employer })
  const sent = await created(t, { token: employer })
  await signedByEmployer(t, employer, sent.id)
  const { contract: signed } = await signedContract(t)
  const before = await stored(t)
  for (const account of ['employer-xincheng', 'citizen-zhang', 'elder-wang']) {
    const token = await t.login(account)
    for (const id of [draft.id, sent.id, signed.id]) {
      const unknown = await expectProblem(await readContract(t, { token }, unknownId), 'not_found')
      const theirs = await expectProblem(await readContract(t, { token }, id), 'not_found', { because: account })
      expect({ ...theirs, requestId: '', instance: '' }).toEqual({ ...unknown, requestId: '', instance: '' })
      await expectProblem(await recordReading(t, { token }, id), 'not_found')
      await expectProblem(await startSigning(t, { token }, id, account.startsWith('employer') ? { signatory } : {}), 'not_found')
      await expectProblem(await sign(t, { token }, id, { attemptId: unknownId, verifyId: 'dev-face:x', simulated: 'pass' }), 'not_found')
      await expectProblem(await download(t, { token }, id), 'not_found')
      if (account.startsWith('employer')) {
        await expectProblem(await update(t, { token }, id, zhaoContract()), 'not_found')
        await expectProblem(await withdraw(t, { token }, id), 'not_found')
      } else {
        await expectProblem(await decline(t, { token }, id, '不签'), 'not_found')
        // Drafting and withdrawing are an employer's: a citizen is refused them outright.
        await expectProblem(await withdraw(t, { token }, id), 'forbidden')
      }
    }
    expect((await myContracts(t, { token })).items).toEqual([])
  }
  expect(await stored(t)).toEqual(before)
  // The worker herself sees the two put to her, never the draft.
  expect((await myContracts(t, { token: worker })).items.map((item) => item.id).sort()).toEqual([sent.id, signed.id].sort())
})

test('grid staff cannot act for her on a contract, even under her grant, nor reach it on their own', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const sent = await created(t, { token: employer })
  await signedByEmployer(t, employer, sent.id)
  const grant = await grantProxy(t, worker, { staffCode: 'WG330302001', scopes: ['wages.file', 'disputes.file', 'profile.read', 'inbox.read'] })
  const chen = await t.login('staff-chen')
  const before = await stored(t)
  const as = { token: chen, headers: { 'x-acting-for': grant.id } }
  await expectProblem(await readContract(t, as, sent.id), 'proxy_not_allowed')
  await expectProblem(await recordReading(t, as, sent.id), 'proxy_not_allowed')
  await expectProblem(await startSigning(t, as, sent.id), 'proxy_not_allowed')
  await expectProblem(await decline(t, as, sent.id), 'proxy_not_allowed')
  await expectProblem(await t.call('GET', '/api/contracts', as), 'proxy_not_allowed')
  // As herself, staff-chen (a citizen too, with a real name of her own) is no party to it.
  await expectProblem(await readContract(t, { token: chen }, sent.id), 'not_found')
  await expectProblem(await readContract(t, { token: await t.login('staff-zhou') }, sent.id), 'forbidden')
  expect(await stored(t)).toEqual(before)
})

test('a signer cannot sign with the other side’s identity check, nor with a check of someone else', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const draft = await created(t, { token: employer })
  // The employer opens two checks and signs with the second; the first stays open.
  const unused = await started(t, { token: employer }, draft.id, { signatory })
  const used = await started(t, { token: employer }, draft.id, { signatory })
  await expectOk(await signWith(t, { token: employer }, draft.id, used), Contract)
  await read(t, { token: worker }, draft.id)
  const before = await stored(t)
  // The worker with the employer's checks, open or used: there is no such check for her.
  for (const session of [unused, used]) await expectProblem(await signWith(t, { token: worker }, draft.id, session), 'not_found')
  // The employer with the worker's.
  const hers = await started(t, { token: worker }, draft.id)
  const afterHerStart = await stored(t)
  await expectProblem(await signWith(t, { token: employer }, draft.id, hers), 'not_found')
  // Another citizen, to whom the contract does not exist, with hers.
  await expectProblem(await signWith(t, { token: await t.login('citizen-zhang') }, draft.id, hers), 'not_found')
  expect(afterHerStart.signatures).toHaveLength(before.signatures.length + 1)
  expect(await stored(t)).toEqual(afterHerStart)
  expect((await contractAs(t, { token: worker }, draft.id)).status).toBe('awaiting_worker')
})

test('the public check never tells the worker’s name or ID number, nor the terms, whatever it is asked', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  const { contract, worker } = await signedContract(t, zhaoContract({ otherTerms: '甲方提供宿舍一间。' }))
  const file = await downloaded(t, { token: worker }, contract.id)
  const changed = new Uint8Array(file.bytes)
  changed[changed.length - 300] = (changed[changed.length - 300] ?? 0) ^ 0x20
  const answers = [await verifyHash(t, file.sha256), await verifyFile(t, file.bytes), await verifyFile(t, changed)]
  const secrets = [zhao.name, zhao.idNumber, '511321********4572', '赵*', signatory.name, signatory.idNumber, '钢筋工', '宿舍', '7800', '780000', '瓯江府二期']
  for (const response of answers) {
    const text = await response.clone().text()
    expect((await verified(response)).contract?.contractNumber).toBe(contract.contractNumber)
    for (const secret of secrets) expect(text).not.toContain(secret)
  }
})

test('the identity check’s session, the signatory and the PDF are sealed at rest, and nothing personal reaches the logs', { timeout: 60_000 }, async () => {
  const logLines: string[] = []
  const t = await createTestContext({ logLines })
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const draft = await created(t, { token: employer }, zhaoContract({ otherTerms: '甲方提供宿舍一间。' }))
  const session = await started(t, { token: employer }, draft.id, { signatory, device: 'iPhone 15 · iOS 18' })
  await expectOk(await signWith(t, { token: employer }, draft.id, session, 'pass', 'iPhone 15 · iOS 18'), Contract)
  await read(t, { token: worker }, draft.id, 'Redmi 12C · Android 13')
  const hers = await started(t, { token: worker }, draft.id)
  await expectProblem(await signWith(t, { token: worker }, draft.id, hers, 'fail', 'Redmi 12C · Android 13'), 'validation_failed')
  const again = await started(t, { token: worker }, draft.id)
  await expectOk(await signWith(t, { token: worker }, draft.id, again), Contract)
  const file = await downloaded(t, { token: worker }, draft.id)
  await verifyFile(t, file.bytes)

  const dump = await databaseDump(t)
  expect(dump).toContain(draft.contractNumber)
  for (const secret of [session.verifyId, hers.verifyId, again.verifyId, zhao.idNumber, signatory.name, signatory.idNumber, '宿舍', 'iPhone 15', 'Redmi 12C', '"not_identified"']) {
    expect(dump, secret).not.toContain(secret)
  }
  const [document] = await t.deps.db.read((q) => q.select().from(contractDocuments).where(eq(contractDocuments.contractId, draft.id)))
  const sealed = new Uint8Array(document?.pdfEnc ?? [])
  expect(Buffer.from(sealed.subarray(0, 5)).toString('latin1')).not.toBe('%PDF-')
  expect(Buffer.from(sealed).includes(Buffer.from(draft.contractNumber))).toBe(false)
  expect(new Uint8Array(t.deps.sealer.openBytes(sealed))).toEqual(file.bytes)

  const logs = logLines.join('\n')
  expect(logs).toContain('/api/contracts')
  for (const secret of [zhao.name, zhao.idNumber, signatory.name, signatory.idNumber, session.verifyId, again.verifyId, '宿舍', 'iPhone 15', 'Redmi 12C', draft.contractNumber]) {
    expect(logs, secret).not.toContain(secret)
  }
})

test('two signatures at once count once: one is signed, the other refused, and there is one file', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const draft = await created(t, { token: employer })
  const [first, second] = [await started(t, { token: employer }, draft.id, { signatory }), await started(t, { token: employer }, draft.id, { signatory })]
  const employerSigned = await Promise.all([signWith(t, { token: employer }, draft.id, first), signWith(t, { token: employer }, draft.id, second)])
  expect(employerSigned.map((response) => response.status).sort()).toEqual([200, 409])
  await read(t, { token: worker }, draft.id)
  const [a, b] = [await started(t, { token: worker }, draft.id), await started(t, { token: worker }, draft.id)]
  const workerSigned = await Promise.all([signWith(t, { token: worker }, draft.id, a), signWith(t, { token: worker }, draft.id, b)])
  expect(workerSigned.map((response) => response.status).sort()).toEqual([200, 409])
  const { signatures, events, documents } = await stored(t)
  expect(signatures.filter((row) => row.signedAt !== null).map((row) => row.signer).sort()).toEqual(['employer', 'worker'])
  expect(events.filter((event) => event.kind === 'signed')).toHaveLength(2)
  expect(documents).toHaveLength(1)
})

/** The demo account as if it had logged in through WeChat: its openid recorded as a WeChat login records it. */
async function loggedInWithWechat(t: TestContext, account: string, openid: string): Promise<void> {
  const id = await userIdOf(t, account)
  await t.deps.db.transaction((tx) =>
    tx.update(users).set({ wechatOpenidEnc: t.deps.sealer.seal(openid), wechatOpenidIndex: t.deps.blindIndex('wechat_openid', openid) }).where(eq(users.id, id)),
  )
}

test('with WeChat’s check, each session is opened for the signer’s own name, number and account, and the phone’s word counts for nothing', { timeout: 60_000 }, async () => {
  const wechat = await startFakeWechatFace({ appId: 'wx-test-app', secret: 'test-app-secret' })
  onTestFinished(() => wechat.close())
  const t = await createTestContext({ face: createWechatFaceVerifier({ apiBase: wechat.url, appId: 'wx-test-app', secret: 'test-app-secret' }) })
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const draft = await created(t, { token: employer })
  // Not logged in with WeChat: WeChat's check cannot run for her account.
  expect((await expectProblem(await startSigning(t, { token: employer }, draft.id, { signatory }), 'conflict')).detail).toBe('A face check runs in the WeChat mini-program, logged in with WeChat')
  await loggedInWithWechat(t, 'employer-demo', 'o-employer')
  await loggedInWithWechat(t, 'worker-zhao', 'o-zhao')

  const its = await started(t, { token: employer }, draft.id, { signatory })
  expect(its.provider).toBe('wechat')
  expect(wechat.sessions.get(its.verifyId)).toMatchObject({ outSeqNo: its.attemptId, openid: 'o-employer', certInfo: { cert_name: signatory.name, cert_no: signatory.idNumber } })
  wechat.completeCheck(its.verifyId)
  // A simulated outcome is the development provider's: with WeChat it changes nothing.
  expect((await expectOk(await signWith(t, { token: employer }, draft.id, its, 'fail'), Contract)).status).toBe('awaiting_worker')

  await read(t, { token: worker }, draft.id)
  const hers = await started(t, { token: worker }, draft.id)
  expect(wechat.sessions.get(hers.verifyId)).toMatchObject({ outSeqNo: hers.attemptId, openid: 'o-zhao', certInfo: { cert_name: zhao.name, cert_no: zhao.idNumber } })
  wechat.completeCheck(hers.verifyId, 90_011)
  expect(await expectFieldErrors(await signWith(t, { token: worker }, draft.id, hers, 'pass'))).toEqual({ 'body.verifyId': 'contracts.identityCheckFailed' })
  const again = await started(t, { token: worker }, draft.id)
  wechat.completeCheck(again.verifyId)
  const signed = await expectOk(await signWith(t, { token: worker }, draft.id, again), Contract)
  expect(signed.signatures.map((signature) => signature.check)).toEqual(['face:wechat', 'face:wechat'])
  // The sessions went to WeChat and nowhere else: no view shows them.
  for (const session of [its, hers, again]) expect(JSON.stringify(signed)).not.toContain(session.verifyId)
})
