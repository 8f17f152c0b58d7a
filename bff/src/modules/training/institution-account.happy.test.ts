import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { InstitutionAccount } from '@renshe/shared/training/subsidy'
import { trainingInstitutionAccounts } from '../../db/schema'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk } from '../../testing/http'
import { suspended } from '../../testing/training-attendance-flows'
import { addInstitution } from '../../testing/training-flows'
import { accountOf, seededAccount, setAccount } from '../../testing/training-subsidy-payments'
import { userIdOf } from '../../testing/wages-flows'

test('the demo institution keeps a settlement account in its registered name, shown by the last four digits of its number', async () => {
  const t = await createTestContext()
  expect(await accountOf(t, await t.login('institution-demo'))).toEqual({
    accountName: seededAccount.accountName,
    bankName: seededAccount.bankName,
    accountNoMasked: '****8217',
    updatedAt: t.clock.now().toISOString(),
  })
})

test('an institution with no account keeps one: in its registered name, the number sealed with its last four digits beside it, the change recorded', async () => {
  const t = await createTestContext()
  const school = await addInstitution(t, 'institution-wuma', '330302', '五马街道职业培训中心')
  const token = await t.login('institution-wuma')
  expect(await accountOf(t, token)).toBeNull()
  const kept = await expectOk(await setAccount(t, token, { bankName: ' 浙江稠州商业银行温州分行 ', accountNo: '1550 0101 2030 4050 6' }), InstitutionAccount)
  expect(kept).toEqual({ accountName: '五马街道职业培训中心', bankName: '浙江稠州商业银行温州分行', accountNoMasked: '****0506', updatedAt: t.clock.now().toISOString() })
  expect(await accountOf(t, token)).toEqual(kept)
  const [row] = await t.deps.db.read((q) => q.select().from(trainingInstitutionAccounts).where(eq(trainingInstitutionAccounts.institutionUserId, school)))
  expect(row?.accountNoLast4).toBe('0506')
  expect(t.deps.sealer.open(row?.accountNoEnc ?? '')).toBe('15500101203040506')
  const written = (await auditRows(t)).filter((audit) => audit.action === 'training.setInstitutionAccount')
  expect(written.map((audit) => ({ actor: audit.actorUserId, subject: audit.subjectUserId, type: audit.objectType, object: audit.objectId }))).toEqual([
    { actor: school, subject: school, type: 'training_institution_account', object: school },
  ])
})

test('changing the account replaces it; the same change again with its Idempotency-Key answers the account as it is', async () => {
  const t = await createTestContext()
  const token = await t.login('institution-demo')
  const body = { bankName: '中国农业银行温州鹿城支行', accountNo: '19215101040012345' }
  const changed = await expectOk(await setAccount(t, token, body, 'institution-account-0001'), InstitutionAccount)
  expect(changed).toMatchObject({ accountName: seededAccount.accountName, bankName: '中国农业银行温州鹿城支行', accountNoMasked: '****2345' })
  const again = await setAccount(t, token, body, 'institution-account-0001')
  expect(again.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(again, InstitutionAccount)).toEqual(changed)
  expect(await t.deps.db.read((q) => q.select().from(trainingInstitutionAccounts))).toHaveLength(1)
})

test('a suspended institution still keeps its account: what it earned is still paid to it', async () => {
  const t = await createTestContext()
  await suspended(t, await t.login('officer-liu'), await userIdOf(t, 'institution-demo'))
  const token = await t.login('institution-demo')
  expect((await setAccount(t, token, { bankName: '温州银行鹿城支行', accountNo: '790100120000443681' })).status).toBe(200)
  expect(await accountOf(t, token)).toMatchObject({ bankName: '温州银行鹿城支行', accountNoMasked: '****3681' })
})

test('a number that is not 8 to 32 digits, or no bank, is refused field by field', async () => {
  const t = await createTestContext()
  const token = await t.login('institution-demo')
  expect(await expectFieldErrors(await setAccount(t, token, { bankName: '银', accountNo: '6222-0212-0300' }))).toEqual({ 'body.bankName': 'field.required', 'body.accountNo': 'training.accountNo' })
  expect(await expectFieldErrors(await setAccount(t, token, { bankName: '中国银行', accountNo: '1234567' }))).toEqual({ 'body.accountNo': 'training.accountNo' })
  expect(await accountOf(t, token)).toMatchObject({ accountNoMasked: '****8217' })
})
