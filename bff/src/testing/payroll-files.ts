import iconv from 'iconv-lite'
import { idNumberCheckCharacter } from '@renshe/shared/identity/id-number'
import type { TestContext } from './harness'
import { upload } from './uploads'

export const payrollHeader = '姓名,身份证号,工资月份,应发工资(元),实发工资(元),发放日期'

/** A made-up but valid ID number: region, birth date and sequence, with its check character. */
export function validIdNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`
  return `${first17}${idNumberCheckCharacter(first17)}`
}

/** Workers the payroll tests pay; none of them is in the seed. */
export const testCrew = [
  { name: '马立新', idNumber: validIdNumber('330302', '19800214', '031') },
  { name: '何春燕', idNumber: validIdNumber('330304', '19920708', '022') },
  { name: '欧阳德明', idNumber: validIdNumber('511321', '19870530', '075') },
] as const

/** A payroll CSV as a site clerk's Excel writes it: the header, then one line per row, CRLF. */
export function payrollCsv(rows: readonly (readonly string[])[], header = payrollHeader): string {
  return [header, ...rows.map((row) => row.join(','))].map((line) => `${line}\r\n`).join('')
}

/** The whole crew paid for `month`: due `yuan` each, paid all of it on the 10th of the next month. */
export function crewRows(month: string, yuan: readonly string[] = ['7800.00', '6200.50', '8100']): string[][] {
  const [year = '', mm = ''] = month.split('-')
  const next = mm === '12' ? `${Number(year) + 1}-01` : `${year}-${String(Number(mm) + 1).padStart(2, '0')}`
  return testCrew.map((worker, i) => [worker.name, worker.idNumber, month, yuan[i] ?? '5000', yuan[i] ?? '5000', `${next}-10`])
}

export const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'))
export const gbk = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'gbk'))

/** Posts a payroll file to a project, as the employer's phone uploads it. */
export function postPayroll(
  t: Pick<TestContext, 'app'>,
  projectId: string,
  bytes: Uint8Array,
  options: { token: string; idempotencyKey?: string; headers?: Record<string, string>; name?: string },
): Promise<Response> {
  return upload(t, `/api/wages/projects/${projectId}/payroll`, {
    token: options.token,
    file: { name: options.name ?? '工资发放名单.csv', bytes, type: 'text/csv' },
    ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  })
}
