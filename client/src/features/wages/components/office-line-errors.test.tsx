import { render, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { localeStore } from '../../../lib/i18n/locale-store'
import { lineOf, OfficeLineErrors } from './office-line-errors'

const errors = [
  { path: 'file.line.12.amount', key: 'payroll.amount', message: '应发工资格式不正确' },
  { path: 'file.line.7.idNumber', key: 'idNumber.checkDigit', message: '身份证号码校验位不正确，请核对后重新输入' },
  { path: 'file.header', key: 'payroll.header', message: '缺少“实发工资”一列' },
  { path: 'file.line.7.month', key: 'period.format', message: '月份格式应为 2024-01' },
]

test('a path names the line of the file it is about, or none for the whole file', () => {
  expect(lineOf('file.line.7.idNumber')).toBe(7)
  expect(lineOf('file.line.120')).toBe(120)
  expect(lineOf('body.file.line.3.name')).toBe(3)
  expect(lineOf('file.header')).toBeNull()
  expect(lineOf('file')).toBeNull()
  expect(lineOf('file.pipeline.4')).toBeNull()
})

test('a refused payroll file says nothing was imported and lists every mistake by line', () => {
  render(<OfficeLineErrors errors={errors} />)

  const alert = screen.getByRole('alert')
  expect(within(alert).getByRole('heading', { level: 2, name: '文件有误，没有导入任何数据' })).toBeTruthy()
  expect(alert.textContent).toContain('发现 4 处问题。请在文件中全部改正后，重新上传整个文件。')
  const items = within(alert)
    .getAllByRole('listitem')
    .map((item) => item.textContent)
  expect(items).toEqual([
    '缺少“实发工资”一列',
    '第 7 行：身份证号码校验位不正确，请核对后重新输入',
    '第 7 行：月份格式应为 2024-01',
    '第 12 行：应发工资格式不正确',
  ])
})

test('in English each mistake reads "Line N"', () => {
  localeStore.set('en')
  render(<OfficeLineErrors errors={[{ path: 'file.line.7.idNumber', key: 'idNumber.checkDigit', message: 'The check digit is wrong' }]} />)

  expect(screen.getByRole('heading', { name: 'The file has mistakes: nothing was imported' })).toBeTruthy()
  expect(screen.getByRole('listitem').textContent).toBe('Line 7: The check digit is wrong')
})
