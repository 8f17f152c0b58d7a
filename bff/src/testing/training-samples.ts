import { eq } from 'drizzle-orm'
import { MyTraining } from '@renshe/shared/training/schemas'
import { trainingSubsidies, trainingVouchers } from '../db/schema'
import { seededTrainingIds } from '../db/seed/training'
import type { Sample } from './operation-samples'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { attendingZhang, record, share } from './training-assessment-flows'
import { around, checkInCall, codeNow, deviceOf, firstSession, loggedInAt, suspended, zhangOnRoster } from './training-attendance-flows'
import { cancel, decide, enrolIn, enrolled, sampleCourse } from './training-course-flows'
import { claimed, openProgramme, runTraining, sampleProgramme } from './training-flows'
import { appliedMine, applyForTrainee, applyMine, approve, assessedOnWelding, assessedZhang, declineApplication } from './training-subsidy-flows'
import { approvedMine, checkMine, payRun, setAccount } from './training-subsidy-payments'
import type { AuditedWrite } from './wages-audit-walk'
import { userIdOf } from './wages-flows'

const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

const sampleInstitutionAccount = { bankName: '中国建设银行温州分行', accountNo: '33050162723509000217' } as const

export const trainingSamples: Readonly<Record<string, Sample>> = {
  'training.getMine': {},
  'training.claimVoucher': { params: { id: unknownId } },
  'training.acceptVoucher': { params: { id: unknownId } },
  'training.createProgramme': { body: sampleProgramme },
  'training.listProgrammes': { query: { status: 'open', limit: '10' } },
  'training.getProgramme': { params: { id: unknownId } },
  'training.closeProgramme': { params: { id: unknownId } },
  'training.approveInstitutions': { params: { id: unknownId }, body: { institutionIds: [unknownId] } },
  'training.listInstitutions': {},
  'training.createCourse': { body: sampleCourse },
  'training.listInstitutionCourses': { query: { limit: '10' } },
  'training.getRoster': { params: { id: unknownId } },
  'training.decideEnrolment': { params: { id: unknownId }, body: { decision: 'confirm' } },
  'training.searchCourses': { query: { occupationCode: '4-10-01-05', limit: '10' } },
  'training.enrol': { params: { id: unknownId }, body: { voucherId: unknownId } },
  'training.cancelEnrolment': { params: { id: unknownId } },
  'training.getSessionCode': { params: { id: unknownId } },
  'training.getMyEnrolment': { params: { id: unknownId } },
  'training.checkIn': { params: { id: unknownId }, body: { code: '123456', deviceId: 'device-sample-0123456789' } },
  'training.getSupervision': {},
  'training.listInstitutionFlags': { params: { id: unknownId }, query: { limit: '10' } },
  'training.suspendInstitution': { params: { id: unknownId }, body: { reason: '冒名签到，暂停整改' } },
  'training.reinstateInstitution': { params: { id: unknownId } },
  'training.listAssessableCourses': { query: { limit: '10' } },
  'training.getAssessmentCourse': { params: { id: unknownId } },
  'training.recordAssessment': { params: { id: unknownId }, body: { passed: true, certificateNumber: 'S000033030226Z00001' } },
  'training.getSkillsRecord': {},
  'training.shareSkillsRecord': {},
  'training.verifySkillsSummary': { params: { code: '7KQ2-M9XD-4TPA' } },
  'training.applyForTraineeSubsidy': { params: { id: unknownId } },
  'training.listInstitutionSubsidies': { query: { limit: '10' } },
  'training.applyForMySubsidy': { params: { id: unknownId }, body: { payTo: 'wechat' } },
  'training.getMySubsidy': { params: { id: unknownId } },
  'training.listSubsidyApplications': { query: { status: 'applied', limit: '10' } },
  'training.approveSubsidies': { body: { applicationIds: [unknownId] } },
  'training.declineSubsidy': { params: { id: unknownId }, body: { reason: '证书编号与评价记录不符' } },
  'training.paySubsidies': { body: { applicationIds: [unknownId] } },
  'training.checkMySubsidyPayment': { params: { id: unknownId } },
  'training.getInstitutionAccount': {},
  'training.setInstitutionAccount': { body: sampleInstitutionAccount },
}

/** Zhang claims the seeded general voucher and asks to enrol with it in the seeded course it covers. */
async function zhangAsks(t: TestContext) {
  const token = await t.login('citizen-zhang')
  const zhang = await userIdOf(t, 'citizen-zhang')
  const voucher = await claimed(t, token, seededTrainingIds.programmes.general, 'audit-walk-claim-for-course')
  return { token, zhang, voucher }
}

/** A successful call of every training operation that writes, for the audit walk. */
export const trainingAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite>> = {
  'training.createProgramme': async (t) => {
    const token = await t.login('officer-liu')
    const liu = await userIdOf(t, 'officer-liu')
    return { act: () => t.call('POST', '/api/training/programmes', { token, idempotencyKey: 'audit-walk-programme', body: sampleProgramme }), actor: liu, subject: liu }
  },
  'training.closeProgramme': async (t) => {
    const token = await t.login('officer-liu')
    const liu = await userIdOf(t, 'officer-liu')
    return { act: () => t.call('POST', `/api/training/programmes/${seededTrainingIds.programmes.general}/close`, { token }), actor: liu, subject: liu }
  },
  'training.approveInstitutions': async (t) => {
    const token = await t.login('officer-liu')
    const liu = await userIdOf(t, 'officer-liu')
    const programme = await openProgramme(t, token, {}, 'audit-walk-programme-to-approve')
    const institutionIds = [await userIdOf(t, 'institution-demo')]
    return { act: () => t.call('POST', `/api/training/programmes/${programme.id}/institutions`, { token, body: { institutionIds } }), actor: liu, subject: liu }
  },
  'training.claimVoucher': async (t) => {
    const token = await t.login('citizen-zhang')
    const zhang = await userIdOf(t, 'citizen-zhang')
    return { act: () => t.call('POST', `/api/training/programmes/${seededTrainingIds.programmes.general}/claim`, { token, idempotencyKey: 'audit-walk-claim' }), actor: zhang, subject: zhang }
  },
  'training.acceptVoucher': async (t) => {
    // The job pushes the seeded targeted programme's voucher to zhang; she accepts it from her inbox.
    await runTraining(t)
    const token = await t.login('citizen-zhang')
    const zhang = await userIdOf(t, 'citizen-zhang')
    const mine = await expectOk(await t.call('GET', '/api/training/me', { token }), MyTraining)
    const pushed = mine.vouchers.find((voucher) => voucher.reach === 'targeted')
    if (!pushed) throw new Error('the job pushed no voucher to citizen-zhang')
    return { act: () => t.call('POST', `/api/training/vouchers/${pushed.id}/accept`, { token }), actor: zhang, subject: zhang }
  },
  'training.createCourse': async (t) => {
    const token = await t.login('institution-demo')
    const school = await userIdOf(t, 'institution-demo')
    return { act: () => t.call('POST', '/api/training/institution/courses', { token, idempotencyKey: 'audit-walk-course', body: sampleCourse }), actor: school, subject: school }
  },
  'training.enrol': async (t) => {
    const { token, zhang, voucher } = await zhangAsks(t)
    return { act: () => enrolIn(t, token, seededTrainingIds.courses.elderCare, voucher.id, 'audit-walk-enrol'), actor: zhang, subject: zhang }
  },
  'training.decideEnrolment': async (t) => {
    const { token, zhang, voucher } = await zhangAsks(t)
    const enrolment = await enrolled(t, token, seededTrainingIds.courses.elderCare, voucher.id)
    const institution = await t.login('institution-demo')
    return { act: () => decide(t, institution, enrolment.id, { decision: 'confirm' }), actor: await userIdOf(t, 'institution-demo'), subject: zhang }
  },
  'training.cancelEnrolment': async (t) => {
    const { token, zhang, voucher } = await zhangAsks(t)
    const enrolment = await enrolled(t, token, seededTrainingIds.courses.elderCare, voucher.id)
    return { act: () => cancel(t, token, enrolment.id), actor: zhang, subject: zhang }
  },
  'training.recordAssessment': async (t) => {
    const { enrolmentId, zhang } = await attendingZhang(t)
    const assessor = await t.login('assessor-demo')
    return { act: () => record(t, assessor, enrolmentId, { passed: true, certificateNumber: 'S000033030226Z00001' }), actor: await userIdOf(t, 'assessor-demo'), subject: zhang }
  },
  'training.shareSkillsRecord': async (t) => {
    const token = await t.login('citizen-zhang')
    const zhang = await userIdOf(t, 'citizen-zhang')
    return { act: () => share(t, token, 'audit-walk-skills-summary'), actor: zhang, subject: zhang }
  },
  'training.checkIn': async (t) => {
    const { zhang } = await zhangOnRoster(t, 'audit-walk-attendance')
    const { token } = await loggedInAt(t, around.open)
    // The code is read when the call is made: the walk moves the clock on before it.
    return { act: () => checkInCall(t, token, firstSession, codeNow(t), deviceOf('zhang')), actor: zhang, subject: zhang }
  },
  'training.suspendInstitution': async (t) => {
    const token = await t.login('officer-liu')
    const liu = await userIdOf(t, 'officer-liu')
    const school = await userIdOf(t, 'institution-demo')
    return { act: () => t.call('POST', `/api/training/supervision/institutions/${school}/suspend`, { token, body: { reason: '冒名签到，暂停整改' } }), actor: liu, subject: liu }
  },
  'training.applyForTraineeSubsidy': async (t) => {
    const { enrolmentId, zhang } = await assessedOnWelding(t)
    const institution = await t.login('institution-demo')
    return { act: () => applyForTrainee(t, institution, enrolmentId, 'audit-walk-subsidy-trainee'), actor: await userIdOf(t, 'institution-demo'), subject: zhang }
  },
  'training.applyForMySubsidy': async (t) => {
    const { voucherId, zhang } = await assessedZhang(t)
    const token = await t.login('citizen-zhang')
    return { act: () => applyMine(t, token, voucherId, 'audit-walk-subsidy-mine'), actor: zhang, subject: zhang }
  },
  'training.approveSubsidies': async (t) => {
    const { token, voucherId, zhang } = await assessedZhang(t)
    const application = await appliedMine(t, token, voucherId)
    const liu = await t.login('officer-liu')
    return { act: () => approve(t, liu, [application.id], 'audit-walk-subsidy-batch'), actor: await userIdOf(t, 'officer-liu'), subject: zhang }
  },
  'training.declineSubsidy': async (t) => {
    const { token, voucherId, zhang } = await assessedZhang(t)
    const application = await appliedMine(t, token, voucherId)
    const liu = await t.login('officer-liu')
    return { act: () => declineApplication(t, liu, application.id), actor: await userIdOf(t, 'officer-liu'), subject: zhang }
  },
  'training.paySubsidies': async (t) => {
    const { application, zhang } = await approvedMine(t)
    const liu = await t.login('officer-liu')
    return { act: () => payRun(t, liu, [application.id], 'audit-walk-subsidy-payment'), actor: await userIdOf(t, 'officer-liu'), subject: zhang }
  },
  'training.checkMySubsidyPayment': async (t) => {
    const { application, voucherId, zhang, token } = await approvedMine(t)
    await payRun(t, await t.login('officer-liu'), [application.id])
    // The development channel pays at once: the payment is put back on its way, as a transfer waiting for her.
    await t.deps.db.transaction(async (tx) => {
      await tx.update(trainingSubsidies).set({ status: 'approved', paymentStatus: 'pending', paidAt: null }).where(eq(trainingSubsidies.id, application.id))
      await tx.update(trainingVouchers).set({ status: 'approved' }).where(eq(trainingVouchers.id, voucherId))
    })
    return { act: () => checkMine(t, token, voucherId), actor: zhang, subject: zhang }
  },
  'training.setInstitutionAccount': async (t) => {
    const token = await t.login('institution-demo')
    const school = await userIdOf(t, 'institution-demo')
    return { act: () => setAccount(t, token, sampleInstitutionAccount, 'audit-walk-institution-account'), actor: school, subject: school }
  },
  'training.reinstateInstitution': async (t) => {
    const token = await t.login('officer-liu')
    const liu = await userIdOf(t, 'officer-liu')
    const school = await userIdOf(t, 'institution-demo')
    await suspended(t, token, school)
    return { act: () => t.call('POST', `/api/training/supervision/institutions/${school}/reinstate`, { token }), actor: liu, subject: liu }
  },
}
