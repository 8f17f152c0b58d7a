import Taro from '@tarojs/taro'
import type { FaceCheckResult, FaceCheckSubject } from './face-check-types'

export type { FaceCheckResult, FaceCheckSubject } from './face-check-types'

// WeChat's code for "the person left the face check before it finished".
const leftBeforeTheEnd = 90100
// Read aloud and shake the head: the stronger liveness check of the two WeChat offers.
const readAloudAndMove = 2

function fields(value: unknown): { readonly verifyResult?: unknown; readonly errCode?: unknown; readonly errMsg?: unknown } {
  return typeof value === 'object' && value !== null ? value : {}
}

/** WeChat's own face check against the ID card; its token goes to the server, which asks WeChat. */
export async function startFaceCheck(subject: FaceCheckSubject): Promise<FaceCheckResult> {
  try {
    const answer = await Taro.startFacialRecognitionVerify({
      name: subject.name,
      idCardNumber: subject.idCardNumber,
      checkAliveType: readAloudAndMove,
    })
    return typeof answer.verifyResult === 'string' && answer.verifyResult
      ? { kind: 'result', verifyResult: answer.verifyResult }
      : { kind: 'error' }
  } catch (failure) {
    const { verifyResult, errCode, errMsg } = fields(failure)
    // A face that was not recognised still comes with a token: the server counts the attempt.
    if (typeof verifyResult === 'string' && verifyResult) return { kind: 'result', verifyResult }
    if (errCode === leftBeforeTheEnd || (typeof errMsg === 'string' && /cancel/i.test(errMsg))) return { kind: 'cancelled' }
    return { kind: 'error' }
  }
}
