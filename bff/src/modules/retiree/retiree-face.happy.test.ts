import { eq } from 'drizzle-orm'
import { expect, onTestFinished, test } from 'vitest'
import { FaceOutcome, PensionAccount } from '@renshe/shared/retiree/schemas'
import { users, visitTasks } from '../../db/schema'
import { seededRetireeIds } from '../../db/seed/retiree'
import { createWechatFaceVerifier } from '../../platform/face-verification'
import { startFakeWechatFace } from '../../testing/fake-wechat-face'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { accountOf, auditOf, faceCheck, finishFace, startedFace } from '../../testing/retiree-flows'
import { inboxOf, userIdOf } from '../../testing/wages-flows'

const sun = seededRetireeIds.pensioners.sun

/** The demo account as if it had logged in through WeChat: its openid recorded as a WeChat login records it. */
async function loggedInWithWechat(t: TestContext, account: string, openid: string): Promise<void> {
  const id = await userIdOf(t, account)
  await t.deps.db.transaction((tx) =>
    tx.update(users).set({ wechatOpenidEnc: t.deps.sealer.seal(openid), wechatOpenidIndex: t.deps.blindIndex('wechat_openid', openid) }).where(eq(users.id, id)),
  )
}

test('retiree-sun checks his face with the development provider: he gets a development session, passes, and is certified today', async () => {
  const t = await createTestContext()
  const token = await t.login('retiree-sun')
  const start = await startedFace(t, token)
  expect(start).toEqual({ attemptId: start.attemptId, provider: 'development', verifyId: `dev-face:${start.attemptId}` })

  const outcome = await faceCheck(t, token, 'pass')
  expect(outcome.outcome).toBe('certified')
  expect(outcome.certification).toMatchObject({ state: 'certified', cycleStart: '2026-11-29', dueDate: '2027-11-29', lastMethod: 'face', lastSource: null, faceFailures: 0 })
  expect((await inboxOf(t, token)).find((m) => m.template === 'retiree.certified')?.params).toEqual({ method: 'face', certifiedOn: '2026-11-29', nextDueDate: '2027-11-29' })
  const me = await userIdOf(t, 'retiree-sun')
  for (const action of ['retiree.startFace', 'retiree.finishFace', 'retiree.certify']) {
    expect((await auditOf(t, action)).at(-1), action).toMatchObject({ kind: 'write', actorUserId: me, subjectUserId: me })
  }
})

test('three failed face checks offer a home visit; asking for one assigns his grid staff member with the reason', async () => {
  const t = await createTestContext()
  const token = await t.login('retiree-sun')
  for (const expected of [1, 2]) {
    const failed = await faceCheck(t, token, 'fail')
    expect(failed.outcome).toBe('failed')
    expect(failed.certification).toMatchObject({ state: 'due', faceFailures: expected, homeVisitOffered: false })
  }
  const third = await faceCheck(t, token, 'fail')
  expect(third.certification).toMatchObject({ state: 'due', faceFailures: 3, homeVisitOffered: true, homeVisitPending: false })

  const account = await expectOk(await t.call('POST', '/api/retiree/home-visit', { token }), PensionAccount)
  expect(account.certification).toMatchObject({ homeVisitOffered: true, homeVisitPending: true })
  const [task] = await t.deps.db.read((q) => q.select().from(visitTasks).where(eq(visitTasks.pensionerId, sun)))
  expect(task).toMatchObject({ reason: 'face_failed', status: 'open', staffUserId: await userIdOf(t, 'staff-chen') })
})

test('a pass after failures certifies, clears the failures, and ends the visit he had asked for', async () => {
  const t = await createTestContext()
  const token = await t.login('retiree-sun')
  for (let i = 0; i < 3; i += 1) await faceCheck(t, token, 'fail')
  await t.call('POST', '/api/retiree/home-visit', { token })
  const passed = await faceCheck(t, token, 'pass')
  expect(passed.certification).toMatchObject({ state: 'certified', faceFailures: 0, homeVisitOffered: false, homeVisitPending: false })
  const [task] = await t.deps.db.read((q) => q.select().from(visitTasks).where(eq(visitTasks.pensionerId, sun)))
  expect(task).toMatchObject({ status: 'approved', visitedAt: null })
  expect((await accountOf(t, { token })).certifications[0]).toEqual({ certifiedOn: '2026-11-29', method: 'face', source: null, review: 'none' })
})

test('failures of a past cycle do not count in the next one', async () => {
  const t = await createTestContext()
  const token = await t.login('retiree-sun')
  await faceCheck(t, token, 'fail')
  await faceCheck(t, token, 'fail')
  await faceCheck(t, token, 'pass')
  const failed = await faceCheck(t, token, 'fail')
  expect(failed.certification.faceFailures).toBe(1)
})

test('with WeChat, retiree-sun’s session is opened for his own name, ID number and account, and the check WeChat reports as done certifies him', async () => {
  const wechat = await startFakeWechatFace({ appId: 'wx-test-app', secret: 'test-app-secret' })
  onTestFinished(() => wechat.close())
  const t = await createTestContext({ face: createWechatFaceVerifier({ apiBase: wechat.url, appId: 'wx-test-app', secret: 'test-app-secret' }) })
  const token = await t.login('retiree-sun')
  await loggedInWithWechat(t, 'retiree-sun', 'o-sun-wechat')

  const start = await startedFace(t, token)
  expect(start).toEqual({ attemptId: start.attemptId, provider: 'wechat', verifyId: 'fake-verify-1' })
  expect(wechat.sessions.get('fake-verify-1')).toMatchObject({
    outSeqNo: start.attemptId,
    openid: 'o-sun-wechat',
    certInfo: { cert_type: 'IDENTITY_CARD', cert_name: '孙建国', cert_no: '33030219550312301X' },
  })
  // What the phone does: wx.requestFacialVerify in that session.
  wechat.completeCheck(start.verifyId)
  // A simulated outcome is the development provider's: with WeChat it changes nothing.
  const outcome = await expectOk(await finishFace(t, token, start.attemptId, { verifyId: start.verifyId, simulated: 'fail' }), FaceOutcome)
  expect(outcome).toMatchObject({ outcome: 'certified', certification: { state: 'certified', lastMethod: 'face' } })
})

test('with WeChat, a check that ran and failed counts as a failure', async () => {
  const wechat = await startFakeWechatFace({ appId: 'wx-test-app', secret: 'test-app-secret' })
  onTestFinished(() => wechat.close())
  const t = await createTestContext({ face: createWechatFaceVerifier({ apiBase: wechat.url, appId: 'wx-test-app', secret: 'test-app-secret' }) })
  const token = await t.login('retiree-sun')
  await loggedInWithWechat(t, 'retiree-sun', 'o-sun-wechat')
  const start = await startedFace(t, token)
  wechat.completeCheck(start.verifyId, 90_011)
  const outcome = await expectOk(await finishFace(t, token, start.attemptId, { verifyId: start.verifyId, simulated: 'pass' }), FaceOutcome)
  expect(outcome).toMatchObject({ outcome: 'failed', certification: { state: 'due', faceFailures: 1 } })
})
