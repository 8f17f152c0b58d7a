import { expect, test } from 'vitest'
import { translator } from '../../lib/i18n/translate'
import { checkDecision } from './decision-values'
import { fieldProblems } from './field-errors'
import { jobsMessages } from './messages'
import { checkPost, emptyPost, postFieldIds, postValuesOf, withKind, type PostValues } from './post-values'

const zh = translator(jobsMessages, 'zh-CN')
const en = translator(jobsMessages, 'en')

const dayJob: PostValues = {
  ...emptyPost,
  title: '小区保洁（日结）',
  occupation: '4-09-08-01',
  place: { community: '南浦社区', regionCode: '330302', lat: '28.0081', lng: '120.6643', source: 'typed' },
  payAmount: '200',
  headcount: '3',
  startDate: '2026-11-20',
  endDate: '2026-11-21',
  shiftDates: '2026-11-21，2026-11-20',
  from: '8:00',
  to: '12:00',
  skills: '保洁',
}

test('a day job is worked on its dates, each once and in order, with the hours typed', () => {
  const checked = checkPost(dayJob, 'zh-CN', zh)
  expect(checked.ok).toBe(true)
  if (!checked.ok) return
  expect(checked.value.shifts).toEqual({
    kind: 'dated',
    times: [
      { date: '2026-11-20', from: '08:00', to: '12:00' },
      { date: '2026-11-21', from: '08:00', to: '12:00' },
    ],
  })
  expect(checked.value).toMatchObject({ pay: { amountFen: 20_000, unit: 'day' }, headcount: 3, endDate: '2026-11-21', description: '' })
})

test('a part-time job is worked on days of the week; an empty end date is a job with no end', () => {
  const partTime = { ...withKind(dayJob, 'part_time'), days: [2, 4], endDate: '' }
  expect(partTime.payUnit).toBe('hour')
  const checked = checkPost({ ...partTime, payAmount: '25' }, 'zh-CN', zh)
  expect(checked.ok).toBe(true)
  if (!checked.ok) return
  expect(checked.value.shifts).toEqual({ kind: 'weekly', times: [{ day: 2, from: '08:00', to: '12:00' }, { day: 4, from: '08:00', to: '12:00' }] })
  expect(checked.value.endDate).toBeNull()
})

test('a pay unit the employer chose stays when the kind of job changes', () => {
  expect(withKind({ ...dayJob, payUnit: 'piece' }, 'full_time').payUnit).toBe('piece')
  expect(withKind(dayJob, 'full_time').payUnit).toBe('month')
})

test('an empty post names what is missing, in English, and a day job’s missing dates land on its dates field', () => {
  const checked = checkPost(emptyPost, 'en', en)
  expect(checked.ok).toBe(false)
  if (checked.ok) return
  const errors = fieldProblems(checked.problems, postFieldIds('day'))
  expect(errors.map((error) => error.fieldId)).toEqual(['post-title', 'post-occupation', 'post-community', 'post-region', 'post-lat', 'post-pay', 'post-start', 'post-shift-dates'])
  expect(errors[1]?.message).toBe('Choose an occupation')
  expect(errors[5]?.message).toBe('Enter an amount, for example 180 or 25.5')
})

test('shift dates outside the job’s dates, and an end before the start, are the contract’s words', () => {
  const checked = checkPost({ ...dayJob, shiftDates: '2026-12-01' }, 'zh-CN', zh)
  expect(checked.ok).toBe(false)
  if (checked.ok) return
  expect(fieldProblems(checked.problems, postFieldIds('day'))).toEqual([{ fieldId: 'post-shift-dates', message: '班次日期应在招聘的开始和结束日期之间' }])
  const backwards = checkPost({ ...dayJob, endDate: '2026-11-19', shiftDates: '2026-11-20' }, 'zh-CN', zh)
  expect(backwards.ok).toBe(false)
  if (backwards.ok) return
  expect(fieldProblems(backwards.problems, postFieldIds('day'))[0]).toEqual({ fieldId: 'post-end', message: '结束日期不能早于开始日期' })
})

test('an officer must choose, must give a reason to decline, and a note to approve a held post', () => {
  const ids = { decision: 'd', note: 'n' }
  const problemsOf = (checked: ReturnType<typeof checkDecision>) => (checked.ok ? [] : fieldProblems(checked.problems, ids))
  expect(problemsOf(checkDecision(null, '', false, 'zh-CN', zh))).toEqual([{ fieldId: 'd', message: '请选择通过或不通过' }])
  expect(problemsOf(checkDecision('decline', '  ', false, 'zh-CN', zh))).toEqual([{ fieldId: 'n', message: '请填写理由' }])
  expect(problemsOf(checkDecision('approve', '', true, 'en', en))).toEqual([{ fieldId: 'n', message: 'Write the reason' }])
  expect(checkDecision('approve', '', false, 'zh-CN', zh)).toEqual({ ok: true, value: { decision: 'approve' } })
  expect(checkDecision('decline', ' 报酬低于最低工资 ', true, 'zh-CN', zh)).toEqual({ ok: true, value: { decision: 'decline', note: '报酬低于最低工资' } })
})

test('a post sent before fills the form to change it, and reads back as the same post, day job or weekly', () => {
  const weekly: PostValues = { ...dayJob, kind: 'part_time', payAmount: '25.5', payUnit: 'hour', endDate: '', shiftDates: '', days: [3, 1], from: '08:00', to: '12:00', certificates: '健康证', description: '男女不限' }
  for (const values of [dayJob, weekly]) {
    const sent = checkPost(values, 'zh-CN', zh)
    if (!sent.ok) throw new Error('the sample form should be valid')
    const refilled = postValuesOf(sent.value, '、')
    expect(checkPost(refilled, 'zh-CN', zh)).toEqual(sent)
  }
  const refilled = checkPost(dayJob, 'zh-CN', zh)
  if (!refilled.ok) return
  expect(postValuesOf(refilled.value, '、')).toMatchObject({ shiftDates: '2026-11-20、2026-11-21', payAmount: '200', headcount: '3', endDate: '2026-11-21', from: '08:00' })
  expect(postValuesOf({ ...refilled.value, endDate: null }, ', ').endDate).toBe('')
})
