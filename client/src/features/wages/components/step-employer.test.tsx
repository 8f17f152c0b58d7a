import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { expect, test, vi } from 'vitest'
import { creditCodeCheckCharacter } from '@renshe/shared/wages/credit-code'
import type { KnownEmployer } from '@renshe/shared/wages/schemas'
import { answer, citizen, sent } from '../../../../test/fixtures'
import { sessionStore } from '../../../lib/auth/session-store'
import { employerModeOf } from '../form-steps'
import { emptyValues, type FormValues } from '../form-values'
import { StepEmployer } from './step-employer'

const request = vi.mocked(Taro.request)
const first17 = '91330302MA2A11110'
const validCode = `${first17}${creditCodeCheckCharacter(first17) ?? ''}`

function Harness({ onChoose = () => undefined }: { readonly onChoose?: (employer: KnownEmployer, project: KnownEmployer['projects'][number] | null) => void }) {
  const [values, setValues] = useState<FormValues>(emptyValues)
  const [manual, setManual] = useState(false)
  return (
    <StepEmployer
      values={values}
      mode={employerModeOf(values, manual)}
      errors={[]}
      onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
      onChoose={onChoose}
      onManual={setManual}
    />
  )
}

test('a worker who cannot find the employer types its name, and a wrong credit code is caught when the field is left', () => {
  render(<Harness />)
  fireEvent.click(screen.getByText('找不到？直接填写单位名称'))
  fireEvent.change(screen.getByLabelText('单位名称'), { target: { value: '温州某建设有限公司' } })
  const code = screen.getByLabelText('统一社会信用代码（选填）')

  fireEvent.change(code, { target: { value: '91330302MA2A' } })
  expect(screen.queryByText(/统一社会信用代码为 18 位/)).toBeNull()
  fireEvent.blur(code)

  expect(screen.getByText('统一社会信用代码为 18 位数字和大写字母（不含 I、O、Z、S、V）')).toBeTruthy()
  expect(code.getAttribute('aria-invalid')).toBe('true')
  expect(code.getAttribute('aria-describedby')).toContain('wages-credit-code-error')
})

test('a full-length code is checked as soon as it is typed, and a right one is confirmed in words', () => {
  render(<Harness />)
  fireEvent.click(screen.getByText('找不到？直接填写单位名称'))
  const code = screen.getByLabelText('统一社会信用代码（选填）')
  const wrong = `${first17}${validCode.endsWith('0') ? '1' : '0'}`

  fireEvent.change(code, { target: { value: wrong } })
  expect(screen.getByText('统一社会信用代码最后一位不正确，请对照营业执照核对')).toBeTruthy()

  fireEvent.change(code, { target: { value: validCode.toLowerCase() } })
  expect(screen.queryByText(/最后一位不正确/)).toBeNull()
  expect(screen.getByText('代码核对无误')).toBeTruthy()
})

test('known employers are searched as the worker pauses typing, and one can be chosen', async () => {
  vi.useFakeTimers()
  sessionStore.set({ token: 'token-abc', me: citizen })
  const employer: KnownEmployer = { id: 'emp-1', name: '温州瓯江建设有限公司', creditCode: validCode, regionCode: '330302', projects: [] }
  request.mockResolvedValue(answer(200, { employers: [employer] }))
  const onChoose = vi.fn()
  render(<Harness onChoose={onChoose} />)

  fireEvent.change(screen.getByLabelText('单位或工地名称，或统一社会信用代码'), { target: { value: '瓯' } })
  fireEvent.change(screen.getByLabelText('单位或工地名称，或统一社会信用代码'), { target: { value: '瓯江' } })
  fireEvent.change(screen.getByLabelText('单位或工地名称，或统一社会信用代码'), { target: { value: '瓯江建设' } })
  await act(async () => {
    await vi.advanceTimersByTimeAsync(500)
  })
  vi.useRealTimers()

  expect(request).toHaveBeenCalledTimes(1)
  expect(sent(request).url).toBe(`/api/wages/employers?q=${encodeURIComponent('瓯江建设')}`)
  fireEvent.click(screen.getByText('温州瓯江建设有限公司'))
  expect(onChoose).toHaveBeenCalledWith(employer, null)
})

test('an employer found is listed with its sites, and picking a site picks the employer with it', async () => {
  vi.useFakeTimers()
  sessionStore.set({ token: 'token-abc', me: citizen })
  const site = { id: 'project-1', name: '瓯江府二期', regionCode: '330302', address: '鹿城区江滨西路 88 号' }
  const employer: KnownEmployer = { id: 'emp-1', name: '温州瓯江建设有限公司', creditCode: validCode, regionCode: '330302', projects: [site] }
  request.mockResolvedValue(answer(200, { employers: [employer] }))
  const onChoose = vi.fn()
  render(<Harness onChoose={onChoose} />)
  fireEvent.change(screen.getByLabelText('单位或工地名称，或统一社会信用代码'), { target: { value: '瓯江府' } })
  await act(async () => {
    await vi.advanceTimersByTimeAsync(500)
  })
  vi.useRealTimers()

  expect(screen.getByText('温州瓯江建设有限公司的工地 · 鹿城区')).toBeTruthy()
  fireEvent.click(screen.getByText('瓯江府二期'))
  expect(onChoose).toHaveBeenCalledWith(employer, site)
})
