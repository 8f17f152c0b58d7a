import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Programme } from '@renshe/shared/training/schemas'
import type { NewProgramme } from '@renshe/shared/training/new-programme'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { carersProgramme, officer } from '../../test-fixtures'
import NewTrainingProgrammePage from './index'

const request = vi.mocked(Taro.request)
const institutions = [
  { id: 'inst-1', name: '温州鹿城职业技能培训学校', regionCode: '330302' },
  { id: 'inst-2', name: '鹿城区家政服务培训中心', regionCode: '330302' },
]

async function openPage() {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, { items: institutions }))
  render(<NewTrainingProgrammePage />)
  expect(await screen.findByRole('checkbox', { name: '温州鹿城职业技能培训学校' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/institutions', method: 'GET' })
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement
const type = (id: string, value: string) => fireEvent.input(input(id), { target: { value } })

/** Finds an occupation by a word and chooses it in the row. */
function chooseOccupation(row: number, word: string, name: string) {
  type(`programme-row-${row}-occupation`, word)
  fireEvent.click(screen.getByRole('button', { name: `选择 ${name}` }))
}

function levelIn(row: number, level: string) {
  fireEvent.click(within(document.getElementById(`programme-row-${row}-level`) as HTMLElement).getByRole('button', { name: level }))
}

/** The form filled for the carers' programme, two levels, one of them in the second row. */
function fillCarers() {
  type('programme-name', '2027年养老护理员培训券')
  fireEvent.click(screen.getByRole('radio', { name: '基础培训' }))
  fireEvent.click(screen.getByRole('radio', { name: '面值券' }))
  fireEvent.click(screen.getByRole('radio', { name: '定向券' }))
  type('programme-min-age', '40')
  type('programme-max-age', '60')
  fireEvent.click(screen.getByRole('checkbox', { name: '失业人员' }))
  fireEvent.click(screen.getByRole('checkbox', { name: '灵活就业人员' }))
  chooseOccupation(0, '养老护理', '养老护理员（4-10-01-05）')
  levelIn(0, '五级（初级工）')
  type('programme-row-0-subsidy', '1500.5')
  fireEvent.click(screen.getByRole('button', { name: '再加一个职业和等级' }))
  chooseOccupation(1, '养老护理', '养老护理员（4-10-01-05）')
  levelIn(1, '四级（中级工）')
  type('programme-row-1-subsidy', '２０００')
  fireEvent.click(screen.getByRole('checkbox', { name: '温州鹿城职业技能培训学校' }))
  type('programme-valid-from', '2027-01-01')
  type('programme-valid-until', '2027-12-31')
  type('programme-quantity', '500')
}

const carers: NewProgramme = {
  name: '2027年养老护理员培训券',
  kind: 'basic',
  payment: 'face_value',
  reach: 'targeted',
  eligibility: { minAge: 40, maxAge: 60, groups: ['unemployed', 'flexibleWorker'] },
  covered: [
    { occupationCode: '4-10-01-05', level: 5, subsidyFen: 150_050 },
    { occupationCode: '4-10-01-05', level: 4, subsidyFen: 200_000 },
  ],
  institutionIds: ['inst-1'],
  validFrom: '2027-01-01',
  validUntil: '2027-12-31',
  attendanceThresholdPercent: 80,
  quantity: 500,
}

test('an empty form sends nothing: the summary takes focus, names each field, and each error leads to its field', async () => {
  await openPage()
  fireEvent.click(screen.getByRole('button', { name: '创建并开始发放' }))
  const summary = await screen.findByRole('alert')
  expect(document.activeElement).toBe(summary)
  const links = within(summary).getAllByRole('link').map((link) => link.textContent)
  expect(links).toEqual([
    '批次名称：请填写此项',
    '培训类型：请选择一项',
    '使用方式：请选择一项',
    '发放方式：请选择一项',
    '第 1 行 职业（工种）：请选择一个职业',
    '第 1 行 等级：请选择一项',
    '第 1 行 补贴标准（元）：请填写补贴金额，例如 1500',
    '有效期开始日期：日期格式应为 2026-01-31',
    '有效期结束日期：日期格式应为 2026-01-31',
    '发放数量（张）：请填写发放数量，例如 500',
  ])
  fireEvent.click(within(summary).getByRole('link', { name: '第 1 行 补贴标准（元）：请填写补贴金额，例如 1500' }))
  expect(document.activeElement).toBe(input('programme-row-0-subsidy'))
  fireEvent.click(within(summary).getByRole('link', { name: '培训类型：请选择一项' }))
  expect(document.activeElement?.id).toBe('programme-kind')
  expect(input('programme-row-0-subsidy').getAttribute('aria-invalid')).toBe('true')
  expect(request).toHaveBeenCalledTimes(1)
})

test('the officer opens a programme: yuan become whole fen, the choices and ticks are sent as the contract says, with an Idempotency-Key', async () => {
  await openPage()
  fillCarers()
  const created: Programme = { ...carersProgramme, covered: carers.covered, ledger: { quantity: 500, issued: 0, remaining: 500, claimed: 0, expired: 0, withdrawn: 0, budgetFen: 100_000_000, appliedFen: 0, committedFen: 0, paidFen: 0 } }
  request.mockResolvedValueOnce(answer(201, created))
  fireEvent.click(screen.getByRole('button', { name: '创建并开始发放' }))
  expect(await screen.findByRole('heading', { name: '已创建，培训券开始发放。' })).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/programmes', method: 'POST', data: carers })
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  expect(sent(request, 1).header['X-Acting-For']).toBeUndefined()
  expect(screen.getByRole('list', { name: '发放情况' }).textContent).toContain('还可发放500 张')
  fireEvent.click(screen.getByRole('link', { name: '查看“2027年养老护理员培训券”' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/programme/index?id=p-1' })
})

test('a refusal keeps what was typed and says what is wrong at its row; a retry after a server error is the same submission', async () => {
  await openPage()
  fillCarers()
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.covered.1.subsidyFen', key: 'training.subsidy', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: '创建并开始发放' }))
  const summary = await screen.findByRole('alert')
  expect(within(summary).getByRole('link').textContent).toBe('第 2 行 补贴标准（元）：补贴标准应在 0.01 元至 1 万元之间')
  expect(input('programme-row-1-subsidy').getAttribute('aria-invalid')).toBe('true')
  expect(input('programme-row-1-subsidy').value).toBe('２０００')
  expect(input('programme-name').value).toBe('2027年养老护理员培训券')
  expect(screen.getByRole('radio', { name: '定向券' }).getAttribute('aria-checked')).toBe('true')
  expect(screen.getByRole('checkbox', { name: '温州鹿城职业技能培训学校' }).getAttribute('aria-checked')).toBe('true')
  expect(screen.getAllByText('养老护理员（4-10-01-05）', { selector: '.training-picker__item--chosen span' })).toHaveLength(2)

  // Changed, it is a new submission; a server error then, and the retry goes with the same key.
  type('programme-row-1-subsidy', '1800')
  request.mockResolvedValueOnce(answer(500, problem('internal', 500))).mockResolvedValueOnce(answer(201, carersProgramme))
  fireEvent.click(screen.getByRole('button', { name: '创建并开始发放' }))
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByRole('heading', { name: '已创建，培训券开始发放。' })).toBeTruthy()
  expect(sent(request, 2).header['Idempotency-Key']).not.toBe(sent(request, 1).header['Idempotency-Key'])
  expect(sent(request, 3).header['Idempotency-Key']).toBe(sent(request, 2).header['Idempotency-Key'])
  expect(sent(request, 3).data).toMatchObject({ covered: [carers.covered[0], { ...carers.covered[1], subsidyFen: 180_000 }] })
})

test('a row removed takes its values with it; the rows left keep theirs', async () => {
  await openPage()
  fillCarers()
  fireEvent.click(screen.getByRole('button', { name: '去掉第 1 行' }))
  expect(screen.queryByRole('button', { name: '去掉第 1 行' })).toBeNull()
  expect(input('programme-row-1-subsidy').value).toBe('２０００')
  expect(document.getElementById('programme-row-0-subsidy')).toBeNull()
  request.mockResolvedValueOnce(answer(201, carersProgramme))
  fireEvent.click(screen.getByRole('button', { name: '创建并开始发放' }))
  await screen.findByRole('heading', { name: '已创建，培训券开始发放。' })
  expect(sent(request, 1).data).toMatchObject({ covered: [carers.covered[1]] })
})

test('in English and care mode, the shared rules speak English: ages in order, dates in order, a level covered twice', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, { items: [] }))
  render(<NewTrainingProgrammePage />)
  expect(await screen.findByText('Your region has no training institution yet.')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByText('Face value: you pay nothing when you enrol; once you pass, the government pays the training institution.')).toBeTruthy()

  type('programme-name', 'Carers 2027')
  fireEvent.click(screen.getByRole('radio', { name: 'Skill upgrading' }))
  fireEvent.click(screen.getByRole('radio', { name: 'Offset' }))
  fireEvent.click(screen.getByRole('radio', { name: 'General' }))
  type('programme-min-age', '60')
  type('programme-max-age', '40')
  for (const row of [0, 1]) {
    if (row === 1) fireEvent.click(screen.getByRole('button', { name: 'Add another occupation and level' }))
    type(`programme-row-${row}-occupation`, '4-10-01-05')
    fireEvent.click(screen.getByRole('button', { name: 'Choose 养老护理员 (4-10-01-05)' }))
    fireEvent.click(within(document.getElementById(`programme-row-${row}-level`) as HTMLElement).getByRole('button', { name: 'Level 3 (senior)' }))
    type(`programme-row-${row}-subsidy`, '2500')
  }
  type('programme-valid-from', '2027-12-31')
  type('programme-valid-until', '2027-01-01')
  type('programme-quantity', '100')
  fireEvent.click(screen.getByRole('button', { name: 'Open and start issuing' }))

  const summary = await screen.findByRole('alert')
  expect(within(summary).getByRole('heading').textContent).toBe('There is a problem')
  expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
    'Oldest age: The oldest age must not be below the youngest',
    'Occupations and levels it pays for: Each occupation and level can be added only once',
    'Last valid day: The last valid day must not be before the first',
  ])
  expect(request).toHaveBeenCalledTimes(1)
})

test('the attendance threshold starts at the usual 80 %; one outside 50–100 or left empty is said at its field, and another one is sent as typed', async () => {
  await openPage()
  expect(input('programme-threshold').value).toBe('80')
  fillCarers()
  type('programme-threshold', '40')
  fireEvent.click(screen.getByRole('button', { name: '创建并开始发放' }))
  const summary = await screen.findByRole('alert')
  expect(within(summary).getByRole('link').textContent).toBe('出勤率要求（%）：出勤率要求应在 50% 至 100% 之间')
  expect(input('programme-threshold').getAttribute('aria-invalid')).toBe('true')
  type('programme-threshold', '')
  fireEvent.click(screen.getByRole('button', { name: '创建并开始发放' }))
  await vi.waitFor(() => expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe('出勤率要求（%）：请填写 50 至 100 之间的整数，例如 80'))
  expect(request).toHaveBeenCalledTimes(1)

  type('programme-threshold', '90')
  request.mockResolvedValueOnce(answer(201, { ...carersProgramme, attendanceThresholdPercent: 90 }))
  fireEvent.click(screen.getByRole('button', { name: '创建并开始发放' }))
  expect(await screen.findByRole('heading', { name: '已创建，培训券开始发放。' })).toBeTruthy()
  expect(sent(request, 1).data).toMatchObject({ attendanceThresholdPercent: 90 })
})

test('the budget may be left empty: the form says what it then is, from the quantity and the highest subsidy, and sends none', async () => {
  await openPage()
  expect(screen.getByText('不填则为发放数量 × 最高的补贴标准。批准的补贴超出预算时，不能再批准。')).toBeTruthy()
  fillCarers()
  expect(screen.getByText('不填则为 ¥1,000,000.00：发放数量 × 最高的补贴标准。批准的补贴超出预算时，不能再批准。')).toBeTruthy()
  type('programme-quantity', '20')
  expect(screen.getByText(/^不填则为 ¥40,000.00：/)).toBeTruthy()
  request.mockResolvedValueOnce(answer(201, carersProgramme))
  fireEvent.click(screen.getByRole('button', { name: '创建并开始发放' }))
  await screen.findByRole('heading', { name: '已创建，培训券开始发放。' })
  expect(sent(request, 1).data).toMatchObject({ quantity: 20 })
  expect(sent(request, 1).data).not.toHaveProperty('budgetFen')
})

test('a budget typed in yuan is sent in whole fen; one that cannot be read, or is none, is said at its field, in English too', async () => {
  carePreferenceStore.set('on')
  await openPage()
  fillCarers()
  type('programme-budget', '80万')
  fireEvent.click(screen.getByRole('button', { name: '创建并开始发放' }))
  const summary = await screen.findByRole('alert')
  expect(within(summary).getByRole('link').textContent).toBe('补贴预算（元），可以不填：请填写预算金额，例如 750000，或者不填')
  expect(input('programme-budget').getAttribute('aria-invalid')).toBe('true')
  expect(input('programme-budget').value).toBe('80万')
  type('programme-budget', '0')
  fireEvent.click(screen.getByRole('button', { name: '创建并开始发放' }))
  await vi.waitFor(() => expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe('补贴预算（元），可以不填：补贴预算应在 0.01 元至 10 亿元之间'))
  localeStore.set('en')
  fireEvent.click(await screen.findByRole('button', { name: 'Open and start issuing' }))
  await vi.waitFor(() => expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe('Subsidy budget (yuan), optional: The subsidy budget must be from 0.01 to 1,000,000,000 yuan'))
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(request).toHaveBeenCalledTimes(1)

  type('programme-budget', '８０００００.5')
  request.mockResolvedValueOnce(answer(201, carersProgramme))
  fireEvent.click(screen.getByRole('button', { name: 'Open and start issuing' }))
  expect(await screen.findByRole('heading', { name: 'Opened: the vouchers are being issued.' })).toBeTruthy()
  expect(sent(request, 1).data).toMatchObject({ ...carers, budgetFen: 80_000_050 })
})
