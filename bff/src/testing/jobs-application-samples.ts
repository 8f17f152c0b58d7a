import type { Sample } from './operation-samples'

const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

/** Samples of the application, day-work and pay operations of `jobs`: each names nothing that exists. */
export const jobsApplicationSamples: Readonly<Record<string, Sample>> = {
  'jobs.apply': { params: { id: unknownId } },
  'jobs.listMyApplications': { query: { limit: '10' } },
  'jobs.listApplicants': { params: { id: unknownId }, query: { limit: '10' } },
  'jobs.decideApplication': { params: { id: unknownId }, body: { decision: 'invite' } },
  'jobs.getCheckInCode': { params: { id: unknownId } },
  'jobs.checkIn': { params: { id: unknownId }, body: { code: '123456' } },
  'jobs.checkOut': { params: { id: unknownId }, body: { code: '123456' } },
  'jobs.confirmAttendance': { params: { id: unknownId }, body: { action: 'check_in' } },
  'jobs.statePay': { params: { id: unknownId }, body: { paidFen: 20_000 } },
  'jobs.answerPay': { params: { id: unknownId }, body: { answer: 'confirmed' } },
  'jobs.rateEmployer': { params: { id: unknownId }, body: { stars: 5 } },
  'jobs.rateWorker': { params: { id: unknownId }, body: { stars: 5 } },
  'jobs.openWageComplaint': { params: { id: unknownId }, body: {} },
}
