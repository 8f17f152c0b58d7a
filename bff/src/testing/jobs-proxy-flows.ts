import type { TestContext } from './harness'
import { codeOf, decide, openPost, tokenFor, withProfile } from './jobs-application-flows'
import type { As } from './wages-flows'

/**
 * One successful call of each jobs operation grid staff may make for a citizen on an object of
 * hers, for the walk of her access log: each builds its own post and application first, as
 * the citizen's helper would reach that step (applied, hired, worked, paid or not).
 */
export async function jobsObjectRequests(t: TestContext, as: As): Promise<Record<string, () => Promise<Response>>> {
  await withProfile(t, as.token, as.actingFor)
  const applyFor = async (postId: string) => {
    const response = await t.call('POST', `/api/jobs/posts/${postId}/applications`, as)
    if (response.status !== 201) throw new Error(`applying: ${response.status} ${await response.text()}`)
    return ((await response.json()) as { id: string }).id
  }
  const hiredOn = async () => {
    const postId = await openPost(t)
    const applicationId = await applyFor(postId)
    await decide(t, applicationId, { decision: 'invite' })
    await decide(t, applicationId, { decision: 'hire' })
    return { postId, applicationId }
  }
  const attend = async (postId: string, applicationId: string, action: 'check-in' | 'check-out') => {
    const response = await t.call('POST', `/api/jobs/applications/${applicationId}/${action}`, { ...as, body: { code: await codeOf(t, postId) } })
    if (response.status !== 200) throw new Error(`${action}: ${response.status} ${await response.text()}`)
    return (await response.json()) as { days: { id: string }[] }
  }
  const worked = async () => {
    const { postId, applicationId } = await hiredOn()
    await attend(postId, applicationId, 'check-in')
    const out = await attend(postId, applicationId, 'check-out')
    const dayId = out.days[0]?.id
    if (!dayId) throw new Error('a day checked out has a day')
    return { applicationId, dayId }
  }
  const paidStated = async () => {
    const { applicationId, dayId } = await worked()
    const stated = await t.call('POST', `/api/jobs/attendance/${dayId}/pay`, { token: await tokenFor(t, 'employer-demo'), body: { paidFen: 5_000 } })
    if (stated.status !== 200) throw new Error(`stating pay: ${stated.status} ${await stated.text()}`)
    return { applicationId, dayId }
  }
  return {
    'jobs.apply': async () => t.call('POST', `/api/jobs/posts/${await openPost(t)}/applications`, as),
    'jobs.checkIn': async () => {
      const { postId, applicationId } = await hiredOn()
      return t.call('POST', `/api/jobs/applications/${applicationId}/check-in`, { ...as, body: { code: await codeOf(t, postId) } })
    },
    'jobs.checkOut': async () => {
      const { postId, applicationId } = await hiredOn()
      await attend(postId, applicationId, 'check-in')
      return t.call('POST', `/api/jobs/applications/${applicationId}/check-out`, { ...as, body: { code: await codeOf(t, postId) } })
    },
    'jobs.answerPay': async () => {
      const { dayId } = await paidStated()
      return t.call('POST', `/api/jobs/attendance/${dayId}/pay-answer`, { ...as, body: { answer: 'confirmed' } })
    },
    'jobs.rateEmployer': async () => {
      const { applicationId } = await worked()
      return t.call('POST', `/api/jobs/applications/${applicationId}/employer-rating`, { ...as, body: { stars: 4 } })
    },
    'jobs.openWageComplaint': async () => {
      const { dayId } = await paidStated()
      const disputed = await t.call('POST', `/api/jobs/attendance/${dayId}/pay-answer`, { ...as, body: { answer: 'disputed' } })
      if (disputed.status !== 200) throw new Error(`disputing pay: ${disputed.status} ${await disputed.text()}`)
      return t.call('POST', `/api/jobs/attendance/${dayId}/wage-complaint`, { ...as, body: { amountOwedFen: 15_000 } })
    },
  }
}
