import type { Locale } from './locale'
import type { ProblemCode } from './problem'
import { creditFileMessages } from '../card/credit-file-messages'
import { contractsFieldMessages } from '../contracts/messages'
import { disputesFieldMessages } from '../disputes/messages'
import { jobsApplicationMessages, jobsFieldMessages } from '../jobs/messages'
import { retireeFieldMessages } from '../retiree/messages'
import { trainingFieldMessages } from '../training/messages'
import { wagesFieldMessages } from '../wages/messages'

type Texts = Record<Locale, string>

/**
 * Messages that both sides show: field validation messages (the schemas in `shared/` use these
 * keys as their zod messages) and problem titles. The client's own UI strings live in its i18n
 * catalogue; these are here because the BFF must answer in the user's language too.
 */
export const fieldMessages = {
  'field.required': { 'zh-CN': '请填写此项', en: 'Enter a value' },
  'field.invalid': { 'zh-CN': '此项格式不正确', en: 'This value is not valid' },
  'field.tooLong': { 'zh-CN': '内容太长', en: 'This is too long' },
  'field.tooShort': { 'zh-CN': '内容太短', en: 'This is too short' },
  'field.choose': { 'zh-CN': '请选择一项', en: 'Choose an option' },
  'field.unknownKey': { 'zh-CN': '包含无法识别的内容', en: 'Contains a field that is not allowed' },
  'agreementReference.required': { 'zh-CN': '请填写居民签字的纸质同意书编号', en: 'Enter the number of the paper form the resident signed' },
  'agreementReference.format': {
    'zh-CN': '同意书编号为 4 至 32 位字母、数字或短横线，照表上印的填写',
    en: 'The form number is 4 to 32 letters, digits or dashes, as printed on the form',
  },
  'residentPresent.required': {
    'zh-CN': '只能在居民本人在场并同意时登记，请确认',
    en: 'You can register a resident only with her there and agreeing: confirm this',
  },
  'name.required': { 'zh-CN': '请输入姓名', en: 'Enter your full name' },
  'name.format': {
    'zh-CN': '姓名只能包含中文、字母、间隔号和空格，长度 2 至 30 个字',
    en: 'Name must be 2 to 30 characters: Chinese, letters, middle dots or spaces',
  },
  'idNumber.required': { 'zh-CN': '请输入身份证号码', en: 'Enter your ID card number' },
  'idNumber.format': {
    'zh-CN': '身份证号码应为 18 位，最后一位可以是数字或 X',
    en: 'ID card number must be 18 characters; the last one may be a digit or X',
  },
  'idNumber.region': { 'zh-CN': '身份证号码的地区代码不存在', en: 'The region code of this ID card number does not exist' },
  'idNumber.birthDate': { 'zh-CN': '身份证号码中的出生日期不正确', en: 'The date of birth in this ID card number is not a real date' },
  'idNumber.futureBirthDate': { 'zh-CN': '身份证号码中的出生日期晚于今天', en: 'The date of birth in this ID card number is in the future' },
  'idNumber.checkDigit': {
    'zh-CN': '身份证号码校验位不正确，请核对后重新输入',
    en: 'The last character of this ID card number does not match; check it and try again',
  },
  'name.mismatch': {
    'zh-CN': '姓名与身份证号码登记的信息不一致，请核对',
    en: 'This name does not match the one registered for this ID card number',
  },
  'phone.format': { 'zh-CN': '请输入 11 位手机号码', en: 'Enter an 11-digit mobile number' },
  'staffCode.format': { 'zh-CN': '网格员编号格式不正确，例如 WG330302001', en: 'Staff code looks like WG330302001' },
  'proxy.scopes': { 'zh-CN': '请至少选择一项授权事项', en: 'Choose at least one thing they may do for you' },
  'proxy.expiry': { 'zh-CN': '授权期限须在 1 至 365 天之间', en: 'The grant must last between 1 and 365 days' },
  'consent.required': { 'zh-CN': '请阅读并同意后继续', en: 'Read and agree to continue' },
  'verificationCode.format': {
    'zh-CN': '核验码为 12 位字母和数字，例如 7KQ2-M9XD-4TPA',
    en: 'The verification code has 12 letters and digits, e.g. 7KQ2-M9XD-4TPA',
  },
  'certificate.empty': {
    'zh-CN': '所选险种在此期间没有缴费记录，无法开具证明',
    en: 'There are no contributions of the chosen insurance in this period to certify',
  },
  'year.range': { 'zh-CN': '年份不在可查询范围内', en: 'That year is outside the range you can look up' },
  'period.order': { 'zh-CN': '起始月份不能晚于结束月份', en: 'The start month must not be after the end month' },
  'period.format': { 'zh-CN': '月份格式应为 2024-01', en: 'Months look like 2024-01' },
  ...wagesFieldMessages,
  ...retireeFieldMessages,
  ...jobsFieldMessages,
  ...jobsApplicationMessages,
  ...trainingFieldMessages,
  ...creditFileMessages,
  ...disputesFieldMessages,
  ...contractsFieldMessages,
} as const satisfies Record<string, Texts>

export type FieldMessageKey = keyof typeof fieldMessages

export const problemTitles: Record<ProblemCode, Texts> = {
  validation_failed: { 'zh-CN': '填写的内容有误', en: 'There is a problem with what you entered' },
  malformed_json: { 'zh-CN': '请求内容无法解析', en: 'The request body is not valid JSON' },
  unsupported_media_type: { 'zh-CN': '不支持的内容类型', en: 'Unsupported content type' },
  payload_too_large: { 'zh-CN': '提交的内容太大', en: 'What was sent is too large' },
  unauthenticated: { 'zh-CN': '请先登录', en: 'Log in first' },
  session_expired: { 'zh-CN': '登录已过期，请重新登录', en: 'Your session has ended; log in again' },
  forbidden: { 'zh-CN': '您没有办理此事项的权限', en: 'You are not allowed to do this' },
  not_found: { 'zh-CN': '没有找到相关信息', en: 'Not found' },
  method_not_allowed: { 'zh-CN': '不支持此操作', en: 'This operation is not supported' },
  conflict: { 'zh-CN': '当前状态不允许此操作', en: 'This cannot be done in the current state' },
  illegal_transition: { 'zh-CN': '当前状态下不能进行这一步，请刷新后查看', en: 'This step cannot be taken at its current stage: reload to see where it stands' },
  real_name_required: { 'zh-CN': '请先完成实名认证', en: 'Verify your real name first' },
  real_name_already_bound: { 'zh-CN': '您已完成实名认证', en: 'Your real name is already verified' },
  id_number_taken: {
    'zh-CN': '该身份证号码已被其他账号绑定，请到窗口办理',
    en: 'This ID card number is already bound to another account; visit a service counter',
  },
  consent_required: { 'zh-CN': '需要您先同意个人信息处理', en: 'Your consent is needed first' },
  proxy_grant_invalid: {
    'zh-CN': '代办授权已失效，请停止代办',
    en: 'The proxy grant is no longer valid; stop acting for this person',
  },
  proxy_scope_missing: { 'zh-CN': '代办授权不包含此事项', en: 'The proxy grant does not cover this' },
  proxy_not_allowed: { 'zh-CN': '此事项不能代办', en: 'This cannot be done on behalf of someone' },
  idempotency_key_reused: {
    'zh-CN': '同一提交编号对应了不同内容',
    en: 'This idempotency key was already used with different content',
  },
  idempotency_in_progress: { 'zh-CN': '上一次提交仍在处理中，请稍候', en: 'The first submission is still being processed' },
  invalid_idempotency_key: { 'zh-CN': '提交编号格式不正确', en: 'The idempotency key is not valid' },
  rate_limited: { 'zh-CN': '操作太频繁，请稍后再试', en: 'Too many attempts; try again later' },
  login_failed: { 'zh-CN': '登录失败，请重试', en: 'Login failed; try again' },
  partner_unavailable: {
    'zh-CN': '合作服务暂时不可用，请稍后再试',
    en: 'A partner service is unavailable; try again later',
  },
  internal: { 'zh-CN': '系统繁忙，请稍后再试', en: 'Something went wrong on our side; try again later' },
}

export function isFieldMessageKey(key: string): key is FieldMessageKey {
  return Object.hasOwn(fieldMessages, key)
}

export function fieldMessage(key: string, locale: Locale): string {
  return isFieldMessageKey(key) ? fieldMessages[key][locale] : fieldMessages['field.invalid'][locale]
}
