import type { Locale } from '../platform/locale'

/**
 * What a bank's clerk reads when a confirmation file is refused whole (decision 068), one text per
 * error key of the file's parser. A line that does not read refuses that line only: it comes back
 * in the result as `unreadable`, with its line number.
 */
export const creditFileMessages = {
  'creditFile.encoding': {
    'zh-CN': '无法识别文件的文字编码。请以 UTF-8 或 GBK 编码的 CSV 文件重新发送',
    en: 'The text encoding of the file was not recognised. Send it again as a CSV file in UTF-8 or GBK',
  },
  'creditFile.header': {
    'zh-CN': '第一行必须是表头：reference,card_number,amount,outcome,bank_transaction_id,at,reason（或 参考号,卡号,金额,结果,银行流水号,时间,原因），不要增删或调换列',
    en: 'The first line must be the header: reference,card_number,amount,outcome,bank_transaction_id,at,reason (or 参考号,卡号,金额,结果,银行流水号,时间,原因), with no column added, removed or moved',
  },
  'creditFile.syntax': {
    'zh-CN': '文件中有英文双引号没有配对，从那里到文件末尾都无法读取。含逗号的内容要用一对英文双引号括起来',
    en: 'A double quote in the file is not closed, so nothing from there to the end can be read. Put a pair of double quotes around a value that contains a comma',
  },
  'creditFile.empty': {
    'zh-CN': '文件中没有入账结果。请在表头下面每行填写一笔',
    en: 'The file has no confirmations. Below the header, add one line for each payment',
  },
  'creditFile.tooManyRows': {
    'zh-CN': '一个文件最多 20000 行入账结果，请分成几个文件发送',
    en: 'A file can hold at most 20,000 confirmations; split it into several files',
  },
} as const satisfies Record<string, Record<Locale, string>>

export type CreditFileMessageKey = keyof typeof creditFileMessages
