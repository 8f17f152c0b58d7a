import { fireEvent, render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { ErrorSummary } from './error-summary'
import { Field } from './field'

function Form() {
  const errors = [
    { fieldId: 'name', message: '请输入姓名' },
    { fieldId: 'id-number', message: '身份证号码校验位不正确，请核对后重新输入' },
  ]
  return (
    <div>
      <ErrorSummary errors={errors} />
      <Field id='name' label='姓名' value='' onChange={() => undefined} error='请输入姓名' />
      <Field id='id-number' label='身份证号码' value='3303' onChange={() => undefined} error={errors[1]?.message ?? ''} />
    </div>
  )
}

test('after a submission with mistakes, the summary is announced, takes focus and names each mistake', () => {
  render(<Form />)

  const summary = screen.getByRole('alert')
  expect(summary).toBe(document.activeElement)
  expect(screen.getByRole('heading', { level: 2, name: '请修改以下问题' })).toBeTruthy()
  const links = screen.getAllByRole('link')
  expect(links.map((link) => link.textContent)).toEqual(['请输入姓名', '身份证号码校验位不正确，请核对后重新输入'])
})

test('following a mistake in the summary puts the cursor in that field', () => {
  render(<Form />)

  fireEvent.click(screen.getByRole('link', { name: '身份证号码校验位不正确，请核对后重新输入' }))
  expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '身份证号码' }))

  fireEvent.keyDown(screen.getByRole('link', { name: '请输入姓名' }), { key: 'Enter' })
  expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '姓名' }))
})

test('each field says what is wrong with it, and the input is described by that message', () => {
  render(<Form />)

  const input = screen.getByRole('textbox', { name: '身份证号码' })
  expect(input.getAttribute('aria-invalid')).toBe('true')
  const describedBy = input.getAttribute('aria-describedby') ?? ''
  expect(document.getElementById(describedBy)?.textContent).toContain('身份证号码校验位不正确')
})

test('where the messages are generic, the summary names the field of each', () => {
  const errors = [
    { fieldId: 'project-name', message: '请填写此项' },
    { fieldId: 'project-address', message: '请填写此项' },
  ]
  render(<ErrorSummary errors={errors} labels={{ 'project-name': '项目名称', 'project-address': '项目地址' }} />)
  expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['项目名称：请填写此项', '项目地址：请填写此项'])
})

test('a form without mistakes shows no summary', () => {
  render(<ErrorSummary errors={[]} />)
  expect(screen.queryByRole('alert')).toBeNull()
})
