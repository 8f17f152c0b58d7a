import { evidenceSamples } from './evidence-samples'
import type { Sample } from './operation-samples'

const unknownCase = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

/** A draft id as the phone makes one when the worker starts (a v4 UUID). */
export const sampleDraftId = '3f2b8c1e-5d4a-4e6b-9c7d-2a1b0c9d8e7f'

/** A complete complaint naming an employer the portal does not know, with no files. */
export const sampleComplaintForm = {
  employer: { employerId: null, name: '温州某装饰工程有限公司', creditCode: null },
  site: { projectId: null, siteName: '江滨路商铺装修', regionCode: '330302', address: '鹿城区江滨路 12 号' },
  wages: { fromMonth: '2026-08', toMonth: '2026-10', amountFen: 2_340_000, payUnit: 'month', coWorkers: 2 },
  evidenceIds: [],
  contact: { phone: '13957700001' },
  description: '八月到十月的工资一直拖欠，老板说年底再给。',
} as const

/** Samples of the complaint operations of `wages`: drafts, evidence, cases, the queue. */
export const wagesSamples: Readonly<Record<string, Sample>> = {
  'wages.getDraft': {},
  'wages.saveDraft': { body: { draftId: sampleDraftId, step: 1, form: { employer: { name: '温州某装饰' }, contact: { phone: '139' } } } },
  'wages.deleteDraft': {},
  'wages.uploadEvidence': { file: { name: '工资条.jpg', bytes: evidenceSamples['image/jpeg'], type: 'image/jpeg' } },
  'wages.getEvidence': { params: { id: unknownCase } },
  'wages.deleteEvidence': { params: { id: unknownCase } },
  'wages.submitComplaint': { body: { draftId: sampleDraftId, form: sampleComplaintForm } },
  'wages.listMyComplaints': {},
  'wages.getComplaint': { params: { id: unknownCase } },
  'wages.actOnComplaint': { params: { id: unknownCase }, body: { kind: 'withdraw', reason: '' } },
  'wages.postMessage': { params: { id: unknownCase }, body: { text: '请问案件进展如何？', evidenceIds: [] } },
  'wages.respondAsEmployer': { params: { id: unknownCase }, body: { statement: '工资已于本月十日发放。', proofIds: [] } },
  'wages.listEmployerComplaints': {},
  'wages.listQueue': { query: { limit: '10' } },
  'wages.getRegionStats': {},
  'wages.getSubscribeSettings': {},
}
