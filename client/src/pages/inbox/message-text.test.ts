import { expect, test } from 'vitest'
import type { InboxMessage } from '@renshe/shared/inbox/schemas'
import { messageText } from './message-text'

const issued: InboxMessage = {
  id: 'm1',
  template: 'records.certificateIssued',
  params: { code: 'D6CY9V5PG8PC', purpose: 'school_enrollment' },
  link: '/features/records/pages/certificate/index?id=c1',
  createdAt: '2026-11-29T04:00:00.000Z',
  readAt: null,
  action: null,
}

test('a stored message reads in the language chosen today, with its codes turned into words', () => {
  expect(messageText(issued, 'zh-CN')).toBe('参保证明已开具（用途：子女入学），核验码 D6CY-9V5P-G8PC。')
  expect(messageText(issued, 'en')).toBe('Your participation certificate is ready (for: School enrolment). Verification code D6CY-9V5P-G8PC.')
})

test('a certificate got by grid staff says so', () => {
  expect(messageText({ ...issued, params: { ...issued.params, byProxy: 1, staffCode: 'WG330302001' } }, 'zh-CN')).toContain('网格员 WG330302001 代您开具')
})

test('a consent message names the consent, not its code', () => {
  const given: InboxMessage = { ...issued, template: 'consent.given', params: { purpose: 'identity.real_name' } }
  expect(messageText(given, 'zh-CN')).toBe('您同意了“实名认证个人信息处理”。')
})

test('a wage-case message names the case and shows its deadline as a date in the chosen language', () => {
  const submitted: InboxMessage = { ...issued, template: 'wages.submitted', params: { caseNumber: 'AX-330302-2026-000123', acceptBy: '2026-12-04' } }
  expect(messageText(submitted, 'zh-CN')).toBe('您的欠薪投诉已提交，案件编号 AX-330302-2026-000123。是否受理将在2026年12月4日前决定。')
  expect(messageText(submitted, 'en')).toContain('by 4 Dec 2026')
})

test('a payroll alert names the project and the month', () => {
  const missing: InboxMessage = { ...issued, template: 'wages.payrollMissing', params: { projectName: '瓯江花园二期', employerName: '温州某建设有限公司', month: '2026-10', months: 2 } }
  expect(messageText(missing, 'zh-CN')).toBe('项目“瓯江花园二期”（温州某建设有限公司）自2026年10月起有 2 个月的工资发放名单未按时上传。')
  expect(messageText(missing, 'en')).toBe('Project "瓯江花园二期" (温州某建设有限公司) has not uploaded its payroll on time since Oct 2026 (months missing: 2).')
})

test('a complaint filed by grid staff says who filed it, and amounts recovered read as money', () => {
  const byStaff: InboxMessage = { ...issued, template: 'wages.submitted', params: { caseNumber: 'AX-330302-2026-000123', acceptBy: '2026-12-04', byProxy: 1, staffCode: 'WG330302001' } }
  expect(messageText(byStaff, 'zh-CN')).toContain('网格员 WG330302001 代您提交了欠薪投诉')
  const closed: InboxMessage = { ...issued, template: 'wages.closed', params: { caseNumber: 'AX-330302-2026-000123', recoveredFen: 850_000 } }
  expect(messageText(closed, 'en')).toBe('Case AX-330302-2026-000123 is closed with ¥8,500.00 recovered. Please rate how it was handled.')
})

test('pension messages put dates, money, benefits and how it was certified into words', () => {
  const at = (template: InboxMessage['template'], params: InboxMessage['params']): InboxMessage => ({ ...issued, template, params, link: null })
  expect(messageText(at('retiree.dueSoon', { dueDate: '2026-12-19', daysLeft: 20 }), 'zh-CN')).toBe('养老金资格认证还剩 20 天，请在2026年12月19日前完成认证。')
  expect(messageText(at('retiree.overdue', { dueDate: '2026-11-24', suspendsOn: '2026-12-25' }), 'en')).toBe(
    'Your pension certification is overdue (it was due by 24 Nov 2026). Certify by 25 Dec 2026, or your pension will be put on hold.',
  )
  expect(messageText(at('retiree.certified', { method: 'partner_signal', source: 'hospital', certifiedOn: '2026-11-28', nextDueDate: '2027-11-28' }), 'zh-CN')).toBe(
    '养老金资格认证已完成（2026年11月28日，医院就诊记录自动认证）。下次认证请在2027年11月28日前完成。',
  )
  expect(messageText(at('retiree.certified', { method: 'face', certifiedOn: '2026-11-28', nextDueDate: '2027-11-28' }), 'en')).toBe(
    'Your pension certification is done (28 Nov 2026, Face check). The next one is due by 28 Nov 2027.',
  )
  expect(messageText(at('retiree.resumed', { months: 2, fromMonth: '2026-10', toMonth: '2026-11', amountFen: 502_000 }), 'zh-CN')).toBe(
    '养老金已恢复发放：2026年10月至2026年11月暂停的 2 个月养老金，共 ¥5,020.00，已补发。',
  )
  expect(messageText(at('retiree.assistanceOffered', { benefit: 'home_visit_service' }), 'zh-CN')).toBe('您可以享受“居家上门服务”。点“确认领取”就行，不用填表。')
  expect(messageText(at('retiree.assistanceOffered', { benefit: 'longevity_allowance', amountFen: 10_000 }), 'en')).toBe(
    'You qualify for "Longevity allowance" (¥100.00 a month). Tap "Confirm" to take it up; there is no form.',
  )
  expect(messageText(at('retiree.visitAssigned', { reason: 'face_failed' }), 'zh-CN')).toBe('有一位老人需要您上门做养老金资格认证（刷脸三次未通过），请尽快上门。')
  expect(messageText(at('retiree.overpayment', { months: 2, amountFen: 825_000 }), 'zh-CN')).toBe('一位养老金领取人去世后多发了 2 个月养老金，共 ¥8,250.00，需要追回。')
})

test('an officer is told of a subsidy application by its months and what was paid, in either language', () => {
  const toReview: InboxMessage = { ...issued, template: 'jobs.subsidyToReview', params: { months: 2, paidFen: 240_000 }, link: '/features/jobs/pages/subsidy-review/index' }
  expect(messageText(toReview, 'zh-CN')).toBe('一位灵活就业人员申请了社会保险补贴（2 个月，实缴 ¥2,400.00），请核实材料后审批。')
  expect(messageText(toReview, 'en')).toBe('A flexible worker has applied for the social-insurance subsidy (months: 2, paid: ¥2,400.00). Check the documents and decide.')
})

test('no pension message leaves a placeholder unfilled with the parameters the server sends', () => {
  const sent: Record<string, InboxMessage['params']> = {
    'retiree.dueSoon': { dueDate: '2026-12-19', daysLeft: 20 },
    'retiree.overdue': { dueDate: '2026-11-24', suspendsOn: '2026-12-25' },
    'retiree.suspended': { dueDate: '2026-08-31' },
    'retiree.certified': { method: 'home_visit', certifiedOn: '2026-11-28', nextDueDate: '2027-11-28' },
    'retiree.resumed': { months: 2, fromMonth: '2026-10', toMonth: '2026-11', amountFen: 502_000 },
    'retiree.assistanceOffered': { benefit: 'pension_subsidy' },
    'retiree.visitAssigned': { reason: 'officer_assigned' },
    'retiree.visitToReview': {},
    'retiree.visitRejected': {},
    'retiree.overpayment': { months: 1, amountFen: 298_000 },
    'retiree.deathRecordHeld': {},
    'retiree.deathRecordToReview': {},
    'retiree.pensionRestored': { months: 1, amountFen: 298_000 },
  }
  for (const [template, params] of Object.entries(sent)) {
    for (const locale of ['zh-CN', 'en'] as const) {
      const text = messageText({ ...issued, template: template as InboxMessage['template'], params, link: null }, locale)
      expect(text, `${template} ${locale}`).not.toMatch(/\{\w+\}/)
    }
  }
})

test('a death record held, checked and found wrong is told in plain words, and a restored pension says what was paid', () => {
  const at = (template: InboxMessage['template'], params: InboxMessage['params']): InboxMessage => ({ ...issued, template, params, link: null })
  expect(messageText(at('retiree.deathRecordHeld', {}), 'zh-CN')).toBe(
    '我们收到了一条关于您的死亡信息，养老金暂停发放，正在由经办人员核实。如信息有误，请尽快完成刷脸认证或联系社保经办机构，核实后将补发。',
  )
  expect(messageText(at('retiree.deathRecordHeld', {}), 'en')).toContain('If the record is wrong, do the face check or contact the social security office')
  expect(messageText(at('retiree.deathRecordToReview', {}), 'zh-CN')).toBe('收到一条死亡信息，相关养老金已暂停发放，请尽快核实。')
  expect(messageText(at('retiree.pensionRestored', { months: 2, amountFen: 596_000 }), 'zh-CN')).toBe(
    '经核实，关于您的死亡信息有误，已经撤销。养老金恢复发放，暂停的 2 个月养老金共 ¥5,960.00 已补发。',
  )
  expect(messageText(at('retiree.pensionRestored', { months: 2, amountFen: 596_000 }), 'en')).toBe(
    'The record saying that you had died was wrong and has been withdrawn. Your pension is being paid again, and what was held back has been paid: ¥5,960.00 (months held: 2).',
  )
})

test('a restored pension with nothing held back does not speak of paying nothing', () => {
  const restored: InboxMessage = { ...issued, template: 'retiree.pensionRestored', params: { months: 0, amountFen: 0 }, link: null }
  expect(messageText(restored, 'zh-CN')).toBe('经核实，关于您的死亡信息有误，已经撤销。养老金恢复正常发放。')
  expect(messageText(restored, 'en')).toBe('The record saying that you had died was wrong and has been withdrawn. Your pension is being paid as before.')
})

test('a training voucher sent or claimed is named by its programme, in either language', () => {
  const offered: InboxMessage = { ...issued, template: 'training.voucherOffered', params: { programmeName: '2027年养老护理员培训券' }, link: '/features/training/pages/mine/index' }
  expect(messageText(offered, 'zh-CN')).toBe('您收到一张职业培训券“2027年养老护理员培训券”，凭券参加职业技能培训、考取证书，可以少花钱或不花钱。点“领取培训券”就行，不用填表。')
  expect(messageText(offered, 'en')).toBe(
    'You have been sent a vocational training voucher, "2027年养老护理员培训券": with it you train and take a skills certificate for less, or for nothing. Tap "Accept the voucher"; there is no form.',
  )
  const claimed: InboxMessage = { ...offered, template: 'training.voucherClaimed' }
  expect(messageText(claimed, 'zh-CN')).toBe('您已领取职业培训券“2027年养老护理员培训券”，可以在“我的培训”里查看。')
  expect(messageText(claimed, 'en')).toBe('You claimed the training voucher "2027年养老护理员培训券". See it under My training.')
})

test('a citizen card reported lost for now names the card masked and says to the minute when the report lifts, in either language', () => {
  const reported: InboxMessage = { ...issued, template: 'card.temporaryLossReported', params: { cardNumberMasked: 'A****5678', until: '2026-12-06T14:30:00.000Z' }, link: '/features/card/pages/mine/index' }
  expect(messageText(reported, 'zh-CN')).toBe(
    '您的社保卡 A****5678 已临时挂失，卡已停用，2026年12月6日 22:30自动解除。卡找到了，可以在“我的社保卡”里撤销挂失；卡确实丢了，请在此之前带本人身份证到发卡银行网点办理正式挂失和补卡。',
  )
  expect(messageText(reported, 'en')).toContain('Your citizen card A****5678 is reported lost for now: it is stopped, and the report lifts by itself on 6 Dec 2026 22:30.')
  expect(messageText({ ...reported, template: 'card.temporaryLossCancelled', params: { cardNumberMasked: 'A****5678' } }, 'zh-CN')).toBe('您的社保卡 A****5678 已撤销临时挂失，可以正常使用了。')
  expect(messageText({ ...reported, template: 'card.temporaryLossLifted', params: { cardNumberMasked: 'A****5678' } }, 'en')).toMatch(/^The temporary loss report of your citizen card A\*\*\*\*5678 ran its days and lifted by itself/)
})

test('a payment onto the card names its programme, the yuan and the card, credited, held or returned, in either language', () => {
  const credited: InboxMessage = {
    ...issued,
    template: 'card.paymentCredited',
    params: { amountYuan: '300.00', cardNumberMasked: 'A****5678', source: 'longevity_allowance' },
    link: '/features/card/pages/payments/index',
  }
  expect(messageText(credited, 'zh-CN')).toBe('您的高龄津贴 300.00 元已发放到社保卡 A****5678。')
  expect(messageText(credited, 'en')).toBe('Longevity allowance: ¥300.00 has been paid onto your citizen card A****5678.')
  const held: InboxMessage = { ...credited, template: 'card.paymentHeld', params: { amountYuan: '1500.50', cardNumberMasked: 'A****5678', source: 'training_subsidy' } }
  expect(messageText(held, 'zh-CN')).toBe('您的培训补贴 1500.50 元暂缓发放：社保卡挂失、补卡中或还没有可用的社保卡。卡恢复使用或领到新卡后，会自动发放到卡上。')
  expect(messageText(held, 'en')).toMatch(/^Training subsidy: ¥1500\.50 is held, because your citizen card is reported lost or being replaced/)
  const returned: InboxMessage = { ...credited, template: 'card.paymentReturned', params: { amountYuan: '800.00', cardNumberMasked: 'A****5678', source: 'flexible_subsidy' } }
  expect(messageText(returned, 'zh-CN')).toBe('您的灵活就业社保补贴 800.00 元银行未能入账，已退回发放单位，经办人会与您联系。')
  expect(messageText(returned, 'en')).toBe('Flexible workers’ insurance subsidy: ¥800.00 could not be credited by the bank and went back to the paying office. A caseworker will contact you.')
})

test('an arbitration step names the case and says the step in words, not its code, in either language', () => {
  const step: InboxMessage = { ...issued, template: 'disputes.arbitrationStep', params: { caseNumber: '温鹿劳人仲案〔2026〕0001号', step: 'hearing_scheduled' }, link: '/features/disputes/pages/case/index?id=arb-1' }
  expect(messageText(step, 'zh-CN')).toBe('劳动仲裁案件 温鹿劳人仲案〔2026〕0001号：已安排开庭。点开查看下一步和它的期限。')
  expect(messageText({ ...step, params: { ...step.params, step: 'awarded' } }, 'en')).toBe('Labour arbitration case 温鹿劳人仲案〔2026〕0001号: The award was made. Open it to see the next step and its time limit.')
  expect(messageText({ ...step, template: 'disputes.arbitrationServed', params: { caseNumber: 'A-1' } }, 'zh-CN')).toMatch(/^贵单位被申请劳动仲裁（案号 A-1），仲裁申请书副本已送达。/)
  expect(messageText({ ...step, template: 'disputes.arbitrationReceived', params: { caseNumber: 'A-1' } }, 'zh-CN')).toMatch(/^劳动仲裁申请 A-1 已提交，仲裁委会在 5 个工作日内决定是否受理。/)
})

test('an arbitration step past its legal day names the case and the step in words, and says when the applicant may go to court, in either language', () => {
  const overdue: InboxMessage = {
    ...issued,
    template: 'disputes.arbitrationOverdue',
    params: { caseNumber: 'ZC3303022026000001', step: 'accept', mayGoToCourt: 'yes' },
    link: '/features/disputes/pages/case/index?id=arb-1',
  }
  expect(messageText(overdue, 'zh-CN')).toBe('劳动仲裁案件 ZC3303022026000001：“决定是否受理”已超过法定期限。申请人可以直接向人民法院起诉。')
  expect(messageText({ ...overdue, params: { ...overdue.params, step: 'award' } }, 'en')).toBe(
    'Labour arbitration case ZC3303022026000001: “Make the award” is past its legal time limit. The applicant may go straight to the people’s court.',
  )
  const late = { ...overdue, params: { caseNumber: 'ZC3303022026000001', step: 'serve', mayGoToCourt: 'no' } }
  expect(messageText(late, 'zh-CN')).toBe('劳动仲裁案件 ZC3303022026000001：“把申请书送达用人单位”已超过法定期限。')
  expect(messageText(late, 'en')).toBe('Labour arbitration case ZC3303022026000001: “Serve the application on the employer” is past its legal time limit.')
})
