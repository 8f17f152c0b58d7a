import { expect, test } from 'vitest'
import { z } from 'zod'
import { Role } from '@renshe/shared/identity/roles'
import { ProxyGrant } from '@renshe/shared/identity/schemas'
import type { Operation } from '@renshe/shared/platform/operation'
import { allOperations } from '@renshe/shared/platform/operations'
import { demoAccounts } from '../db/seed/demo-accounts'
import { devPartnerKeys, seededRetireeIds } from '../db/seed/retiree'
import { grantProxy, seededGrantOf } from '../testing/flows'
import { registeredPartner } from '../testing/retiree-flows'
import { createTestContext } from '../testing/harness'
import { expectProblem } from '../testing/http'
import { callSample, describeOperation, samples, unknownId } from '../testing/operation-samples'
import { revokeTestPartner } from '../testing/partners'
import { days } from './clock'

const sessionOperations = allOperations.filter((operation) => operation.access.kind === 'session')
const partnerOperations = allOperations.filter((operation) => operation.access.kind === 'partner')
/** A seeded partner key of each data level; the card operations are a bank's (decision 067), so a bank's key of each level (a level-1 bank is registered by the test). */
const partnerKeyOfLevel = { 1: devPartnerKeys.hospital, 2: devPartnerKeys.civilAffairs } as const
const keyOfLevel = (operation: Operation, level: 1 | 2, levelOneBank: string): string =>
  operation.id.startsWith('card.') ? { 1: levelOneBank, 2: devPartnerKeys.icbc }[level] : partnerKeyOfLevel[level]

function canActFor(operation: Operation): boolean {
  return operation.access.kind === 'session' && operation.access.proxyScope !== undefined && operation.access.roles.includes('citizen')
}
const proxyOperations = sessionOperations.filter(canActFor)
const ownOperations = sessionOperations.filter((operation) => !canActFor(operation))

/** What a proxied sample request answers when the grant covers it: success, or 404 for a made-up id (in the path or the query, or the report an application is made from). */
function coveredStatus(operation: Operation): number {
  const sample = samples[operation.id]
  const madeUp =
    sample?.params?.id === unknownId ||
    Object.values(sample?.query ?? {}).includes(unknownId) ||
    (sample?.body as { accidentId?: unknown } | undefined)?.accidentId === unknownId
  return madeUp ? 404 : (operation.successStatus ?? 200)
}

const oneRoleAccounts = ['citizen-li', 'staff-zhou', 'employer-demo', 'institution-demo', 'assessor-demo', 'venue-park', 'officer-liu', 'supervisor-wu', 'admin']
function rolesOfAccount(account: string): readonly Role[] {
  return demoAccounts.find((demo) => demo.account === account)?.roles ?? []
}

test('the demo accounts used for role checks each hold exactly one role, and together hold every role', () => {
  expect(oneRoleAccounts.map(rolesOfAccount)).toEqual(Role.options.map((role) => [role]))
})

test('a user whose role an operation does not admit is refused it, for every operation', async () => {
  const t = await createTestContext()
  const tokens = new Map<string, string>()
  for (const account of oneRoleAccounts) tokens.set(account, await t.login(account))
  for (const operation of sessionOperations) {
    if (operation.access.kind !== 'session') continue
    const admitted = operation.access.roles
    const outsiders = oneRoleAccounts.filter((account) => !rolesOfAccount(account).some((role) => admitted.includes(role)))
    if (outsiders.length === 0) expect([...admitted].sort(), describeOperation(operation)).toEqual([...Role.options].sort())
    for (const account of outsiders) {
      const response = await callSample(t, operation, { token: tokens.get(account) ?? '' })
      await expectProblem(response, 'forbidden', { because: `${account} → ${describeOperation(operation)}` })
    }
  }
})

test('a citizen who has not bound a real name is refused every real-name service', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  const realNameOperations = sessionOperations.filter((operation) => operation.access.kind === 'session' && operation.access.realName)
  expect(realNameOperations.map((operation) => operation.id).sort()).toEqual([
    'card.applyForCard',
    'card.cancelTemporaryLoss',
    'card.getEcardCode',
    'card.getMyApplication',
    'card.getMyBenefits',
    'card.getMyCard',
    'card.getMyCardPayments',
    'card.listOutlets',
    'card.reportCardLostTemporarily',
    'card.revealMyCard',
    'disputes.applyForArbitration',
    'disputes.applyForRelativeInjury',
    'disputes.getArbitrationPrefill',
    'disputes.reportAccident',
    'identity.createProxyGrant',
    'jobs.apply',
    'jobs.applySubsidy',
    'jobs.checkSubsidyPayout',
    'jobs.enrolFlexible',
    'jobs.getFlexiblePayment',
    'jobs.getMyFlexibleInsurance',
    'jobs.getMySubsidy',
    'jobs.openWageComplaint',
    'jobs.startFlexiblePayment',
    'records.getSummary',
    'records.getYear',
    'records.issueCertificate',
    'records.listCertificates',
    'retiree.confirmAssistance',
    'retiree.finishFace',
    'retiree.getAccount',
    'retiree.listAssistance',
    'retiree.openProxyVisit',
    'retiree.requestHomeVisit',
    'retiree.startFace',
    'training.acceptVoucher',
    'training.applyForMySubsidy',
    'training.cancelEnrolment',
    'training.checkIn',
    'training.checkMySubsidyPayment',
    'training.claimVoucher',
    'training.enrol',
    'training.getMine',
    'training.getMyEnrolment',
    'training.getMySubsidy',
    'training.getSkillsRecord',
    'training.searchCourses',
    'training.shareSkillsRecord',
    'wages.deleteDraft',
    'wages.getDraft',
    'wages.listMyComplaints',
    'wages.saveDraft',
    'wages.submitComplaint',
  ])
  for (const operation of realNameOperations) {
    await expectProblem(await callSample(t, operation, { token }), 'real_name_required', { because: describeOperation(operation) })
  }
})

test('a grid staff member acting for a citizen may call every operation the grant covers', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  expect(proxyOperations.map((operation) => operation.id).sort()).toEqual([
    'card.applyForCard',
    'card.cancelTemporaryLoss',
    'card.getMyApplication',
    'card.getMyBenefits',
    'card.getMyCard',
    'card.getMyCardPayments',
    'card.listOutlets',
    'card.reportCardLostTemporarily',
    'disputes.actOnArbitration',
    'disputes.actOnInjury',
    'disputes.applyForArbitration',
    'disputes.applyForInjury',
    'disputes.deleteFile',
    'disputes.getArbitration',
    'disputes.getArbitrationPrefill',
    'disputes.getFile',
    'disputes.getInjury',
    'disputes.listMyArbitrations',
    'disputes.listMyInjuries',
    'disputes.listMyUnsentFiles',
    'disputes.reportAccident',
    'disputes.uploadFile',
    'identity.getMe',
    'inbox.listMessages',
    'inbox.listPending',
    'jobs.answerPay',
    'jobs.apply',
    'jobs.checkIn',
    'jobs.checkOut',
    'jobs.getMyFlexibleInsurance',
    'jobs.getMyProfile',
    'jobs.getMySubsidy',
    'jobs.listMyApplications',
    'jobs.listMyMatches',
    'jobs.listNearMe',
    'jobs.openWageComplaint',
    'jobs.putMyProfile',
    'jobs.rateEmployer',
    'jobs.setRecommendationConsent',
    'records.getCertificate',
    'records.getSummary',
    'records.getYear',
    'records.issueCertificate',
    'records.listCertificates',
    'retiree.confirmAssistance',
    'retiree.getAccount',
    'retiree.listAssistance',
    'retiree.openProxyVisit',
    'retiree.requestHomeVisit',
    'wages.actOnComplaint',
    'wages.deleteDraft',
    'wages.deleteEvidence',
    'wages.getComplaint',
    'wages.getDraft',
    'wages.getEvidence',
    'wages.getSubscribeSettings',
    'wages.listMyComplaints',
    'wages.postMessage',
    'wages.saveDraft',
    'wages.searchEmployers',
    'wages.submitComplaint',
    'wages.uploadEvidence',
  ])
  for (const operation of proxyOperations) {
    const response = await callSample(t, operation, { token: staff, actingFor: grantId })
    expect(response.status, `${describeOperation(operation)} ${await response.clone().text()}`).toBe(coveredStatus(operation))
  }
})

test('a grid staff member acting for a citizen is refused every operation that cannot be done on someone else’s behalf', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  for (const operation of ownOperations) {
    const response = await callSample(t, operation, { token: staff, actingFor: grantId })
    await expectProblem(response, 'proxy_not_allowed', { because: describeOperation(operation) })
  }
})

test('a grid staff member without a grant cannot act for anyone with a made-up or malformed grant id', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-zhou')
  for (const operation of proxyOperations) {
    for (const actingFor of [unknownId, 'not-a-grant', `${unknownId}' or 1=1 --`]) {
      const response = await callSample(t, operation, { token: staff, actingFor })
      await expectProblem(response, 'proxy_grant_invalid', { because: `${describeOperation(operation)} as ${actingFor}` })
    }
  }
})

test('a grid staff member cannot use the grant a citizen gave to another grid staff member', async () => {
  const t = await createTestContext()
  const { grantId } = await seededGrantOf(t, await t.login('staff-chen'))
  const other = await t.login('staff-zhou')
  for (const operation of proxyOperations) {
    const response = await callSample(t, operation, { token: other, actingFor: grantId })
    const problem = await expectProblem(response, 'proxy_grant_invalid', { because: describeOperation(operation) })
    expect(JSON.stringify(problem)).not.toContain('王')
  }
})

test('a grid staff member whose grant has expired is refused at the next request, for every covered operation', async () => {
  const t = await createTestContext()
  const citizen = await t.login('citizen-zhang')
  const grant = await grantProxy(t, citizen, { staffCode: 'WG330302002', scopes: ['profile.read', 'records.read', 'records.certificate', 'inbox.read'], days: 1 })
  const staff = await t.login('staff-zhou')
  expect((await t.call('GET', '/api/records/summary', { token: staff, actingFor: grant.id })).status).toBe(200)

  t.clock.advance(days(1))
  const staffNextDay = await t.login('staff-zhou')
  for (const operation of proxyOperations) {
    const response = await callSample(t, operation, { token: staffNextDay, actingFor: grant.id })
    await expectProblem(response, 'proxy_grant_invalid', { because: describeOperation(operation) })
  }
  const listed = await t.call('GET', '/api/proxy/grants', { token: await t.login('citizen-zhang') })
  const { grants } = z.object({ grants: z.array(ProxyGrant) }).parse(await listed.json())
  expect(grants.find((g) => g.id === grant.id)?.status).toBe('expired')
})

test('a grid staff member whose grant was revoked cannot read the citizen’s records at the very next request', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  expect((await t.call('GET', '/api/records/summary', { token: staff, actingFor: grantId })).status).toBe(200)

  const elder = await t.login('elder-wang')
  const revoked = await t.call('POST', `/api/proxy/grants/${grantId}/revoke`, { token: elder })
  expect(ProxyGrant.parse(await revoked.json()).status).toBe('revoked')
  for (const operation of proxyOperations) {
    const response = await callSample(t, operation, { token: staff, actingFor: grantId })
    await expectProblem(response, 'proxy_grant_invalid', { because: describeOperation(operation) })
  }
})

test('a grid staff member is refused whatever the citizen did not tick on the grant', async () => {
  const t = await createTestContext()
  const citizen = await t.login('citizen-zhang')
  const grant = await grantProxy(t, citizen, { staffCode: 'WG330302002', scopes: ['inbox.read'] })
  const staff = await t.login('staff-zhou')
  for (const operation of proxyOperations) {
    const response = await callSample(t, operation, { token: staff, actingFor: grant.id })
    if (operation.access.kind === 'session' && operation.access.proxyScope === 'inbox.read') {
      expect(response.status, describeOperation(operation)).toBe(200)
    } else {
      await expectProblem(response, 'proxy_scope_missing', { because: describeOperation(operation) })
    }
  }
})

test('someone who is not grid staff cannot act for a citizen, even holding a real grant id', async () => {
  const t = await createTestContext()
  const { grantId } = await seededGrantOf(t, await t.login('staff-chen'))
  for (const account of ['citizen-zhang', 'officer-liu', 'admin']) {
    const token = await t.login(account)
    for (const operation of proxyOperations) {
      const response = await callSample(t, operation, { token, actingFor: grantId })
      await expectProblem(response, 'forbidden', { because: `${account} → ${describeOperation(operation)}` })
    }
  }
})

test('the partner operations are exactly the two a partner department sends and the seven of a bank serving card outlets and crediting its cards', () => {
  expect(partnerOperations.map((operation) => [operation.id, operation.access.kind === 'partner' ? operation.access.dataLevel : null]).sort()).toEqual([
    ['card.partnerConfirmCredits', 2],
    ['card.partnerListApplications', 1],
    ['card.partnerListCredits', 2],
    ['card.partnerRecordCollection', 2],
    ['card.partnerReportApplicationStep', 1],
    ['card.partnerReportCardLost', 2],
    ['card.partnerUploadCreditFile', 2],
    ['partner.sendDeathRecord', 2],
    ['partner.sendLifeSignal', 1],
  ])
})

test('every partner operation refuses a call without a key, with a made-up key or with only a session, as unauthenticated', async () => {
  const t = await createTestContext({ env: { VERIFY_RATE_LIMIT: '1000' } })
  const tokens = await Promise.all(['admin', 'officer-liu', 'citizen-zhang'].map((account) => t.login(account)))
  for (const operation of partnerOperations) {
    await expectProblem(await callSample(t, operation), 'unauthenticated', { because: `${describeOperation(operation)} without a key` })
    for (const partnerKey of ['', 'rp_dev_civil_0000000000000000', `${devPartnerKeys.civilAffairs}x`, devPartnerKeys.civilAffairs.toUpperCase()]) {
      await expectProblem(await callSample(t, operation, { partnerKey }), 'unauthenticated', { because: `${describeOperation(operation)} with ${partnerKey}` })
    }
    for (const token of tokens) {
      await expectProblem(await callSample(t, operation, { token }), 'unauthenticated', { because: `${describeOperation(operation)} with a session` })
    }
  }
})

test('every partner operation refuses a revoked key as unauthenticated', async () => {
  const t = await createTestContext()
  await revokeTestPartner(t, seededRetireeIds.partners.civilAffairs)
  for (const operation of partnerOperations) {
    await expectProblem(await callSample(t, operation, { partnerKey: devPartnerKeys.civilAffairs }), 'unauthenticated', { because: describeOperation(operation) })
  }
})

test('every partner operation refuses a key of a lower data level as forbidden, and admits one of its level', async () => {
  const t = await createTestContext()
  const levelOneBank = (await registeredPartner(t, { name: '温州农商银行', kind: 'bank', dataLevel: 1 })).key
  for (const operation of partnerOperations) {
    if (operation.access.kind !== 'partner') continue
    const level = operation.access.dataLevel
    for (const lower of ([1, 2] as const).filter((candidate) => candidate < level)) {
      await expectProblem(await callSample(t, operation, { partnerKey: keyOfLevel(operation, lower, levelOneBank) }), 'forbidden', { because: `${describeOperation(operation)} at level ${lower}` })
    }
    // Admitted: past the key, its level and its kind, to the operation's own answer (a made-up id is not found).
    const admitted = await callSample(t, operation, { partnerKey: keyOfLevel(operation, level, levelOneBank) })
    expect(admitted.status, `${describeOperation(operation)} ${await admitted.clone().text()}`).toBe(coveredStatus(operation))
  }
})
