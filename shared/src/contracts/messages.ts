import type { Locale } from '../platform/locale'

/** Field messages of labour contracts (decision 073), merged into the shared list. */
export const contractsFieldMessages = {
  'contracts.endRequired': { 'zh-CN': '固定期限劳动合同请填写终止日期', en: 'A fixed-term contract needs its end day' },
  'contracts.endNotAllowed': { 'zh-CN': '此类合同没有终止日期，请留空', en: 'This kind of contract has no end day: leave it empty' },
  'contracts.endBeforeStart': { 'zh-CN': '终止日期应当晚于开始日期', en: 'The end day must come after the start day' },
  'contracts.taskRequired': { 'zh-CN': '请写明以完成哪项工作任务为期限', en: 'Say which task the contract lasts until' },
  'contracts.probationTooLong': {
    'zh-CN': '试用期超过法定上限：合同期限三个月以上不满一年的不超过一个月，一年以上不满三年的不超过两个月，三年以上或无固定期限的不超过六个月；以完成一定工作任务为期限、不满三个月的合同和非全日制用工不得约定试用期',
    en: 'Probation is longer than the law allows: at most one month for a term of three months to a year, two for one to three years, six for three years or more or no fixed term; none for a task contract, a term under three months, or part-time work',
  },
  'contracts.partTimeHourly': { 'zh-CN': '非全日制用工以小时计酬', en: 'Part-time work is paid by the hour' },
  'contracts.belowMinimum': { 'zh-CN': '月工资不得低于当地最低工资标准', en: 'A monthly wage cannot be below the local minimum wage' },
  'contracts.wageRequired': { 'zh-CN': '请填写工资金额', en: 'Enter the wage' },
  'contracts.hashFormat': { 'zh-CN': '请输入 64 位的 SHA-256 值（0–9、a–f）', en: 'Enter the 64-character SHA-256 (0–9, a–f)' },
  'contracts.notAPdf': { 'zh-CN': '请选择劳动合同的 PDF 文件', en: 'Choose the contract’s PDF file' },
  'contracts.unprintable': { 'zh-CN': '含有合同文件无法印出的字符（如生僻字或表情符号），请改用常用字', en: 'Contains characters the contract file cannot print (a rare character or an emoji): use common characters' },
  'contracts.belowHourlyMinimum': { 'zh-CN': '小时工资不得低于当地非全日制用工小时最低工资标准', en: 'An hourly wage cannot be below the local hourly minimum for part-time work' },
  'contracts.lastDayBeforeStart': { 'zh-CN': '最后工作日不能早于合同开始日期', en: 'The last working day cannot come before the contract’s start' },
  'contracts.lastDayBeforeSigning': { 'zh-CN': '最后工作日不能早于合同签署之日', en: 'The last working day cannot come before the contract was signed' },
  'contracts.lastDayInFuture': { 'zh-CN': '劳动关系结束后再办理：最后工作日不能晚于今天', en: 'Record the ending once it has happened: the last working day cannot be after today' },
  'contracts.expiryNeedsEnd': { 'zh-CN': '只有约定了终止日期的合同才能以期满终止，且最后工作日不早于终止日期', en: 'Only a contract with an end day ends at the end of its term, on or after that day' },
  'contracts.identityCheckFailed': { 'zh-CN': '人脸核验未通过，请重新核验后再签署', en: 'The face check did not pass: check again before signing' },
} as const satisfies Record<string, Record<Locale, string>>

export type ContractsFieldMessageKey = keyof typeof contractsFieldMessages
