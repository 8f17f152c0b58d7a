import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { expect, test } from 'vitest'
import { emptyValues, type FormValues } from '../form-values'
import { StepContact } from './step-contact'

function Harness({ phone = '', phoneOnFile = null }: { readonly phone?: string; readonly phoneOnFile?: string | null }) {
  const [values, setValues] = useState<FormValues>({ ...emptyValues, phone })
  return <StepContact values={values} errors={[]} onChange={(patch) => setValues((current) => ({ ...current, ...patch }))} phoneOnFile={phoneOnFile} />
}

test('a typed number stays open when the field is left, so the button below does not move under the finger', () => {
  render(<Harness />)
  const field = screen.getByLabelText('手机号码')
  fireEvent.change(field, { target: { value: '13812345678' } })
  fireEvent.blur(field)
  expect(screen.getByLabelText<HTMLInputElement>('手机号码').value).toBe('13812345678')
  expect(screen.queryByText(/138\*\*\*\*5678/)).toBeNull()
})

test('a number known from the real-name record arrives after the screen opened and is masked, and opens again for a change', () => {
  const { rerender } = render(<StepContact values={{ ...emptyValues }} errors={[]} onChange={() => undefined} phoneOnFile={null} />)
  rerender(<StepContact values={{ ...emptyValues, phone: '13812345678' }} errors={[]} onChange={() => undefined} phoneOnFile={null} />)
  expect(screen.getByText('已填写的手机号码：138****5678')).toBeTruthy()
  expect(screen.queryByDisplayValue('13812345678')).toBeNull()
  fireEvent.click(screen.getByText('修改手机号码'))
  expect(screen.getByLabelText<HTMLInputElement>('手机号码').value).toBe('13812345678')
})

test('a number that is not complete stays open, so the mistake can be seen', () => {
  render(<Harness />)
  const field = screen.getByLabelText('手机号码')
  fireEvent.change(field, { target: { value: '1381234' } })
  fireEvent.blur(field)
  expect(screen.getByLabelText<HTMLInputElement>('手机号码').value).toBe('1381234')
})

test('a number saved in the draft is masked when the screen opens', () => {
  render(<Harness phone='13812345678' />)
  expect(screen.getByText('已填写的手机号码：138****5678')).toBeTruthy()
})

test('the number of the real-name record is shown masked, and another can be given instead', () => {
  render(<Harness phoneOnFile='150****8765' />)
  expect(screen.getByText('实名登记的手机号码：150****8765')).toBeTruthy()
  fireEvent.click(screen.getByText('用另一个号码'))
  const field = screen.getByLabelText<HTMLInputElement>('手机号码')
  expect(field.value).toBe('')
  fireEvent.change(field, { target: { value: '13812345678' } })
  expect(screen.getByLabelText<HTMLInputElement>('手机号码').value).toBe('13812345678')
})
