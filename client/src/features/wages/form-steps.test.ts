import { expect, test } from 'vitest'
import { creditCodeCheckCharacter } from '@renshe/shared/wages/credit-code'
import type { Problem } from '@renshe/shared/platform/problem'
import { complaintOf, creditCodeError, errorsOfProblem, fieldIds, firstIncompleteStep, stepAfter, stepBefore, stepErrors } from './form-steps'
import { emptyValues, type FormValues } from './form-values'

const first17 = '91330302MA2AXXXX0'.replace(/X/g, '1')
const validCode = `${first17}${creditCodeCheckCharacter(first17) ?? ''}`

const complete: FormValues = {
  ...emptyValues,
  employerName: '温州某建设有限公司',
  creditCode: validCode,
  siteName: '瓯江花园二期',
  regionCode: '330302',
  fromMonth: '2026-06',
  toMonth: '2026-09',
  amountYuan: '8500',
  payUnit: 'month',
  coWorkers: '3',
  phone: '13812345678',
}

test('an empty credit code says nothing: it is optional', () => {
  expect(creditCodeError('', 'zh-CN')).toBeUndefined()
  expect(creditCodeError('   ', 'en')).toBeUndefined()
})

test('a credit code with a wrong last character is caught on the phone, with the shared message', () => {
  const wrongLast = `${first17}${validCode.endsWith('0') ? '1' : '0'}`
  expect(creditCodeError(wrongLast, 'zh-CN')).toBe('统一社会信用代码最后一位不正确，请对照营业执照核对')
  expect(creditCodeError('12345', 'en')).toBe('A unified social credit code has 18 digits and capital letters (no I, O, Z, S or V)')
  expect(creditCodeError(validCode.toLowerCase(), 'zh-CN')).toBeUndefined()
})

test('the first screen asks to choose or type the employer when neither is done', () => {
  expect(stepErrors('employer', emptyValues, 0, 'search', 'en')).toEqual([
    { fieldId: fieldIds.employerSearch, message: 'Choose the employer who owes you, or tap "Can\'t find it" and type its name' },
  ])
  expect(stepErrors('employer', { ...emptyValues, employerName: '某' }, 0, 'manual', 'zh-CN')).toEqual([{ fieldId: fieldIds.employerName, message: '内容太短' }])
})

test('months and pay unit not yet chosen ask for them by name; a wrong amount names the range', () => {
  const errors = stepErrors('wages', { ...complete, fromMonth: '', payUnit: '', amountYuan: '0' }, 0, 'manual', 'zh-CN')
  expect(errors).toEqual([
    { fieldId: fieldIds.fromMonth, message: '请选择从哪个月开始欠工资' },
    { fieldId: fieldIds.amountYuan, message: '金额应在 1 元至 1000 万元之间，最多两位小数' },
    { fieldId: fieldIds.payUnit, message: '请选择工资怎么算' },
  ])
  expect(stepErrors('wages', { ...complete, fromMonth: '2026-10' }, 0, 'manual', 'zh-CN')).toEqual([
    { fieldId: fieldIds.toMonth, message: '起始月份不能晚于结束月份' },
  ])
})

test('a complete form passes every screen and becomes the contract’s complaint', () => {
  expect(firstIncompleteStep(complete, 0, 'manual', 'zh-CN')).toBeNull()
  expect(complaintOf(complete, ['ev-1'])).toEqual({
    employer: { employerId: null, name: '温州某建设有限公司', creditCode: validCode },
    site: { projectId: null, siteName: '瓯江花园二期', regionCode: '330302', address: '' },
    wages: { fromMonth: '2026-06', toMonth: '2026-09', amountFen: 850_000, payUnit: 'month', coWorkers: 3 },
    evidenceIds: ['ev-1'],
    contact: { phone: '13812345678' },
    description: '',
  })
})

test('the first unfinished screen is where sending takes the worker', () => {
  expect(firstIncompleteStep({ ...complete, phone: '12' }, 0, 'manual', 'en')).toEqual({
    step: 4,
    errors: [{ fieldId: fieldIds.phone, message: 'Enter an 11-digit mobile number' }],
  })
})

test('a refusal from the server lands on the field and screen it is about', () => {
  const problem: Problem = {
    type: 'about:blank',
    title: 'x',
    status: 400,
    code: 'validation_failed',
    requestId: 'r1',
    errors: [
      { path: 'body.form.contact.phone', key: 'phone.format', message: '…' },
      { path: 'body.form.employer.employerId', key: 'employer.unknown', message: '…' },
    ],
  }
  expect(errorsOfProblem(problem, 'zh-CN')).toEqual({
    step: 0,
    errors: [
      { fieldId: fieldIds.employerName, message: '没有找到所选的用人单位，请重新选择' },
      { fieldId: fieldIds.phone, message: '请输入 11 位手机号码' },
    ],
  })
  expect(errorsOfProblem({ ...problem, errors: [{ path: 'file', key: 'evidence.type', message: '…' }] }, 'en')?.step).toBe(3)
})

test('a known site picked with its employer is passed over going forward and back; a site typed by hand is not', () => {
  const picked = { ...complete, employerId: 'emp-1', projectId: 'project-1' }
  expect(stepAfter(0, picked)).toBe(2)
  expect(stepBefore(2, picked)).toBe(0)
  expect(stepAfter(0, complete)).toBe(1)
  expect(stepBefore(2, complete)).toBe(1)
  // A picked site with something missing (a region lost on the way) is shown, to be answered.
  expect(stepAfter(0, { ...picked, regionCode: '' })).toBe(1)
  // The contact screen is passed over with a number given before, or the real-name record's.
  expect(stepAfter(3, picked)).toBe(5)
  expect(stepAfter(3, { ...picked, phone: '' })).toBe(4)
  expect(stepAfter(3, { ...picked, phone: '' }, true)).toBe(5)
  expect(stepBefore(5, { ...picked, phone: '' }, true)).toBe(3)
})

test('with a number on the real-name record the phone may be left empty, and the complaint then leaves it out', () => {
  const noPhone = { ...complete, phone: '' }
  expect(stepErrors('contact', noPhone, 0, 'manual', 'zh-CN')).toHaveLength(1)
  expect(stepErrors('contact', noPhone, 0, 'manual', 'zh-CN', 0, true)).toEqual([])
  expect(complaintOf(noPhone, [])?.contact).toEqual({})
  expect(complaintOf(complete, [])?.contact).toEqual({ phone: '13812345678' })
})
