import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { importPayroll } from '@renshe/shared/wages/contract'
import { problem } from '../../../../test/fixtures'
import { upload } from '../../../lib/upload/upload'
import { OfficePayrollImport } from './office-payroll-import'

vi.mock('../../../lib/upload/upload', () => ({ upload: vi.fn() }))
const sendFile = vi.mocked(upload)

function chooseCsv(name = '工资表-2026-10.csv') {
  const file = new File(['姓名,身份证号\n'], name, { type: 'text/csv' })
  fireEvent.change(screen.getByLabelText('选择 CSV 文件并上传'), { target: { files: [file] } })
}

test('an imported payroll shows the months and totals and the encoding read', async () => {
  const onImported = vi.fn()
  sendFile.mockResolvedValueOnce({
    ok: true,
    value: {
      projectId: 'p-1',
      encoding: 'gbk',
      rows: 42,
      months: [{ month: '2026-10', workers: 42, dueFen: 25_200_000, paidFen: 25_200_000, importedAt: '2026-11-10T02:00:00.000Z' }],
    },
  })
  render(<OfficePayrollImport projectId='p-1' onImported={onImported} />)

  chooseCsv()

  expect(await screen.findByRole('heading', { name: '工资表已导入' })).toBeTruthy()
  expect(screen.getByText('共导入 42 行，文件编码为 GBK（中文 Windows 表格软件常用）。各月合计：')).toBeTruthy()
  expect(screen.getByText('42 人，应发 ¥252,000.00，实发 ¥252,000.00')).toBeTruthy()
  expect(onImported).toHaveBeenCalled()
  // Another month is a new file, not a corrected one.
  expect(screen.getByLabelText('选择 CSV 文件并上传')).toBeTruthy()
  expect(sendFile).toHaveBeenCalledWith(importPayroll, expect.objectContaining({ params: { id: 'p-1' }, fileName: '工资表-2026-10.csv' }))
})

test('a refused payroll lists every bad line and offers to upload the fixed file', async () => {
  sendFile.mockResolvedValueOnce({
    ok: false,
    network: false,
    problem: problem('validation_failed', 400, {
      errors: [
        { path: 'file.line.7.idNumber', key: 'idNumber.checkDigit', message: '身份证号码校验位不正确，请核对后重新输入' },
        { path: 'file.line.9.paid', key: 'payroll.amount', message: '实发工资格式不正确' },
      ],
    }),
  })
  render(<OfficePayrollImport projectId='p-1' onImported={vi.fn()} />)

  chooseCsv()

  const alert = await screen.findByRole('alert')
  expect(within(alert).getByRole('heading', { name: '文件有误，没有导入任何数据' })).toBeTruthy()
  expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    '第 7 行：身份证号码校验位不正确，请核对后重新输入',
    '第 9 行：实发工资格式不正确',
  ])
  expect(screen.getByLabelText('改正后重新选择文件上传')).toBeTruthy()
})

test('a lost answer is retried as the same upload', async () => {
  sendFile.mockResolvedValueOnce({ ok: false, network: true }).mockResolvedValueOnce({
    ok: true,
    value: { projectId: 'p-1', encoding: 'utf-8', rows: 1, months: [] },
  })
  render(<OfficePayrollImport projectId='p-1' onImported={vi.fn()} />)

  chooseCsv()
  await screen.findByRole('heading', { name: '网络连接失败' })
  fireEvent.click(screen.getByRole('button', { name: '重试' }))

  await waitFor(() => expect(sendFile).toHaveBeenCalledTimes(2))
  const first = sendFile.mock.calls[0]?.[1]
  const second = sendFile.mock.calls[1]?.[1]
  expect(second?.idempotencyKey).toBe(first?.idempotencyKey)
})
