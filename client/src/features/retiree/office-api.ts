import { getDeathRecord, getVisitPhoto, listPensioners } from '@renshe/shared/retiree/contract'
import type { CertificationState } from '@renshe/shared/retiree/schemas'
import { call } from '../../lib/api'

const pageSize = 20

/** One page of the region's pensioners in one state, nearest deadline first. */
export const pensionersPage = (state: CertificationState) => (cursor: string | undefined) =>
  call(listPensioners, { query: { limit: pageSize, state, ...(cursor ? { cursor } : {}) } })

/** The photo of a submitted home visit, by the visit's task id. */
export const visitPhoto = (taskId: string) => call(getVisitPhoto, { params: { id: taskId } })

/** One death record of the officer's region, as it stands now. */
export const deathRecord = (id: string) => call(getDeathRecord, { params: { id } })
