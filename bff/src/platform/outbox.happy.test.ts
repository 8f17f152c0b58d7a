import { expect, test } from 'vitest'
import { caseTemplateId, createOutboxContext } from '../testing/outbox-context'
import { testStart } from '../testing/harness'
import { dispatchOutbound, enqueueSubscribeMessage } from './outbox'
import { subscribeDataOf } from './subscribe-data'

test('a case accepted in a transaction reaches the citizen on WeChat as a case-progress message', async () => {
  const o = await createOutboxContext()
  const userId = await o.giveOpenid('citizen-zhang', 'o-zhang')
  await o.enqueue({ userId })
  expect(await o.rows()).toEqual([
    expect.objectContaining({ user_id: userId, template: 'wages.accepted', status: 'pending', attempts: 0, next_attempt_at: testStart, sent_at: null }),
  ])

  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 1, skipped: 0, failed: 0 })
  expect(await o.rows()).toEqual([expect.objectContaining({ status: 'sent', attempts: 1, sent_at: testStart, last_error: null })])
  expect(o.wechat.received.map((received) => received.body)).toEqual([
    {
      touser: 'o-zhang',
      template_id: caseTemplateId,
      page: 'features/wages/pages/case/index?id=c1',
      data: {
        thing1: { value: 'WG2026000123' },
        phrase2: { value: '已受理' },
        time3: { value: '2026-11-29 10:00' },
        thing4: { value: '点击查看详情' },
      },
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    },
  ])
  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 0, skipped: 0, failed: 0 })
  expect(o.wechat.received).toHaveLength(1)
})

test('a message queued in a transaction that rolls back is never sent', async () => {
  const o = await createOutboxContext()
  const userId = await o.giveOpenid('citizen-zhang', 'o-zhang')
  await expect(
    o.deps.db.transaction(async (tx) => {
      await enqueueSubscribeMessage(tx, o.deps.random, o.deps.clock.now(), { userId, template: 'wages.closed', params: {}, link: null })
      throw new Error('the change it reports failed')
    }),
  ).rejects.toThrow('the change it reports failed')
  expect(await o.rows()).toEqual([])
  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 0, skipped: 0, failed: 0 })
})

test('a demo account that never logged in with WeChat is skipped, and WeChat is not asked', async () => {
  const o = await createOutboxContext()
  await o.enqueue({ userId: await o.userIdOf('citizen-li') })
  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 0, skipped: 1, failed: 0 })
  expect(await o.rows()).toEqual([expect.objectContaining({ status: 'skipped', last_error: 'no_openid' })])
  expect(o.wechat.requests).toEqual([])
})

test('a dispatch sends at most its limit, oldest first, and the next one sends the rest', async () => {
  const o = await createOutboxContext()
  const userId = await o.giveOpenid('citizen-zhang', 'o-zhang')
  for (let i = 1; i <= 5; i += 1) {
    await o.enqueue({ userId, params: { caseNumber: `WG202600000${i}` } })
    o.t.clock.advance(1000)
  }
  expect(await dispatchOutbound(o.deps, { limit: 3 })).toEqual({ sent: 3, skipped: 0, failed: 0 })
  expect(await dispatchOutbound(o.deps, { limit: 3 })).toEqual({ sent: 2, skipped: 0, failed: 0 })
  expect(o.wechat.received.map((received) => received.body.data.thing1?.value)).toEqual([1, 2, 3, 4, 5].map((i) => `WG202600000${i}`))
})

test('the message data fits WeChat’s rules: a status word of at most five Chinese characters, short things, China time', () => {
  const at = new Date('2026-12-31T16:30:00.000Z')
  expect(subscribeDataOf('wages.employerResponded', { caseNumber: 'WG2026000123' }, at)).toEqual({
    thing1: { value: 'WG2026000123' },
    phrase2: { value: '单位已答复' },
    time3: { value: '2027-01-01 00:30' },
    thing4: { value: '点击查看详情' },
  })
  expect(subscribeDataOf('wages.somethingNew', {}, at).phrase2.value).toBe('进度更新')
  expect(subscribeDataOf('wages.closed', { caseNumber: '  ' }, at).thing1.value).toBe('您的办件')
  // A pensioner's messages have no case number: they name the service, never the person or the amount.
  expect(subscribeDataOf('retiree.resumed', { months: 2, amountFen: 825_000 }, at)).toMatchObject({ thing1: { value: '养老金资格认证' }, phrase2: { value: '恢复发放' } })
  // A death record held the pension: the lock screen says payments are held, never why.
  expect(subscribeDataOf('retiree.deathRecordHeld', {}, at)).toMatchObject({ thing1: { value: '养老金资格认证' }, phrase2: { value: '暂停发放' } })
  const long = subscribeDataOf('wages.closed', { caseNumber: '劳'.repeat(30) }, at).thing1.value
  expect(Array.from(long)).toHaveLength(20)
  expect(long.endsWith('…')).toBe(true)
  for (const template of ['wages.submitted', 'wages.accepted', 'wages.rejected', 'wages.mediationStarted', 'wages.mediationRecorded',
    'wages.transferredInspection', 'wages.transferredArbitration', 'wages.extended', 'wages.closed', 'wages.withdrawn', 'wages.message',
    'retiree.dueSoon', 'retiree.overdue', 'retiree.suspended', 'retiree.certified', 'retiree.resumed', 'retiree.assistanceOffered',
    'retiree.deathRecordHeld', 'retiree.pensionRestored']) {
    expect(subscribeDataOf(template, {}, at).phrase2.value, template).toMatch(/^\p{Script=Han}{1,5}$/u)
  }
})

test('a dispute’s step is said by its own word, within five characters; an unknown step falls back to the plain word', () => {
  const at = new Date('2026-11-29T02:00:00.000Z')
  expect(subscribeDataOf('disputes.arbitrationStep', { caseNumber: 'LZ2026000001', step: 'awarded' }, at)).toMatchObject({
    thing1: { value: 'LZ2026000001' },
    phrase2: { value: '已裁决' },
  })
  expect(subscribeDataOf('disputes.injuryStep', { caseNumber: 'GS-1', step: 'documents_requested' }, at).phrase2.value).toBe('待补材料')
  expect(subscribeDataOf('disputes.injuryStep', { step: 'nonsense' }, at).phrase2.value).toBe('进度更新')
  for (const step of ['accepted', 'refused', 'served', 'tribunal_formed', 'defence_submitted', 'defence_served', 'hearing_scheduled', 'hearing_postponed', 'heard', 'extended', 'awarded', 'withdrawn',
    'documents_requested', 'documents_supplied', 'facts_marked_clear', 'recognised', 'not_recognised', 'assessment_requested', 'assessment_extended', 'assessed', 'review_requested']) {
    expect(subscribeDataOf('disputes.injuryStep', { step }, at).phrase2.value, step).toMatch(/^\p{Script=Han}{1,5}$/u)
  }
  for (const template of ['disputes.arbitrationReceived', 'disputes.arbitrationOverdue', 'disputes.injuryReceived', 'disputes.injuryWindowOpen']) {
    expect(subscribeDataOf(template, {}, at).phrase2.value, template).toMatch(/^\p{Script=Han}{1,5}$/u)
  }
})

test('a contract’s message is named by its number and said by its own word, within five characters; the notice of no contract names neither her employer nor anyone', () => {
  const at = new Date('2026-11-29T02:00:00.000Z')
  expect(subscribeDataOf('contracts.toSign', { contractNumber: 'HT3303022026000001-QK7M2D', employerName: '温州瓯江建设有限公司', contractId: 'c1' }, at)).toMatchObject({
    thing1: { value: 'HT3303022026000001-…' },
    phrase2: { value: '待签署' },
  })
  expect(subscribeDataOf('contracts.signed', { contractNumber: 'HT330302', contractId: 'c1' }, at)).toMatchObject({ thing1: { value: 'HT330302' }, phrase2: { value: '已签署' } })
  const noContract = subscribeDataOf('contracts.noWrittenContract', { employerName: '温州瓯江建设有限公司', startedOn: '2026-06-01', doubleFrom: '2026-07-01', doubleUntil: '2027-06-01' }, at)
  expect(noContract).toMatchObject({ thing1: { value: '劳动合同' }, phrase2: { value: '未签合同' } })
  expect(JSON.stringify(noContract)).not.toContain('瓯江')
  for (const template of ['contracts.toSign', 'contracts.signed', 'contracts.declined', 'contracts.withdrawn', 'contracts.noWrittenContract']) {
    expect(subscribeDataOf(template, {}, at).phrase2.value, template).toMatch(/^\p{Script=Han}{1,5}$/u)
  }
})
