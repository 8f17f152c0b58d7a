import {
  confirmAssistance,
  finishFaceCertification,
  getVisit,
  listVisits,
  openProxyVisit,
  startFaceCertification,
  submitVisit,
  uploadVisitPhoto,
} from '@renshe/shared/retiree/contract'
import type { VisitReport } from '@renshe/shared/retiree/schemas'
import { call } from '../../lib/api'
import { upload } from '../../lib/upload/upload'

export const startFace = () => call(startFaceCertification, {})

/** `simulated` only for the development provider's labelled panel; WeChat's result is asked of WeChat by the server. */
export const finishFace = (attemptId: string, verifyId: string, simulated?: 'pass' | 'fail') =>
  call(finishFaceCertification, { params: { id: attemptId }, body: simulated ? { verifyId, simulated } : { verifyId } })

export const confirmOffer = (offerId: string) => call(confirmAssistance, { params: { id: offerId } })

// The visit pages are the grid worker's own work: they are sent as the worker, even while the
// worker is acting for someone (the acting banner stays; the pensioner's grant is not used).

export const loadVisits = () => call(listVisits, {}, { actingFor: null })

export const loadVisit = (taskId: string) => call(getVisit, { params: { id: taskId } }, { actingFor: null })

/** Opens (or finds) the home visit of the pensioner who granted `grantId`, under that grant for this one call. */
export const openVisitFor = (grantId: string, idempotencyKey: string) => call(openProxyVisit, {}, { actingFor: grantId, idempotencyKey })

export const sendVisitPhoto = (
  taskId: string,
  photo: { readonly filePath: string; readonly name: string; readonly uploadKey: string },
  onProgress: (percent: number) => void,
) =>
  upload(uploadVisitPhoto, {
    params: { id: taskId },
    filePath: photo.filePath,
    fileName: photo.name,
    idempotencyKey: photo.uploadKey,
    actingFor: null,
    onProgress,
  })

export const sendVisitReport = (taskId: string, report: VisitReport, idempotencyKey: string) =>
  call(submitVisit, { params: { id: taskId }, body: report }, { idempotencyKey, actingFor: null })
