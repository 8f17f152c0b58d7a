import { evidenceSamples } from './evidence-samples'
import type { Sample } from './operation-samples'

const unknownTask = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

/** What a grid staff member sends from the door: every box ticked, the photo, the place. */
export const sampleVisitReport = {
  checklist: { personPresent: true, matchesIdPhoto: true, answersQuestions: true },
  photoId: unknownTask,
  place: '鹿城区五马街道 12 号 3 楼',
} as const

/** Samples of the home-visit and officer operations of `retiree`. */
export const retireeVisitSamples: Readonly<Record<string, Sample>> = {
  'retiree.listVisits': {},
  'retiree.openProxyVisit': {},
  'retiree.getVisit': { params: { id: unknownTask } },
  'retiree.uploadVisitPhoto': { params: { id: unknownTask }, file: { name: '上门照片.jpg', bytes: evidenceSamples['image/jpeg'], type: 'image/jpeg' } },
  'retiree.getVisitPhoto': { params: { id: unknownTask } },
  'retiree.submitVisit': { params: { id: unknownTask }, body: sampleVisitReport },
  'retiree.getCoverage': {},
  'retiree.listPensioners': { query: { state: 'overdue', limit: '10' } },
  'retiree.assignVisit': { params: { id: unknownTask } },
  'retiree.listVisitsToReview': {},
  'retiree.reviewVisit': { params: { id: unknownTask }, body: { decision: 'approve' } },
  'retiree.listOverpayments': {},
  'retiree.listDeathRecords': { query: { status: 'pending' } },
  'retiree.getDeathRecord': { params: { id: unknownTask } },
  'retiree.confirmDeathRecord': { params: { id: unknownTask } },
  'retiree.reverseDeathRecord': { params: { id: unknownTask }, body: { note: '本人已到社保经办机构，信息有误' } },
}
