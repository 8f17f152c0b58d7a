import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { beforeEach, expect, test, vi } from 'vitest'
import { answer, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { carersProgramme, luchengSchool, officer, wumaCentre } from '../../test-fixtures'
import TrainingProgrammePage from './index'

const request = vi.mocked(Taro.request)

/** The programme, then the institutions of her region that its section offers. */
function openPage(institutions = [luchengSchool, wumaCentre]) {
  request.mockResolvedValueOnce(answer(200, carersProgramme)).mockResolvedValueOnce(answer(200, { items: institutions }))
  render(<TrainingProgrammePage />)
}

beforeEach(() => {
  sessionStore.set({ token: 'token-liu', me: officer })
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'p-1' } } as unknown as ReturnType<typeof useRouter>)
})

test('the programme says what it is and where its vouchers stand', async () => {
  openPage()
  expect(await screen.findByRole('heading', { name: '2027年养老护理员培训券' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/programmes/p-1', method: 'GET' })
  expect(screen.getByText('正在发放')).toBeTruthy()
  expect(screen.getByText('定向券：系统按条件直接发给每一位符合条件的人，本人确认领取即可。')).toBeTruthy()
  expect(screen.getByText('40至60周岁，属于以下任一类：失业人员、灵活就业人员')).toBeTruthy()
  expect(screen.getByText('养老护理员（4-10-01-05） · 五级（初级工） · 补贴 ¥1,500.00')).toBeTruthy()
  expect(screen.getByText('学员至少参加 80% 的课')).toBeTruthy()
  // The approved institutions by name, not by count: the officer checks she chose the right ones.
  expect(screen.getByText('温州鹿城职业技能培训学校')).toBeTruthy()
  expect(screen.getByRole('list', { name: '发放情况' }).textContent).toContain('还可发放200 张')
  expect(screen.getByRole('list', { name: '补贴资金' }).textContent).toBe('补贴预算¥750,000.00申请中¥4,500.00已批准待发放¥3,000.00已发放¥15,000.00')
})

test('stopping asks first, with what it means; "not now" leaves it issuing, "yes" stops it', async () => {
  openPage()
  await screen.findByRole('checkbox', { name: '五马街道职业培训中心' })
  fireEvent.click(screen.getByRole('button', { name: '停止发放' }))
  expect(screen.getByRole('alert').textContent).toMatch(/已经发出的券照常有效/)
  fireEvent.click(screen.getByRole('button', { name: '先不停止' }))
  expect(screen.queryByRole('alert')).toBeNull()
  expect(request).toHaveBeenCalledTimes(2)

  fireEvent.click(screen.getByRole('button', { name: '停止发放' }))
  request.mockResolvedValueOnce(answer(200, { ...carersProgramme, status: 'closed', ledger: { ...carersProgramme.ledger, remaining: 0 } }))
  fireEvent.click(screen.getByRole('button', { name: '确定停止发放' }))
  expect(await screen.findByText('已停止发放。已经发出的券照常有效。')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/training/programmes/p-1/close', method: 'POST' })
  expect(screen.getByText('已停止发放')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '停止发放' })).toBeNull()
})

test('a stop that got no answer can be tried again from where it was, and "not now" is still there', async () => {
  openPage()
  await screen.findByRole('checkbox', { name: '五马街道职业培训中心' })
  fireEvent.click(screen.getByRole('button', { name: '停止发放' }))
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(screen.getByRole('button', { name: '确定停止发放' }))
  expect(await screen.findByRole('button', { name: '重试' })).toBeTruthy()
  expect(screen.getByRole('button', { name: '先不停止' })).toBeTruthy()
  expect(screen.getByText('正在发放')).toBeTruthy()
})

test('in English and care mode the programme and the question speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage()
  expect(await screen.findByText('Aged 40 to 60. Any of: unemployed people, flexible workers')).toBeTruthy()
  expect(screen.getByRole('list', { name: 'Subsidy money' }).textContent).toBe('Subsidy budget¥750,000.00Applied for¥4,500.00Approved, not yet paid¥3,000.00Paid¥15,000.00')
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  fireEvent.click(screen.getByRole('button', { name: 'Stop issuing' }))
  expect(screen.getByRole('alert').textContent).toMatch(/those already given out stay valid/)
  expect(screen.getByRole('button', { name: 'Yes, stop issuing' })).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Not now' })).toBeTruthy()
})

test('the approved institutions are listed by name; those of her region not yet approved are ticked and added with one button', async () => {
  openPage()
  const section = within((await screen.findByRole('heading', { name: '定点培训机构' })).parentElement as HTMLElement)
  expect(section.getByRole('list').textContent).toBe('温州鹿城职业技能培训学校')
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/institutions', method: 'GET' })
  // Only those not yet approved are offered.
  await section.findByRole('checkbox', { name: '五马街道职业培训中心' })
  expect(section.queryByRole('checkbox', { name: '温州鹿城职业技能培训学校' })).toBeNull()

  // Nothing ticked: she is told to tick first, and nothing is sent.
  fireEvent.click(section.getByRole('button', { name: '增加所选机构' }))
  expect(section.getByText('请先勾选要增加的机构。')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(2)

  fireEvent.click(section.getByRole('checkbox', { name: '五马街道职业培训中心' }))
  expect(section.getByRole('checkbox', { name: '五马街道职业培训中心' }).getAttribute('aria-checked')).toBe('true')
  request.mockResolvedValueOnce(answer(200, { ...carersProgramme, institutionIds: ['inst-1', 'inst-2'], institutions: [luchengSchool, wumaCentre] }))
  fireEvent.click(section.getByRole('button', { name: '增加所选机构' }))
  expect(await section.findByText('已增加定点培训机构，持券人现在可以在那里报名。')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/training/programmes/p-1/institutions', method: 'POST', data: { institutionIds: ['inst-2'] } })
  expect(section.getByRole('list').textContent).toBe('温州鹿城职业技能培训学校五马街道职业培训中心')
  expect(section.getByText('本辖区的培训机构都已加入。')).toBeTruthy()
  expect(section.queryByRole('button', { name: '增加所选机构' })).toBeNull()
})

test('an approval refused with a reason says it in words; one that got no answer can be tried again', async () => {
  openPage()
  const section = within((await screen.findByRole('heading', { name: '定点培训机构' })).parentElement as HTMLElement)
  fireEvent.click(await section.findByRole('checkbox', { name: '五马街道职业培训中心' }))
  request.mockResolvedValueOnce(answer(422, problem('validation_failed', 422, { errors: [{ path: 'body.institutionIds.0', key: 'training.institutionUnknown', message: '所选培训机构不在本地区' }] })))
  fireEvent.click(section.getByRole('button', { name: '增加所选机构' }))
  expect(await section.findByText('所选培训机构不在本地区')).toBeTruthy()

  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(section.getByRole('button', { name: '增加所选机构' }))
  expect(await section.findByRole('button', { name: '重试' })).toBeTruthy()
  expect(section.getByRole('checkbox', { name: '五马街道职业培训中心' }).getAttribute('aria-checked')).toBe('true')
})

test('in English and care mode the section speaks English, and says when every institution is approved already', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage([luchengSchool])
  const section = within((await screen.findByRole('heading', { name: 'Approved training institutions' })).parentElement as HTMLElement)
  expect(await section.findByText('Every training institution of your region is approved already.')).toBeTruthy()
  expect(section.getByText('Vouchers of this programme can be spent only at the institutions below. Those approved stay approved.')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
})
