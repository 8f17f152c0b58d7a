import { expect, test } from 'vitest'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { addInstitution } from '../../testing/training-flows'
import { accountOf, seededAccount, setAccount } from '../../testing/training-subsidy-payments'

test('another institution sees no account but its own, and keeping its own changes no other', async () => {
  const t = await createTestContext()
  await addInstitution(t, 'institution-other', '330302', '鹿城区另一家培训学校')
  const other = await t.login('institution-other')
  const seen = await t.call('GET', '/api/training/institution/account', { token: other })
  const text = await seen.clone().text()
  expect(text).not.toContain('8217')
  expect(text).not.toContain(seededAccount.bankName)
  expect(await accountOf(t, other)).toBeNull()
  expect((await setAccount(t, other, { bankName: '温州银行', accountNo: '790100120000990011' })).status).toBe(200)
  expect(await accountOf(t, await t.login('institution-demo'))).toMatchObject({ accountName: seededAccount.accountName, bankName: seededAccount.bankName, accountNoMasked: '****8217' })
  expect(await accountOf(t, other)).toMatchObject({ accountName: '鹿城区另一家培训学校', accountNoMasked: '****0011' })
})

test('the name on the account cannot be typed: a body naming it is refused, and nothing is kept', async () => {
  const t = await createTestContext()
  const token = await t.login('institution-demo')
  const before = (await auditRows(t)).length
  expect(await expectFieldErrors(await setAccount(t, token, { accountName: '张三', bankName: '温州银行', accountNo: '790100120000990011' }))).toEqual({ body: 'field.unknownKey' })
  expect(await accountOf(t, token)).toMatchObject({ accountName: seededAccount.accountName, accountNoMasked: '****8217' })
  expect((await auditRows(t)).slice(before).map((row) => row.action)).toEqual(['training.getInstitutionAccount'])
})

test('nobody but the institution reads or keeps its account: officers, citizens, assessors and supervisors are refused', async () => {
  const t = await createTestContext()
  for (const account of ['officer-liu', 'citizen-zhang', 'assessor-demo', 'supervisor-wu', 'admin']) {
    const token = await t.login(account)
    const read = await t.call('GET', '/api/training/institution/account', { token })
    expect(await read.clone().text()).not.toContain(seededAccount.bankName)
    await expectProblem(read, 'forbidden', { because: account })
    await expectProblem(await setAccount(t, token, { bankName: '温州银行', accountNo: '790100120000990011' }), 'forbidden', { because: account })
  }
  expect(await accountOf(t, await t.login('institution-demo'))).toMatchObject({ accountNoMasked: '****8217' })
})
