import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { beforeEach, expect, test, vi } from 'vitest'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { assessedCandidate, assessor, awaitingCandidate, carersCourse, passResult } from '../../test-fixtures'
import AssessmentCoursePage from './index'

const request = vi.mocked(Taro.request)
const input = (id: string) => document.getElementById(id) as HTMLInputElement
const numberField = 'assessment-e-1-number'

beforeEach(() => {
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'c-1' } } as unknown as ReturnType<typeof useRouter>)
  sessionStore.set({ token: 'token-assessor', me: assessor })
})

async function openPage() {
  request.mockResolvedValueOnce(answer(200, { course: carersCourse, items: [awaitingCandidate, assessedCandidate] }))
  render(<AssessmentCoursePage />)
  expect(await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/assessor/courses/c-1', method: 'GET' })
  expect(sent(request, 0).header['X-Acting-For']).toBeUndefined()
}

const section = (title: string) => within(screen.getByRole('heading', { name: title }).parentElement as HTMLElement)

async function typePass(number: string) {
  fireEvent.click(screen.getByRole('button', { name: '合格 张*' }))
  fireEvent.input(input(numberField), { target: { value: number } })
  fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }))
}

test('trainees show masked with their attendance; a pass is checked in the page, then saved with its certificate number', async () => {
  await openPage()
  expect(screen.getByText('养老护理员（4-10-01-05） · 五级（初级工）')).toBeTruthy()
  expect(screen.getByText('每名学员的评价结果只能登记一次，登记后不能修改。保存前请核对。')).toBeTruthy()
  const waiting = section('待登记结果（1）')
  expect(waiting.getByText('身份证 330302********1231')).toBeTruthy()
  expect(waiting.getByText('出勤 3 / 3 次课')).toBeTruthy()
  const done = section('已登记结果（1）')
  expect(done.getByText('合格 · 证书编号 S330302202600001')).toBeTruthy()
  expect(done.queryByRole('button')).toBeNull()

  await typePass('s3303 0220 2600 002'.replace(/ /g, ''))
  // Nothing is sent before the check: the question names her and the number, and says it is final.
  expect(screen.getByText('登记 张* 合格，证书编号 S330302202600002？证书会记入张*的技能档案。')).toBeTruthy()
  expect(screen.getByText('结果只能登记一次，保存后不能修改。')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)

  const recorded = { ...awaitingCandidate, result: { ...passResult, certificateNumber: 'S330302202600002' } }
  request.mockResolvedValueOnce(answer(200, recorded))
  fireEvent.click(screen.getByRole('button', { name: '确认登记' }))
  expect(await screen.findByText('已登记：张* 合格，证书已记入其技能档案。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/assessor/enrolments/e-1/result', method: 'POST', data: { passed: true, certificateNumber: 'S330302202600002' } })
  expect(screen.getByText('这门课的学员结果都已登记。')).toBeTruthy()
  expect(section('已登记结果（2）').getByText('合格 · 证书编号 S330302202600002')).toBeTruthy()
})

test('a fail is checked too, and "go back" sends nothing', async () => {
  await openPage()
  fireEvent.click(screen.getByRole('button', { name: '不合格 张*' }))
  expect(screen.getByText('登记 张* 不合格？')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '返回修改' }))
  expect(request).toHaveBeenCalledTimes(1)
  fireEvent.click(screen.getByRole('button', { name: '不合格 张*' }))
  request.mockResolvedValueOnce(answer(200, { ...awaitingCandidate, result: { ...passResult, passed: false, certificateNumber: null } }))
  fireEvent.click(screen.getByRole('button', { name: '确认登记' }))
  expect(await screen.findByText('已登记：张* 不合格。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ passed: false })
  expect(section('已登记结果（2）').getByText('不合格')).toBeTruthy()
})

test('a certificate number of the wrong shape is said at the field before anything is sent', async () => {
  await openPage()
  await typePass('AB-12')
  expect(await screen.findByText('证书编号应为 8 至 32 位字母或数字')).toBeTruthy()
  expect(input(numberField).value).toBe('AB-12')
  expect(request).toHaveBeenCalledTimes(1)
})

test('a number already recorded is refused at the field, with what was typed still there', async () => {
  await openPage()
  await typePass('S330302202600001')
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'body.certificateNumber', key: 'training.certificateTaken', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: '确认登记' }))
  expect(await screen.findByText('这个证书编号已登记过')).toBeTruthy()
  expect(input(numberField).value).toBe('S330302202600001')
})

test('a result already recorded (or a trainee who never attended) is refused in the reader’s language', async () => {
  await openPage()
  await typePass('S330302202600009')
  // The answer's own text is in whatever language; the key decides what she reads.
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'training.alreadyAssessed', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: '确认登记' }))
  expect(await screen.findByText('这名学员的评价结果已登记')).toBeTruthy()
  expect(input(numberField).value).toBe('S330302202600009')

  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'training.notAttending', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }))
  fireEvent.click(screen.getByRole('button', { name: '确认登记' }))
  expect(await screen.findByText('这名学员还没有参加培训，暂不能登记评价结果')).toBeTruthy()
})

test('in English and care mode the page speaks English, refusals included', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  request.mockResolvedValueOnce(answer(200, { course: carersCourse, items: [awaitingCandidate, assessedCandidate] }))
  render(<AssessmentCoursePage />)
  expect(await screen.findByRole('heading', { name: 'Awaiting a result (1)' })).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByText('Attended 3 of 3 sessions')).toBeTruthy()
  expect(screen.getByText('Passed · certificate no. S330302202600001')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: 'Pass 张*' }))
  fireEvent.input(input(numberField), { target: { value: 'S330302202600001' } })
  fireEvent.click(screen.getByRole('button', { name: 'Next: check' }))
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'body.certificateNumber', key: 'training.certificateTaken', message: '这个证书编号已登记过' }] })))
  fireEvent.click(screen.getByRole('button', { name: 'Record the result' }))
  expect(await screen.findByText('This certificate number is already recorded')).toBeTruthy()
})
