import type { FaceOutcome, FaceStart } from '@renshe/shared/retiree/schemas'
import { appendAudit, type Actor } from '../../platform/audit'
import { minutes } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
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
 * it) and hands back what `startFacialRecognitionVerify` needs: their own name and ID number,
 * unmasked, to themself only. Recorded, since it reads the ID number out.
 */
export function startFace(deps: Deps, actor: Actor, userId: string): Result<FaceStart> {
  const row = pensionerOfUser(deps.db, userId)
  if (!row) return fail('not_found')
  if (row.status === 'stopped') return fail('conflict')
  const now = deps.clock.now()
  const attemptId = newId(deps.random)
  deps.db.transaction((tx) => {
    insertFaceAttempt(tx, { id: attemptId, pensionerId: row.id, userId, provider: deps.face.kind, createdAt: now.toISOString(), finishedAt: null, outcome: null })
    appendAudit(tx, now, actor, { action: 'retiree.startFace', kind: 'write', objectType: 'face_attempt', objectId: attemptId })
  })
  return ok({ attemptId, provider: deps.face.kind, name: deps.sealer.open(row.nameEnc), idCardNumber: deps.sealer.open(row.idNumberEnc) })
}

/**
 * Asks the provider whether the face check passed. A pass certifies today; a failure counts
 * towards the three after which a home visit is offered. An attempt of someone else does not
 * exist; one already finished or older than ten minutes is refused. When the provider cannot be
 * reached nothing is recorded, so the same result can be sent again.
 */
export async function finishFace(deps: Deps, actor: Actor, userId: string, attemptId: string, verifyResult: string): Promise<Result<FaceOutcome>> {
  const attempt = faceAttemptById(deps.db, attemptId)
  if (!attempt || attempt.userId !== userId) return fail('not_found')
  if (attempt.finishedAt !== null) return fail('conflict', { detail: 'This face check is already finished' })
  if (deps.clock.now().getTime() - new Date(attempt.createdAt).getTime() > faceAttemptMaxAgeMs) {
    return fail('conflict', { detail: 'This face check has expired; start a new one' })
  }
  const row = pensionerById(deps.db, attempt.pensionerId)
  if (!row || row.status === 'stopped') return fail('conflict')

  const sealedOpenid = sealedOpenidOf(deps.db, userId)
  const verdict = await deps.face.verify({
    verifyResult,
    openid: sealedOpenid === null ? null : deps.sealer.open(sealedOpenid),
    idNumber: deps.sealer.open(row.idNumberEnc),
    name: deps.sealer.open(row.nameEnc),
  })
  if (!verdict.ok) return fail('partner_unavailable')

  const now = deps.clock.now()
  const today = todayOf(deps)
  const outcome = verdict.passed ? 'certified' : 'failed'
  const finished = deps.db.transaction(
    (tx) => {
      if (!finishFaceAttempt(tx, attempt.id, verdict.passed ? 'passed' : 'failed', now.toISOString())) return false
      appendAudit(tx, now, actor, { action: 'retiree.finishFace', kind: 'write', objectType: 'face_attempt', objectId: attempt.id })
      const current = pensionerForUpdate(tx, row.id)
      if (!current || current.status === 'stopped') return true
      if (verdict.passed) {
        certify(tx, deps, actor, { pensionerId: row.id, certifiedOn: today, method: 'face', source: null, signalId: null, taskId: null, review: 'none' })
      } else {
        updatePensioner(tx, row.id, { faceFailures: faceFailuresOf(current) + 1, faceFailuresFor: current.cycleStart })
      }
      return true
    },
    { behavior: 'immediate' },
  )
  if (!finished) return fail('conflict', { detail: 'This face check is already finished' })
  const fresh = pensionerById(deps.db, row.id)
  if (!fresh) return fail('not_found')
  return ok({ outcome, certification: certificationView(deps, fresh, today) })
}
