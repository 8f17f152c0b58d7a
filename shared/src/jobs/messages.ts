import type { Locale } from '../platform/locale'

/** Field messages of the jobs module, merged into the shared list. */
export const jobsFieldMessages = {
  'jobs.pay': { 'zh-CN': '报酬应在 0.01 元至 100 万元之间', en: 'Pay must be from 0.01 to 1,000,000 yuan' },
  'jobs.time': { 'zh-CN': '时间格式应为 08:30', en: 'Times look like 08:30' },
  'jobs.timeOrder': { 'zh-CN': '结束时间应晚于开始时间；跨过午夜的班次请分成两段', en: 'The end must be after the start; split a shift that runs past midnight in two' },
  'jobs.travel': { 'zh-CN': '愿意前往的距离应在 0 至 100 公里之间', en: 'The distance you will travel must be more than 0 and at most 100 km' },
  'jobs.dateOrder': { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date must not be before the start date' },
  'jobs.shiftOutsideDates': { 'zh-CN': '班次日期应在招聘的开始和结束日期之间', en: 'Shift dates must be between the job\u2019s start and end dates' },
  'occupation.format': { 'zh-CN': '职业编码格式应为 4-01-02-01', en: 'An occupation code looks like 4-01-02-01' },
  'occupation.unknown': { 'zh-CN': '没有这个职业编码', en: 'There is no occupation with this code' },
  'contributionBase.yearUnknown': {
    'zh-CN': '该年度的缴费基数上下限尚未公布',
    en: 'The contribution base limits for that year have not been published yet',
  },
  'contributionBase.belowMinimum': { 'zh-CN': '缴费基数低于本年度下限', en: 'The contribution base is below this year\u2019s minimum' },
  'contributionBase.aboveMaximum': { 'zh-CN': '缴费基数高于本年度上限', en: 'The contribution base is above this year\u2019s maximum' },
  'paymentPeriod.notOffered': { 'zh-CN': '本地区不提供该缴费周期', en: 'This payment period is not offered in your region' },
  'jobs.subsidyNotEligible': {
    'zh-CN': '按核实的情况，没有适用的补贴规则（或申请的月份不在补贴期限内）；如不符合条件，请选择“不予补贴”并写明原因',
    en: 'On the facts confirmed no subsidy rule applies (or the months are outside its term); if so, decline with a reason',
  },
  'jobs.noPayableCard': {
    'zh-CN': '您还没有可以收款的社保卡（市民卡），请选择发到微信零钱；领到卡后再申请可以发到卡上',
    en: 'You hold no citizen card that money can be paid onto: choose your WeChat balance, or apply once you have your card',
  },
  'jobs.femaleCategoryRequired': {
    'zh-CN': '申请人是女性，她的法定退休年龄关系到能否按“距法定退休年龄不足5年”补贴：请核实她原法定退休年龄是50周岁（女职工）还是55周岁（女干部）',
    en: 'The applicant is a woman and her statutory retirement age decides whether the near-retirement subsidy applies: confirm whether her original retirement age was 50 (worker) or 55 (cadre or staff)',
  },
} as const satisfies Record<string, Record<Locale, string>>

/** Messages of applications and day work, merged into the shared list. Kept here, beside the
 * others, so that the app shell that reads them does not load the occupation table with them. */
export const jobsApplicationMessages = {
  'jobs.stars': { 'zh-CN': '评分应为 1 至 5 星', en: 'A rating is 1 to 5 stars' },
  'jobs.commentTooLong': { 'zh-CN': '评价最多 100 个字', en: 'A comment is at most 100 characters' },
  'jobs.declineReason': { 'zh-CN': '请写明不录用的原因', en: 'Say why you decline' },
  'jobs.codeFormat': { 'zh-CN': '签到码为 6 位数字', en: 'The check-in code has 6 digits' },
  'jobs.codeWrong': { 'zh-CN': '签到码不对或已过期，请看用工单位现场显示的最新签到码', en: 'The code is wrong or has expired: use the one the employer shows now' },
  'jobs.paidAmount': { 'zh-CN': '实付金额应在 0 至 100 万元之间', en: 'The amount paid must be from 0 to 1,000,000 yuan' },
  'jobs.amountOwed': { 'zh-CN': '被拖欠的金额应在 1 元至 100 万元之间', en: 'The amount owed must be from 1 to 1,000,000 yuan' },
  'jobs.postNotOpen': { 'zh-CN': '这个岗位现在不接受报名', en: 'This job is not taking applications now' },
  'jobs.postNotClosable': { 'zh-CN': '这条招聘已经停止或未通过审核，不用再停止', en: 'This post has already stopped or was declined' },
  'jobs.postNotEditable': {
    'zh-CN': '已发布或已停止的招聘不能修改：请停止这条招聘，再发布一条新的',
    en: 'A published or stopped post cannot be changed: stop recruiting for it and post a new one',
  },
  'jobs.postChanged': {
    'zh-CN': '这条招聘刚被修改或审核过，请重新打开看到最新内容后再操作',
    en: 'This post was changed or reviewed meanwhile: open it again to see where it stands now',
  },
  'jobs.alreadyApplied': { 'zh-CN': '您已报名过这个岗位', en: 'You have already applied for this job' },
  'jobs.profileRequired': { 'zh-CN': '请先填写求职信息再报名', en: 'Fill in your job-seeker profile before applying' },
  'jobs.stepNotAllowed': { 'zh-CN': '报名当前的状态下不能进行这一步', en: 'This step cannot be taken at the application’s current stage' },
  'jobs.headcountFull': { 'zh-CN': '录用人数已满', en: 'The job’s headcount is already filled' },
  'jobs.notDayJob': { 'zh-CN': '只有日结岗位需要签到', en: 'Only day jobs are checked in and out' },
  'jobs.notHired': { 'zh-CN': '录用后才能签到', en: 'Only a hired worker checks in' },
  'jobs.notAWorkDay': { 'zh-CN': '今天不是这个岗位的工作日', en: 'Today is not a work day of this job' },
  'jobs.alreadyCheckedIn': { 'zh-CN': '今天已经签到', en: 'Already checked in today' },
  'jobs.notCheckedIn': { 'zh-CN': '今天还没有签到', en: 'Not checked in today' },
  'jobs.alreadyCheckedOut': { 'zh-CN': '今天已经签退', en: 'Already checked out today' },
  'jobs.notWorkedYet': { 'zh-CN': '签退后才能确认工钱', en: 'Pay is settled after checking out' },
  'jobs.payAlreadyStated': { 'zh-CN': '已经填写过实付金额', en: 'What was paid has already been stated' },
  'jobs.payNotStated': { 'zh-CN': '用工单位还没有填写实付金额', en: 'The employer has not stated what it paid yet' },
  'jobs.payAlreadyAnswered': { 'zh-CN': '您已经确认过这一天的工钱', en: 'You have already answered for this day’s pay' },
  'jobs.complaintNotYet': {
    'zh-CN': '您对工钱有异议，或用工单位超过期限未确认付款时，才能发起欠薪投诉',
    en: 'A wage complaint can be opened once you dispute the pay, or the employer has not confirmed paying by the deadline',
  },
  'jobs.amountOwedRequired': { 'zh-CN': '请填写被拖欠的金额', en: 'Enter the amount owed' },
  'jobs.notWorkedForRating': { 'zh-CN': '干完活后才能评价', en: 'Ratings are given after the work' },
  'jobs.alreadyRated': { 'zh-CN': '您已经评价过了', en: 'You have already given a rating' },
} as const satisfies Record<string, Record<Locale, string>>
