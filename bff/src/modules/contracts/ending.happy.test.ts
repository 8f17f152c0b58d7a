import { createHash } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { compensationOf, serviceOf } from '@renshe/shared/contracts/ending'
import { outboundMessages } from '../../db/schema'
import { contractAs, downloadedCertificate, ended, signedContract, verified, verifyFile, verifyHash, zhaoContract } from '../../testing/contracts-flows'
import { createTestContext } from '../../testing/harness'
import { readPdf } from '../../testing/pdf-inspection'
import { inboxOf } from '../../testing/wages-flows'

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

test('the employer ends a signed contract by mutual agreement it proposed: ended on the last day, kept two years after, the worker told, the certificate issued, downloaded by both and valid on the public check', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  const { contract } = await signedContract(t)
  expect(contract.allowedActions).toEqual(['download'])

  // Four months and ten days into the contract: half a month's wage (art. 47).
  t.clock.set('2027-04-10T08:00:00.000Z')
  const [employer, worker] = [await t.login('employer-demo'), await t.login('worker-zhao')]
  expect((await contractAs(t, { token: employer }, contract.id)).allowedActions).toEqual(['download', 'end'])
  const done = await ended(t, { token: employer, idempotencyKey: 'ending-retry-key-1' }, contract.id, { ground: 'mutual_by_employer', lastDay: '2027-04-10', reason: '项目完工，双方协商一致' })
  expect(done).toMatchObject({ status: 'ended', keepUntil: '2029-04-10', allowedActions: ['download', 'download_certificate'] })
  expect(done.ending).toMatchObject({
    ground: 'mutual_by_employer',
    lastDay: '2027-04-10',
    reason: '项目完工，双方协商一致',
    compensation: { rule: 'owed', serviceMonths: 4, monthsOfWage: 0.5 },
    certificate: { number: `${contract.contractNumber}-ZM` },
  })
  expect(done.events.at(-1)).toMatchObject({ kind: 'ended', by: 'employer', detail: '项目完工，双方协商一致' })

  // A retry of the same request answers the same contract, and changes nothing.
  const again = await ended(t, { token: employer, idempotencyKey: 'ending-retry-key-1' }, contract.id, { ground: 'mutual_by_employer', lastDay: '2027-04-10', reason: '项目完工，双方协商一致' })
  expect(again.ending?.certificate.sha256).toBe(done.ending?.certificate.sha256)

  // The worker is told in the inbox and by subscribe message, and reads the same ending.
  const told = (await inboxOf(t, worker)).find((message) => message.template === 'contracts.ended')
  expect(told?.params).toMatchObject({ contractNumber: contract.contractNumber, employerName: '温州瓯江建设有限公司', lastDay: '2027-04-10' })
  expect(told?.link).toContain(contract.id)
  const queued = await t.deps.db.read((q) => q.select().from(outboundMessages).where(eq(outboundMessages.template, 'contracts.ended')))
  expect(queued).toHaveLength(1)
  const hers = await contractAs(t, { token: worker }, contract.id)
  expect(hers).toMatchObject({ status: 'ended', allowedActions: ['download', 'download_certificate'] })
  expect(hers.ending?.compensation.monthsOfWage).toBe(0.5)

  // Both download the same certificate; it names the contract, the day, the ground and the service.
  const mine = await downloadedCertificate(t, { token: worker }, contract.id)
  const theirs = await downloadedCertificate(t, { token: employer }, contract.id)
  expect(mine.bytes).toEqual(theirs.bytes)
  expect(sha256Of(mine.bytes)).toBe(done.ending?.certificate.sha256)
  const text = (await readPdf(mine.bytes)).pages.join('').replace(/\s+/g, '')
  for (const words of ['解除或者终止劳动合同证明书', contract.contractNumber, '2027年4月10日', '钢筋工', '第三十六条', '4个月余', '0.5个月工资', '出具单位：温州瓯江建设有限公司']) expect(text).toContain(words)
  expect(text).not.toContain('项目完工')

  // Anyone holding it checks it as a certificate of ending: valid, by file and by hash.
  const byFile = await verified(await verifyFile(t, mine.bytes, '终止证明.pdf'))
  expect(byFile).toMatchObject({ result: 'valid', documentKind: 'ending_certificate', contract: { contractNumber: `${contract.contractNumber}-ZM`, status: 'ended', employerName: '温州瓯江建设有限公司' } })
  expect((await verified(await verifyHash(t, mine.sha256))).result).toBe('valid')
  const changed = Buffer.concat([Buffer.from(mine.bytes), Buffer.from('\n% 改过\n')])
  expect(await verified(await verifyFile(t, changed))).toMatchObject({ result: 'altered', documentKind: 'ending_certificate' })
  // The contract's own file still checks as the contract.
  expect((await verified(await verifyHash(t, contract.document?.sha256 ?? ''))).documentKind).toBe('contract')
})

test('the certificate is the same bytes for the same ending: rendered from the contract and the ending alone', { timeout: 60_000 }, async () => {
  const first = await createTestContext()
  const second = await createTestContext()
  const hashes: string[] = []
  for (const t of [first, second]) {
    const { contract } = await signedContract(t)
    t.clock.set('2027-11-30T08:00:00.000Z')
    const employer = await t.login('employer-demo')
    const done = await ended(t, { token: employer }, contract.id, { ground: 'expiry', lastDay: '2027-11-30' })
    expect(done.ending?.compensation).toEqual({ rule: 'unless_renewal_declined', serviceMonths: 12, monthsOfWage: 1 })
    hashes.push((await downloadedCertificate(t, { token: employer }, contract.id)).sha256)
  }
  expect(hashes[0]).toBe(hashes[1])
})

test('economic compensation by ground and service: a month a year, six months count as a year, less as half; none on the worker’s own notice or her fault', () => {
  expect(serviceOf('2026-12-01', '2027-11-30')).toEqual({ months: 12, extraDays: false })
  expect(serviceOf('2026-12-01', '2027-05-31')).toEqual({ months: 6, extraDays: false })
  expect(compensationOf('employer_notice', '2026-12-01', '2027-05-31')).toEqual({ rule: 'owed', serviceMonths: 6, monthsOfWage: 1 })
  expect(compensationOf('redundancy', '2020-03-01', '2027-05-10')).toEqual({ rule: 'owed', serviceMonths: 86, monthsOfWage: 7.5 })
  expect(compensationOf('worker_immediate', '2026-12-01', '2026-12-20')).toEqual({ rule: 'owed', serviceMonths: 0, monthsOfWage: 0.5 })
  expect(compensationOf('redundancy', '2025-12-01', '2026-12-10')).toMatchObject({ monthsOfWage: 1.5 })
  expect(compensationOf('worker_notice', '2020-03-01', '2027-05-10').monthsOfWage).toBe(0)
  expect(compensationOf('employer_fault', '2020-03-01', '2027-05-10').rule).toBe('not_owed')
})

test('a fixed-term contract in the last two months of its term, or ended by expiry, may be renewed by the employer; an open-ended one never', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  const { contract } = await signedContract(t)
  t.clock.set('2027-09-29T08:00:00.000Z')
  expect((await contractAs(t, { token: await t.login('employer-demo') }, contract.id)).allowedActions).toEqual(['download', 'end'])
  t.clock.set('2027-10-01T08:00:00.000Z')
  expect((await contractAs(t, { token: await t.login('employer-demo') }, contract.id)).allowedActions).toEqual(['download', 'end', 'renew'])
  t.clock.set('2027-11-30T08:00:00.000Z')
  const employer = await t.login('employer-demo')
  const done = await ended(t, { token: employer }, contract.id, { ground: 'expiry', lastDay: '2027-11-30' })
  expect(done.allowedActions).toEqual(['download', 'download_certificate', 'renew'])
  const open = await signedContract(t, zhaoContract({ endsOn: null, startsOn: '2027-12-01', probationMonths: 0 }, { kind: 'open_ended' }))
  expect((await contractAs(t, { token: employer }, open.contract.id)).allowedActions).toEqual(['download', 'end'])
})
