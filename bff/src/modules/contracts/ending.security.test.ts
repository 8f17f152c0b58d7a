import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { contractEndings, contractEvents, labourContracts } from '../../db/schema'
import { contractAs, downloadCertificate, downloadedCertificate, end, signatory, signedContract, verified, verifyFile, verifyHash, zhao } from '../../testing/contracts-flows'
import { addOuhaiEmployer } from '../../testing/employer-accounts'
import { databaseDump } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'

const ending = { ground: 'employer_fault', lastDay: '2027-03-10', reason: '严重违反安全操作规程' }

async function endingsOf(t: TestContext, contractId: string) {
  return t.deps.db.read(async (q) => ({
    endings: await q.select({ id: contractEndings.contractId }).from(contractEndings).where(eq(contractEndings.contractId, contractId)),
    events: await q.select({ kind: contractEvents.kind }).from(contractEvents).where(eq(contractEvents.contractId, contractId)),
    status: (await q.select({ status: labourContracts.status }).from(labourContracts).where(eq(labourContracts.id, contractId)))[0]?.status,
  }))
}

test('another employer, a stranger and the worker herself cannot end the employer’s contract, nor download a certificate that is not theirs', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  await addOuhaiEmployer(t)
  const { contract } = await signedContract(t)
  t.clock.set('2027-03-10T08:00:00.000Z')
  const [employer, worker] = [await t.login('employer-demo'), await t.login('worker-zhao')]
  const before = await endingsOf(t, contract.id)
  for (const account of ['employer-xincheng', 'citizen-zhang']) {
    const token = await t.login(account)
    // A citizen is refused an employer's operation outright; another employer finds no such contract.
    await expectProblem(await end(t, { token }, contract.id, ending), account.startsWith('employer') ? 'not_found' : 'forbidden')
  }
  // The worker is a citizen: ending for the employer is not hers to do here.
  await expectProblem(await end(t, { token: worker }, contract.id, ending), 'forbidden')
  expect(await endingsOf(t, contract.id)).toEqual(before)

  await expectProblem(await end(t, { token: employer }, contract.id, { ...ending, ground: 'resigned_by_email' }), 'validation_failed')
  const response = await end(t, { token: employer }, contract.id, ending)
  expect(response.status).toBe(200)
  for (const account of ['employer-xincheng', 'citizen-zhang', 'elder-wang']) {
    await expectProblem(await downloadCertificate(t, { token: await t.login(account) }, contract.id), 'not_found')
  }
  expect((await contractAs(t, { token: worker }, contract.id)).ending?.reason).toBe(ending.reason)
})

test('two endings at once count once: one ends it, the other is refused, and there is one certificate and one event', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  const { contract } = await signedContract(t)
  t.clock.set('2027-03-10T08:00:00.000Z')
  const employer = await t.login('employer-demo')
  const answers = await Promise.all([
    end(t, { token: employer }, contract.id, ending),
    end(t, { token: employer }, contract.id, { ...ending, ground: 'mutual_by_worker' }),
  ])
  expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
  const after = await endingsOf(t, contract.id)
  expect(after.endings).toHaveLength(1)
  expect(after.events.filter((event) => event.kind === 'ended')).toHaveLength(1)
  expect(after.status).toBe('ended')
  await expectProblem(await end(t, { token: employer }, contract.id, ending), 'conflict')
})

test('the public check of a certificate never tells the worker’s name, ID number, terms or the reason; the reason and the certificate are sealed at rest', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  const { contract } = await signedContract(t)
  t.clock.set('2027-03-10T08:00:00.000Z')
  const [employer, worker] = [await t.login('employer-demo'), await t.login('worker-zhao')]
  await end(t, { token: employer }, contract.id, ending)
  const file = await downloadedCertificate(t, { token: worker }, contract.id)
  const changed = Buffer.concat([Buffer.from(file.bytes), Buffer.from('\n% x\n')])
  const secrets = [zhao.name, zhao.idNumber, '511321********4572', '赵*', signatory.name, '钢筋工', '7800', '780000', '瓯江府二期', '严重违反', 'employer_fault', '第三十九条']
  for (const response of [await verifyHash(t, file.sha256), await verifyFile(t, file.bytes), await verifyFile(t, changed)]) {
    const text = await response.clone().text()
    expect((await verified(response)).documentKind).toBe('ending_certificate')
    for (const secret of secrets) expect(text, secret).not.toContain(secret)
  }
  const dump = await databaseDump(t)
  for (const secret of ['严重违反', zhao.idNumber]) expect(dump, secret).not.toContain(secret)
  expect(Buffer.from(dump).includes(Buffer.from(file.bytes.subarray(0, 64)))).toBe(false)
})
