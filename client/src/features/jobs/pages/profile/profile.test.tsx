import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import JobProfilePage from './index'

const request = vi.mocked(Taro.request)

const saved = {
  profile: {
    occupations: ['4-09-08-01'],
    skills: ['保洁'],
    certificates: [],
    home: { community: '南浦社区', regionCode: '330302', lat: 28.0081, lng: 120.6643 },
    travelKm: 5,
    availability: [{ day: 6, from: '08:00', to: '17:00' }],
    expectedPay: { amountFen: 18_000, unit: 'day' },
  },
  recommendable: false,
  consentAt: null,
  updatedAt: '2026-11-16T02:00:00.000Z',
  skillCertificates: [],
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })

async function fillNewProfile() {
  await screen.findByText('请先保存求职信息，再选择是否推荐给用人单位。')
  type('按名称或编码查找职业', '保洁员')
  fireEvent.click(screen.getByRole('button', { name: '选择 保洁员（4-09-08-01）' }))
  type('会做的事（选填）', '保洁')
  type('所在社区或村', '南浦社区')
  fireEvent.click(screen.getByRole('button', { name: '鹿城区' }))
  type('纬度', '28.0081')
  type('经度', '120.6643')
  fireEvent.click(screen.getByRole('button', { name: '周六' }))
  type('金额（元）', '180')
}

test('a new seeker fills the form and saves the profile the contract takes; then the consent switch appears and gives consent', async () => {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { seeker: null }))
  render(<JobProfilePage />)
  await fillNewProfile()
  // No switch before there is a profile to recommend.
  expect(screen.queryByRole('switch')).toBeNull()

  request.mockResolvedValueOnce(answer(200, saved))
  fireEvent.click(screen.getByRole('button', { name: '保存求职信息' }))
  expect(await screen.findByText('求职信息已保存')).toBeTruthy()
  const put = sent(request, 1)
  expect(put.method).toBe('PUT')
  expect(put.url).toMatch(/\/jobs\/me\/profile$/)
  expect(put.data).toEqual(saved.profile)

  request.mockResolvedValueOnce(answer(200, { ...saved, recommendable: true, consentAt: '2026-11-16T02:05:00.000Z' }))
  fireEvent.click(screen.getByRole('switch', { name: '同意推荐给用人单位' }))
  expect(await screen.findByText('您已同意推荐（2026年11月16日 10:05）')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ method: 'PUT', data: { recommendable: true } })
})

test('the server’s refusal of a field is shown at that field in English, and everything typed stays', async () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { seeker: null }))
  render(<JobProfilePage />)
  await screen.findByText('Save your profile first, then choose whether to be recommended to employers.')
  type('Find an occupation by name or code', '4-09-08')
  fireEvent.click(screen.getByRole('button', { name: 'Choose 保洁员 (4-09-08-01)' }))
  type('Community or village', 'Nanpu')
  fireEvent.click(screen.getByRole('button', { name: 'Lucheng District' }))
  type('Latitude', '28.0081')
  type('Longitude', '120.6643')
  fireEvent.click(screen.getByRole('button', { name: 'Sat' }))
  type('Amount (yuan)', '180')

  request.mockResolvedValueOnce(
    answer(422, problem('validation_failed', 422, { errors: [{ path: 'body.home.community', key: 'field.tooLong', message: 'This is too long' }] })),
  )
  fireEvent.click(screen.getByRole('button', { name: 'Save my profile' }))
  expect(await screen.findByRole('link', { name: 'Community or village: This is too long' })).toBeTruthy()
  expect(screen.getByLabelText<HTMLInputElement>('Community or village').value).toBe('Nanpu')
  expect(screen.getByLabelText<HTMLInputElement>('Amount (yuan)').value).toBe('180')
})

test('no answer at all is said plainly, with a retry that sends the same profile again', async () => {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { seeker: null }))
  render(<JobProfilePage />)
  await fillNewProfile()
  request.mockRejectedValueOnce(Object.assign(new Error('request:fail timeout'), { errMsg: 'request:fail timeout' }))
  fireEvent.click(screen.getByRole('button', { name: '保存求职信息' }))
  const retry = await screen.findByRole('button', { name: '重试' })
  request.mockResolvedValueOnce(answer(200, saved))
  fireEvent.click(retry)
  expect(await screen.findByText('求职信息已保存')).toBeTruthy()
  expect(sent(request, 2).data).toEqual(sent(request, 1).data)
})

test('grid staff acting under a jobs grant fill the profile in the person’s name, sent under the grant', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', scopes: ['jobs.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  request.mockResolvedValueOnce(answer(200, { seeker: saved }))
  render(<JobProfilePage />)
  expect(await screen.findByText(/您正在为王\*\*填写/)).toBeTruthy()
  expect(screen.getByLabelText<HTMLInputElement>('所在社区或村').value).toBe('南浦社区')
  expect(sent(request, 0).header['X-Acting-For']).toBe('grant-7')
})

test('certificates the assessment body recorded show on the profile, read-only and marked as verified, in English too', async () => {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  const certificate = { id: 'cert-1', certificateNumber: 'S330302202600001', occupationCode: '4-10-01-05', level: 5, issuedOn: '2026-11-29', issuerName: '温州市鹿城区职业技能鉴定所' }
  request.mockResolvedValueOnce(answer(200, { seeker: { ...saved, skillCertificates: [certificate] } }))
  const { unmount } = render(<JobProfilePage />)
  expect(await screen.findByRole('heading', { name: '养老护理员（4-10-01-05） · 五级（初级工）' })).toBeTruthy()
  expect(screen.getByText('证书编号 S330302202600001 · 温州市鹿城区职业技能鉴定所 · 2026年11月29日发证')).toBeTruthy()
  expect(screen.getByText('评价机构核验')).toBeTruthy()
  expect(screen.queryByDisplayValue('S330302202600001')).toBeNull()
  unmount()

  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, { seeker: { ...saved, skillCertificates: [certificate] } }))
  render(<JobProfilePage />)
  expect(await screen.findByRole('heading', { name: 'Skill level certificates' })).toBeTruthy()
  expect(screen.getByText('Verified by the assessment body')).toBeTruthy()
  expect(screen.getByText('Certificate no. S330302202600001 · 温州市鹿城区职业技能鉴定所 · issued 29 Nov 2026')).toBeTruthy()
})

test('a seeker without a recorded certificate sees no certificate card', async () => {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { seeker: saved }))
  render(<JobProfilePage />)
  await screen.findByRole('button', { name: '保存求职信息' })
  expect(screen.queryByRole('heading', { name: '职业技能等级证书' })).toBeNull()
})
