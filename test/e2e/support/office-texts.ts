/**
 * What officers, supervisors and employers read on the wage pages, in each language, exactly as
 * on screen. Dates, months and counts vary with the day the journey runs, so those texts are
 * functions of them.
 */
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function parts(isoDate: string): [number, number, number] {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number)
  return [year, month, day]
}

export const officeTexts = {
  'zh-CN': {
    date: (isoDate: string) => {
      const [year, month, day] = parts(isoDate)
      return `${year}年${month}月${day}日`
    },
    month: (yearMonth: string) => {
      const [year, month] = parts(yearMonth)
      return `${year}年${month}月`
    },
    caseQueueTile: /^欠薪案件办理/,
    statsTile: /^辖区欠薪统计/,
    employerTile: /^投诉与项目/,
    inboxTile: /^消息/,

    queueTitle: '欠薪案件待办',
    queueToStats: /^辖区统计与预警/,
    overdueOnly: '只看已超期的案件',
    stageDue: (date: string) => `本环节期限 ${date}`,
    daysLeft: (days: number) => (days === 0 ? '今天到期' : `还剩 ${days} 天`),
    overdueBy: (days: number) => `已超期 ${days} 天`,
    waitingStatus: '待受理',

    statsTitle: '辖区欠薪统计',
    openFigure: '在办案件',
    overdueFigure: '已超期',
    cases: (count: number) => `${count} 件`,
    alertOpen: '未处理',
    alertResolved: '已补报',
    alertMonth: (month: string) => `缺报月份：${month}`,
    alertsFigure: '未处理的工资预警',
    alertsCount: (count: number) => `${count} 条`,

    handleTitle: '办理欠薪案件',
    overdueEvent: '已超期',
    escalatedEvent: '超期上报负责人',
    bySystem: '操作方：系统',
    overdueNote: '此案已超过办理期限，已提醒经办机构处理。',
    expectedSettleBy: '预计办结期限',
    escalatedMessage: (caseNumber: string, date: string) => `案件 ${caseNumber} 超过办理期限（${date}）未办，已报监察负责人。`,
    pendingOverdue: (count: number) => `有 ${count} 件欠薪案件已超过办理期限`,
    pendingAlerts: (count: number) => `有 ${count} 条工资发放预警未处理`,
    pendingToAnswer: (count: number) => `有 ${count} 件欠薪投诉等待您答复`,
    pendingPayrollMissing: (count: number) => `有 ${count} 个月的项目工资表未上传`,

    employerTitle: '单位服务台',
    deskNothingToAnswer: '没有等待本单位答复的投诉。',
    deskAnsweredTitle: '已答复或已办结的投诉',
    respondTitle: '答复欠薪投诉',
    workerPhone: '联系电话',
    statement: '答复说明',
    statementText: '九、十月工资已于本周补发，附银行转账回单。',
    proofChoose: '选择照片或 PDF 文件',
    proofUploaded: '已上传',
    proofSent: '已提交的支付凭证',
    respondSend: '提交答复',
    respondSent: '答复已提交',
    responseTitle: '用人单位答复',
    toDesk: '返回单位服务台',
    toProjects: '登记新项目',

    projectsTitle: '项目管理',
    projectCreate: '登记项目',
    errorSummaryTitle: '请修改以下问题',
    nameMissing: '项目名称：请填写此项',
    regionMissing: '项目所在区县：请选择一项',
    projectName: '项目名称',
    projectNameText: '瓯江府三期',
    projectRegion: '鹿城区',
    projectAddress: '项目地址',
    projectAddressText: '鹿城区江滨西路 90 号',
    startMonth: '开工月份',
    projectCreated: (name: string) => `“${name}”已登记。`,

    payrollTitle: '项目工资表',
    missing: (months: string) => `未上传：${months}`,
    noneMissing: '没有缺报月份',
    importChoose: '选择 CSV 文件并上传',
    importChooseAgain: '改正后重新选择文件上传',
    refusedTitle: '文件有误，没有导入任何数据',
    lineThree: /^第 3 行：身份证号码不正确/,
    importedTitle: '工资表已导入',
    imported: (rows: number) => `共导入 ${rows} 行，文件编码为 GBK（中文 Windows 表格软件常用）。各月合计：`,
  },
  en: {
    date: (isoDate: string) => {
      const [year, month, day] = parts(isoDate)
      return `${day} ${monthNames[month - 1] ?? ''} ${year}`
    },
    month: (yearMonth: string) => {
      const [year, month] = parts(yearMonth)
      return `${monthNames[month - 1] ?? ''} ${year}`
    },
    caseQueueTile: /^Wage cases/,
    statsTile: /^Region statistics/,
    employerTile: /^Complaints and projects/,
    inboxTile: /^Messages/,

    queueTitle: 'Wage cases to handle',
    queueToStats: /^Region statistics and alerts/,
    overdueOnly: 'Only cases past their deadline',
    stageDue: (date: string) => `Step due ${date}`,
    daysLeft: (days: number) => (days === 0 ? 'Due today' : days === 1 ? '1 day left' : `${days} days left`),
    overdueBy: (days: number) => (days === 1 ? 'Overdue by 1 day' : `Overdue by ${days} days`),
    waitingStatus: 'Waiting to be accepted',

    statsTitle: 'Region wage statistics',
    openFigure: 'Open cases',
    overdueFigure: 'Overdue',
    cases: (count: number) => String(count),
    alertOpen: 'Open',
    alertResolved: 'Resolved',
    alertMonth: (month: string) => `Month missing: ${month}`,
    alertsFigure: 'Open payroll alerts',
    alertsCount: (count: number) => String(count),

    handleTitle: 'Handle a wage case',
    overdueEvent: 'Overdue',
    escalatedEvent: 'Overdue: raised with the supervisor',
    bySystem: 'By: System',
    overdueNote: 'This case is past its deadline; the office has been reminded.',
    expectedSettleBy: 'Expected to be settled by',
    escalatedMessage: (caseNumber: string, date: string) => `Case ${caseNumber} missed its deadline (${date}) and has been raised with the supervisor.`,
    pendingOverdue: (count: number) => `Wage cases past their deadline: ${count}`,
    pendingAlerts: (count: number) => `Open payroll alerts: ${count}`,
    pendingToAnswer: (count: number) => `Wage complaints waiting for your reply: ${count}`,
    pendingPayrollMissing: (count: number) => `Months of project payroll not uploaded: ${count}`,

    employerTitle: 'Employer desk',
    deskNothingToAnswer: 'No complaint is waiting for your organisation\u2019s reply.',
    deskAnsweredTitle: 'Complaints replied to or closed',
    respondTitle: 'Reply to a wage complaint',
    workerPhone: 'Phone',
    statement: 'Statement',
    statementText: 'The wages for September and October were paid this week; the bank transfer slip is attached.',
    proofChoose: 'Choose photos or PDF files',
    proofUploaded: 'Uploaded',
    proofSent: 'Proof of payment you sent',
    respondSend: 'Send reply',
    respondSent: 'Reply sent',
    responseTitle: 'Employer\u2019s reply',
    toDesk: 'Back to the employer desk',
    toProjects: 'Register a project',

    projectsTitle: 'Projects',
    projectCreate: 'Register project',
    errorSummaryTitle: 'There is a problem',
    nameMissing: 'Project name: Enter a value',
    regionMissing: 'District of the project: Choose an option',
    projectName: 'Project name',
    projectNameText: 'Oujiang Mansion Phase 3',
    projectRegion: 'Lucheng District',
    projectAddress: 'Project address',
    projectAddressText: '90 Jiangbin West Road, Lucheng',
    startMonth: 'Month work started',
    projectCreated: (name: string) => `\u201c${name}\u201d is registered.`,

    payrollTitle: 'Project payroll',
    missing: (months: string) => `Not uploaded: ${months}`,
    noneMissing: 'No month missing',
    importChoose: 'Choose a CSV file and upload it',
    importChooseAgain: 'Choose the corrected file and upload it',
    refusedTitle: 'The file has mistakes: nothing was imported',
    lineThree: /^Line 3: The ID card number is not valid/,
    importedTitle: 'Payroll imported',
    imported: (rows: number) => `Lines imported: ${rows}; the file was in GBK (common in Chinese Windows spreadsheets). Totals by month:`,
  },
} as const

export type OfficeTexts = (typeof officeTexts)[keyof typeof officeTexts]
