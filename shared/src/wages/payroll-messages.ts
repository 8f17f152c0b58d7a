import type { Locale } from '../platform/locale'

/**
 * What a site clerk reads when a payroll file is refused, one text per error key of the payroll
 * parser. Each error also carries its line (and column), which the page shows beside the text.
 */
export const payrollMessages = {
  'payroll.encoding': {
    'zh-CN': '无法识别文件的文字编码。请在 Excel 中选择“另存为”，保存类型选“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”，再重新上传',
    en: 'The text encoding of the file was not recognised. In Excel choose "Save As" with the type "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)", then upload it again',
  },
  'payroll.header': {
    'zh-CN': '第一行必须是表头：姓名,身份证号,工资月份,应发工资(元),实发工资(元),发放日期。请使用下载的模板，不要增删或调换列',
    en: 'The first line must be the header: 姓名,身份证号,工资月份,应发工资(元),实发工资(元),发放日期 (or name,id_number,month,due_yuan,paid_yuan,paid_on). Use the downloaded template and do not add, remove or reorder columns',
  },
  'payroll.empty': {
    'zh-CN': '文件中没有工资数据。请在表头下面每行填写一名工人的工资',
    en: 'The file has no payroll lines. Below the header, add one line for each worker',
  },
  'payroll.cells': {
    'zh-CN': '这一行的列数不对，应为 6 列。请检查是否多了或少了逗号，含逗号的内容要加英文双引号',
    en: 'This line does not have 6 columns. Check for missing or extra commas; put double quotes around a value that contains a comma',
  },
  'payroll.name': {
    'zh-CN': '姓名应为 2 至 30 个字，只能包含中文、字母、间隔号和空格',
    en: 'The name must be 2 to 30 characters: Chinese, letters, middle dots or spaces',
  },
  'payroll.idNumber': {
    'zh-CN': '身份证号码不正确，请核对 18 位号码（最后一位可以是 X）。在 Excel 中请把这一列设为“文本”格式，否则号码会变成 3.30304E+17 这样',
    en: 'The ID card number is not valid; check all 18 characters (the last may be X). In Excel, format this column as Text, or the number turns into something like 3.30304E+17',
  },
  'payroll.idNumberFutureBirthDate': {
    'zh-CN': '身份证号码中的出生日期晚于今天，请核对号码是否填错',
    en: 'The date of birth in this ID card number is after today; check the number for a mistake',
  },
  'payroll.month': {
    'zh-CN': '工资月份格式应为 2026-05（年-月）',
    en: 'The payroll month must look like 2026-05 (year-month)',
  },
  'payroll.amount': {
    'zh-CN': '金额应为 0 至 1000000 元之间的数字，最多两位小数，例如 6500.00',
    en: 'Amounts must be numbers from 0 to 1,000,000 yuan with at most two decimals, e.g. 6500.00',
  },
  'payroll.paidAboveDue': {
    'zh-CN': '实发工资不能多于应发工资',
    en: 'The amount paid cannot be more than the amount due',
  },
  'payroll.paidOn': {
    'zh-CN': '发放日期应为真实日期，格式为 2026-06-10 或 2026/06/10',
    en: 'The pay date must be a real date written as 2026-06-10 or 2026/06/10',
  },
  'payroll.duplicate': {
    'zh-CN': '同一身份证号码在同一工资月份出现了不止一次，请删除重复的行',
    en: 'This ID card number appears more than once for the same payroll month; remove the repeated line',
  },
  'payroll.tooManyRows': {
    'zh-CN': '一个文件最多导入 5000 行工资数据，请分成几个文件上传',
    en: 'A file can hold at most 5,000 payroll lines; split it into several files',
  },
} as const satisfies Record<string, Record<Locale, string>>

export type PayrollMessageKey = keyof typeof payrollMessages
