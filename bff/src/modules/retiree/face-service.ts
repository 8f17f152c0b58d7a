import type { FaceOutcome, FaceStart } from '@renshe/shared/retiree/schemas'
import type { Actor } from '../../platform/audit'
import { minutes } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { auditLast } from './audit-trail'
import { certificationView, certify, faceFailuresOf, todayOf } from './certification'
import {
  faceAttemptById,
  finishFaceAttempt,
  insertFaceAttempt,
  pensionerById,
  pensionerForUpdate,
  pensionerOfUser,
  sealedOpenidOf,
  updatePensioner,
} from './pensioners-repo'

/** A face check's result must come back within this long after it began. */
export const faceAttemptMaxAgeMs = minutes(10)

/**
 * Opens a face check for the pensioner who is logged in (never by proxy: the contract refuses
 * it): the provider opens a session for their name and ID number in their own WeChat account,
 * and only the session's id goes back to the phone. Recorded, since it reads the ID number out
 * and hands it to the provider.
 */
export async function startFace(deps: Deps, actor: Actor, userId: string): Promise<Result<FaceStart>> {
  const [found, sealedOpenid] = await deps.db.read((q) => Promise.all([pensionerOfUser(q, userId), sealedOpenidOf(q, userId)]))
  if (!found) return fail('not_found')
  if (found.status === 'stopped') return fail('conflict')
  const attemptId = newId(deps.random)
  // The provider is asked outside any transaction: nothing is held while it answers.
  const session = await deps.face.start({
    outSeqNo: attemptId,
    openid: sealedOpenid === null ? null : deps.sealer.open(sealedOpenid),
    idNumber: deps.sealer.open(found.idNumberEnc),
    name: deps.sealer.open(found.nameEnc),
  })
  if (!session.ok) {
    return session.error === 'no_wechat_account'
      ? fail('conflict', { detail: 'A face check runs in the WeChat mini-program, logged in with WeChat' })
      : fail('partner_unavailable')
  }
  const now = deps.clock.now()
  const started = await deps.db.transaction((tx) =>
    auditLast(tx, async (audit) => {
      // Locked: a death recorded meanwhile is seen here, and no check is opened after it.
      const row = await pensionerForUpdate(tx, found.id)
      if (!row) return fail('not_found')
      if (row.status === 'stopped') return fail('conflict')
      await insertFaceAttempt(tx, { id: attemptId, pensionerId: row.id, userId, provider: deps.face.kind, createdAt: now.toISOString(), finishedAt: null, outcome: null })
      audit.add(now, actor, { action: 'retiree.startFace', kind: 'write', objectType: 'face_attempt', objectId: attemptId })
      return ok(row)
    }),
  )
  if (!started.ok) return started
  return ok({ attemptId, provider: deps.face.kind, verifyId: session.verifyId })
}

/** What the phone says when its check has run: the session, and for the development provider the simulated outcome. */
export interface FaceFinish {
  readonly verifyId: string
  readonly simulated?: 'pass' | 'fail' | undefined
}

/**
 * Asks the provider whether the face check passed. A pass certifies today; a failure counts
 * towards the three after which a home visit is offered. An attempt of someone else does not
 * exist; one already finished or older than ten minutes is refused. The provider itself checks
 * that the session was opened for this attempt, account and person. When it cannot be reached
 * nothing is recorded, so the same session can be asked about again.
 */
export async function finishFace(deps: Deps, actor: Actor, userId: string, attemptId: string, finish: FaceFinish): Promise<Result<FaceOutcome>> {
  const attempt = await deps.db.read((q) => faceAttemptById(q, attemptId))
  if (!attempt || attempt.userId !== userId) return fail('not_found')
  if (attempt.finishedAt !== null) return fail('conflict', { detail: 'This face check is already finished' })
  if (deps.clock.now().getTime() - new Date(attempt.createdAt).getTime() > faceAttemptMaxAgeMs) {
    return fail('conflict', { detail: 'This face check has expired; start a new one' })
  }
  const [row, sealedOpenid] = await deps.db.read((q) => Promise.all([pensionerById(q, attempt.pensionerId), sealedOpenidOf(q, userId)]))
  if (!row || row.status === 'stopped') return fail('conflict')

  // The provider is asked outside any transaction: nothing is held while it answers.
  const verdict = await deps.face.verify({
    verifyId: finish.verifyId,
    ...(finish.simulated ? { simulated: finish.simulated } : {}),
    outSeqNo: attempt.id,
    openid: sealedOpenid === null ? null : deps.sealer.open(sealedOpenid),
    idNumber: deps.sealer.open(row.idNumberEnc),
    name: deps.sealer.open(row.nameEnc),
  })
  if (!verdict.ok) return fail('partner_unavailable')

  const now = deps.clock.now()
  const today = todayOf(deps)
  const outcome = verdict.passed ? 'certified' : 'failed'
  const finished = await deps.db.transaction((tx) =>
    auditLast(tx, async (audit) => {
      // Finished once: of two results sent at once, the second finds it finished and changes nothing.
      if (!(await finishFaceAttempt(tx, attempt.id, verdict.passed ? 'passed' : 'failed', now.toISOString()))) return false
      audit.add(now, actor, { action: 'retiree.finishFace', kind: 'write', objectType: 'face_attempt', objectId: attempt.id })
      // Locked: the failure count is read and raised by one check at a time.
      const current = await pensionerForUpdate(tx, row.id)
      if (!current || current.status === 'stopped') return true
      if (verdict.passed) {
        await certify(tx, audit, deps, actor, { pensionerId: row.id, certifiedOn: today, method: 'face', source: null, signalId: null, taskId: null, review: 'none' })
      } else {
        await updatePensioner(tx, row.id, { faceFailures: faceFailuresOf(current) + 1, faceFailuresFor: current.cycleStart })
      }
      return true
    }),
  )
  if (!finished) return fail('conflict', { detail: 'This face check is already finished' })
  const certification = await deps.db.read(async (q) => {
    const fresh = await pensionerById(q, row.id)
    return fresh ? certificationView(q, deps, fresh, today) : null
  })
  if (!certification) return fail('not_found')
  return ok({ outcome, certification })
}
