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

test('the defence served on the applicant, and that step past its day, are said in words in either language', () => {
  const served: InboxMessage = { ...issued, template: 'disputes.arbitrationStep', params: { caseNumber: 'A-1', step: 'defence_served' }, link: '/features/disputes/pages/case/index?id=arb-1' }
  expect(messageText(served, 'zh-CN')).toBe('劳动仲裁案件 A-1：答辩书副本已送达申请人。点开查看下一步和它的期限。')
  expect(messageText(served, 'en')).toBe('Labour arbitration case A-1: The defence was served on the applicant. Open it to see the next step and its time limit.')
  const late: InboxMessage = { ...served, template: 'disputes.arbitrationOverdue', params: { caseNumber: 'A-1', step: 'serveDefence', mayGoToCourt: 'no' } }
  expect(messageText(late, 'zh-CN')).toBe('劳动仲裁案件 A-1：“把答辩书副本送达申请人”已超过法定期限。')
  expect(messageText(late, 'en')).toBe('Labour arbitration case A-1: “Serve the defence on the applicant” is past its legal time limit.')
})

test('work-injury messages say their days as dates and a step in words, not its code, in either language', () => {
  const reported: InboxMessage = {
    ...issued,
    template: 'disputes.accidentReported',
    params: { workerMaskedName: '张*红', accidentOn: '2026-11-10', employerBy: '2026-12-10' },
    link: '/features/disputes/pages/injuries/index',
  }
  expect(messageText(reported, 'zh-CN')).toBe('贵单位职工张*红报告了 2026年11月10日 发生的工伤事故。单位应在 2026年12月10日 前向人力社保部门申请工伤认定，可以在“工伤认定”里直接申请。')
  const open = { ...reported, template: 'disputes.injuryWindowOpen' as const, params: { employerName: '温州市鹿城建工有限公司', accidentOn: '2026-11-10', by: '2027-11-10' } }
  expect(messageText(open, 'zh-CN')).toBe('温州市鹿城建工有限公司没有在期限内为您 2026年11月10日 的事故申请工伤认定。现在您可以自己申请，请在 2027年11月10日 前提交。')
  expect(messageText(open, 'en')).toBe('温州市鹿城建工有限公司 did not apply in time for recognition of your accident on 10 Nov 2026. You may now apply yourself: send it by 10 Nov 2027.')
  const received = { ...reported, template: 'disputes.injuryReceived' as const, params: { caseNumber: '温鹿工伤认〔2026〕0001号', acceptBy: '2026-12-29' } }
  expect(messageText(received, 'zh-CN')).toBe('工伤认定申请 温鹿工伤认〔2026〕0001号 已提交，人力社保部门会在 2026年12月29日 前决定是否受理。')
  const step = { ...reported, template: 'disputes.injuryStep' as const, params: { caseNumber: '温鹿工伤认〔2026〕0001号', step: 'documents_requested' } }
  expect(messageText(step, 'zh-CN')).toBe('工伤认定案件 温鹿工伤认〔2026〕0001号：书面告知需要补正的材料。点开查看下一步和它的期限。')
  expect(messageText({ ...step, params: { ...step.params, step: 'recognised' } }, 'en')).toBe('Work-injury case 温鹿工伤认〔2026〕0001号: Recognised as a work injury. Open it to see the next step and its time limit.')
  expect(messageText({ ...step, params: { ...step.params, step: 'applied' } }, 'zh-CN')).toBe('工伤认定案件 温鹿工伤认〔2026〕0001号：提交工伤认定申请。点开查看下一步和它的期限。')
})

test('a work-injury step past its legal day names the case and the step in words, in either language', () => {
  const late: InboxMessage = { ...issued, template: 'disputes.injuryOverdue', params: { caseNumber: 'GS3303022026000001', step: 'acceptance', caseId: 'inj-1' }, link: '/features/disputes/pages/injury/index?id=inj-1' }
  expect(messageText(late, 'zh-CN')).toBe('工伤认定案件 GS3303022026000001：“决定是否受理”已超过法定期限。')
  expect(messageText({ ...late, params: { ...late.params, step: 'decision' } }, 'en')).toBe('Work-injury case GS3303022026000001: “Decide on recognition” is past its legal time limit.')
})

test('labour-contract messages name the contract and the employer, and say her days as dates, in either language', () => {
  const toSign: InboxMessage = {
    ...issued,
    template: 'contracts.toSign',
    params: { contractNumber: 'HT3303022026000001', employerName: '温州市鹿城建工有限公司' },
    link: '/features/contracts/pages/contract/index?id=ct-1',
  }
  expect(messageText(toSign, 'zh-CN')).toBe('温州市鹿城建工有限公司已签署劳动合同 HT3303022026000001，请您阅读全文后签署。读完不等于同意，您也可以拒签。')
  expect(messageText({ ...toSign, template: 'contracts.withdrawn' }, 'en')).toBe('温州市鹿城建工有限公司 withdrew labour contract HT3303022026000001: it can no longer be signed.')
  expect(messageText({ ...toSign, template: 'contracts.signed' }, 'zh-CN')).toBe('劳动合同 HT3303022026000001 双方已签署。合同文件可以随时免费下载。')
  expect(messageText({ ...toSign, template: 'contracts.declined' }, 'en')).toBe('The worker declined to sign labour contract HT3303022026000001. Open it to see why.')
  const noContract: InboxMessage = {
    ...issued,
    template: 'contracts.noWrittenContract',
    params: { employerName: '温州市鹿城建工有限公司', startedOn: '2026-10-08', doubleFrom: '2026-11-08', doubleUntil: '2027-10-08' },
    link: '/features/contracts/pages/no-contract/index?employerName=x',
  }
  expect(messageText(noContract, 'zh-CN')).toBe(
    '您从 2026年10月8日 起在温州市鹿城建工有限公司工作，已经超过一个月，还没有签书面劳动合同。单位应当从 2026年11月8日 起每月付您两倍工资，直到签订合同，最长到 2027年10月8日。点开看看可以怎么办。',
  )
  expect(messageText(noContract, 'en')).toBe(
    'You have worked for 温州市鹿城建工有限公司 since 8 Oct 2026, more than a month, without a written labour contract. From 8 Nov 2026 it owes you twice your wage each month until one is signed, at most until 8 Oct 2027. Open this to see what you can do.',
  )
})
