import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Outlet, RegionOutlets } from '@renshe/shared/card/applications'
import { pages } from '@renshe/shared/platform/pages'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import CardOutletsPage from './index'
import { luchengOutlet } from '../../test-fixtures'

const request = vi.mocked(Taro.request)
const officer = { ...citizen, id: 'u-liu', displayName: '刘*', roles: ['officer' as const], regionCode: '330302' }

const lucheng = luchengOutlet

const wuma: Outlet = {
  ...lucheng,
  id: 'outlet-wm',
  name: '五马街道社区服务点',
  kind: 'community',
  partnerId: 'bank-icbc',
  bankName: '工商银行',
  address: '鹿城区五马街 20 号',
  services: ['collect'],
  hours: '周一至周五 8:30–16:30',
  open: false,
}

const region: RegionOutlets = {
  items: [lucheng, wuma],
  banks: [
    { id: 'bank-wz', name: '温州银行' },
    { id: 'bank-icbc', name: '工商银行' },
  ],
}

async function openPage(value: RegionOutlets = region) {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, value))
  const rendered = render(<CardOutletsPage />)
  await screen.findByRole('button', { name: '新增网点' })
  expect(sent(request, 0)).toMatchObject({ url: '/api/card/region-outlets', method: 'GET' })
  return rendered
}

const button = (name: string | RegExp) => screen.getByRole('button', { name })
const textbox = (name: string) => screen.getByRole('textbox', { name })
const type = (name: string, value: string) => fireEvent.change(textbox(name), { target: { value } })

/** A new community counter in Lucheng, every field as an officer types it. */
function fillNew() {
  type('网点名称', '南郊街道社区服务点')
  fireEvent.click(button('社区服务点'))
  fireEvent.click(button('温州银行'))
  type('地址', '鹿城区南郊街道锦绣路 18 号')
  type('纬度', '27.9932')
  type('经度', '120.6801')
  fireEvent.click(button(/^申领/))
  type('办公时间', '周一至周五 9:00–16:00')
}

test('her region’s outlets, open and closed, each with its bank, place, hours and services; a closed one marked', async () => {
  await openPage()
  expect(screen.getByText(/^鹿城区的社保卡网点。/)).toBeTruthy()
  const items = within(screen.getByRole('list', { name: '网点列表' })).getAllByRole('listitem')
  expect(items).toHaveLength(2)
  const [open, closed] = items.map((item) => within(item))
  expect(open?.getByText('温州银行鹿城支行', { selector: '.outlet-facts__name' })).toBeTruthy()
  expect(open?.getByText('银行网点')).toBeTruthy()
  expect(open?.getByText('服务银行：温州银行')).toBeTruthy()
  expect(open?.getByText('地址：鹿城区人民路 100 号')).toBeTruthy()
  expect(open?.getByText('办公时间：周一至周五 9:00–17:00')).toBeTruthy()
  expect(open?.getByText('可办：申领、领卡、正式挂失')).toBeTruthy()
  expect(open?.getByText('所在区县：鹿城区')).toBeTruthy()
  expect(open?.queryByText('已停用')).toBeNull()
  expect(closed?.getByText('已停用')).toBeTruthy()
  expect(closed?.getByText('社区服务点')).toBeTruthy()
  expect(button('修改 温州银行鹿城支行')).toBeTruthy()
  expect(button('修改 五马街道社区服务点')).toBeTruthy()
})

test('a new outlet with nothing filled in says what each field needs, sends nothing, and keeps what was typed', async () => {
  await openPage()
  fireEvent.click(button('新增网点'))
  expect(await screen.findByRole('heading', { name: '新增网点' })).toBeTruthy()
  // Her own county, open, taking applications and handing over cards, unless she says otherwise.
  expect(button('鹿城区').getAttribute('aria-pressed')).toBe('true')
  expect(screen.getByRole('switch', { name: /对外开放/ }).getAttribute('aria-checked')).toBe('true')
  expect(button(/^申领/).getAttribute('aria-pressed')).toBe('true')
  expect(button(/^领卡/).getAttribute('aria-pressed')).toBe('true')

  type('纬度', '二十八')
  fireEvent.click(button('添加网点'))
  const summary = within(await screen.findByRole('alert', { name: '请修改以下问题' }))
  expect(summary.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    '网点名称：请填写此项',
    '服务银行：请选择服务银行',
    '地址：请填写此项',
    '纬度：纬度应是 -90 到 90 之间的数字',
    '经度：请填写经度',
    '办公时间：请填写此项',
  ])
  expect(textbox('纬度').getAttribute('aria-invalid')).toBe('true')
  expect((textbox('纬度') as HTMLInputElement).value).toBe('二十八')
  expect(request).toHaveBeenCalledTimes(1)

  // Services all taken off, and a point out of range, are said too.
  fireEvent.click(button(/^申领/))
  fireEvent.click(button(/^领卡/))
  type('纬度', '128')
  type('经度', '120.68')
  fireEvent.click(button('添加网点'))
  await waitFor(() => expect(screen.getByText('可办业务：请至少选择一项业务')).toBeTruthy())
  expect(screen.getByText('纬度：纬度应是 -90 到 90 之间的数字')).toBeTruthy()
  expect(screen.queryByText(/经度：/)).toBeNull()
  expect(request).toHaveBeenCalledTimes(1)
})

test('a city officer chooses which of her counties a new outlet is in', async () => {
  sessionStore.set({ token: 'token-wu', me: { ...officer, id: 'u-wu', regionCode: '330300' } })
  request.mockResolvedValueOnce(answer(200, region))
  render(<CardOutletsPage />)
  fireEvent.click(await screen.findByRole('button', { name: '新增网点' }))
  const counties = within(screen.getByRole('group', { name: '所在区县' })).getAllByRole('button')
  expect(counties).toHaveLength(12)
  expect(counties.every((county) => county.getAttribute('aria-pressed') === 'false')).toBe(true)
  fillNew()
  fireEvent.click(button('添加网点'))
  expect(await screen.findByText('所在区县：请选择所在区县')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
  fireEvent.click(button('瓯海区'))
  request.mockResolvedValueOnce(answer(201, { ...lucheng, id: 'outlet-nj', regionCode: '330304', name: '南郊街道社区服务点' }))
  fireEvent.click(button('添加网点'))
  expect(await screen.findByText('已新增网点“南郊街道社区服务点”。')).toBeTruthy()
  expect(sent(request, 1).data).toMatchObject({ regionCode: '330304' })
})

test('a new outlet is sent once with its key, shows in the list, and the officer is told', async () => {
  await openPage()
  fireEvent.click(button('新增网点'))
  fillNew()
  const created: Outlet = {
    ...lucheng,
    id: 'outlet-nj',
    name: '南郊街道社区服务点',
    kind: 'community',
    address: '鹿城区南郊街道锦绣路 18 号',
    lat: 27.9932,
    lng: 120.6801,
    services: ['collect'],
    hours: '周一至周五 9:00–16:00',
  }
  request.mockRejectedValueOnce(noAnswer()).mockResolvedValueOnce(answer(201, created))
  fireEvent.click(button('添加网点'))
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByText('已新增网点“南郊街道社区服务点”。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({
    url: '/api/card/region-outlets',
    method: 'POST',
    data: {
      name: '南郊街道社区服务点',
      kind: 'community',
      partnerId: 'bank-wz',
      regionCode: '330302',
      address: '鹿城区南郊街道锦绣路 18 号',
      lat: 27.9932,
      lng: 120.6801,
      services: ['collect'],
      hours: '周一至周五 9:00–16:00',
      open: true,
    },
  })
  // The retry after no answer is the same submission: the server makes one outlet.
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  expect(sent(request, 2).header['Idempotency-Key']).toBe(sent(request, 1).header['Idempotency-Key'])
  await waitFor(() => expect(document.activeElement?.id).toBe('outlets-done'))
  expect(within(screen.getByRole('list', { name: '网点列表' })).getAllByRole('listitem')).toHaveLength(3)
  expect(button('修改 南郊街道社区服务点')).toBeTruthy()
})

test('a field the server refuses is said at the field, in her language, with everything typed kept; changed, it is a new submission', async () => {
  await openPage()
  fireEvent.click(button('新增网点'))
  fillNew()
  request.mockResolvedValueOnce(
    answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.address', key: 'field.tooLong', message: 'This is too long' }] })),
  )
  fireEvent.click(button('添加网点'))
  expect(await screen.findByText('地址：内容太长')).toBeTruthy()
  expect((textbox('网点名称') as HTMLInputElement).value).toBe('南郊街道社区服务点')
  expect((textbox('地址') as HTMLInputElement).value).toBe('鹿城区南郊街道锦绣路 18 号')
  expect(button('社区服务点').getAttribute('aria-pressed')).toBe('true')

  type('地址', '鹿城区锦绣路 18 号')
  request.mockResolvedValueOnce(answer(201, { ...lucheng, id: 'outlet-nj', name: '南郊街道社区服务点' }))
  fireEvent.click(button('添加网点'))
  expect(await screen.findByText('已新增网点“南郊街道社区服务点”。')).toBeTruthy()
  expect(sent(request, 2).header['Idempotency-Key']).not.toBe(sent(request, 1).header['Idempotency-Key'])
})

test('an outlet outside her region is refused and said so, the form kept', async () => {
  await openPage()
  fireEvent.click(button('新增网点'))
  fillNew()
  request.mockResolvedValueOnce(answer(403, problem('forbidden', 403)))
  fireEvent.click(button('添加网点'))
  expect(await screen.findByRole('heading', { name: '不能管理这个网点' })).toBeTruthy()
  expect(screen.getByText('只能新增和修改本辖区（鹿城区）的网点。请检查所在区县和服务银行。')).toBeTruthy()
  expect((textbox('网点名称') as HTMLInputElement).value).toBe('南郊街道社区服务点')
})

test('an outlet is changed in the same form, started from what it is: closed, its hours changed', async () => {
  await openPage()
  fireEvent.click(button('修改 温州银行鹿城支行'))
  expect(await screen.findByRole('heading', { name: '修改网点：温州银行鹿城支行' })).toBeTruthy()
  expect((textbox('网点名称') as HTMLInputElement).value).toBe('温州银行鹿城支行')
  expect((textbox('纬度') as HTMLInputElement).value).toBe('28.015')
  expect(button('温州银行').getAttribute('aria-pressed')).toBe('true')
  expect(button(/^正式挂失/).getAttribute('aria-pressed')).toBe('true')
  expect(button(/^注销/).getAttribute('aria-pressed')).toBe('false')

  type('办公时间', '周一至周六 9:00–17:00')
  fireEvent.click(screen.getByRole('switch', { name: /对外开放/ }))
  const changed: Outlet = { ...lucheng, hours: '周一至周六 9:00–17:00', open: false }
  request.mockResolvedValueOnce(answer(200, changed))
  fireEvent.click(button('保存修改'))
  expect(await screen.findByText('已保存“温州银行鹿城支行”的修改。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({
    url: '/api/card/region-outlets/outlet-lc',
    method: 'PUT',
    data: { name: '温州银行鹿城支行', kind: 'bank', partnerId: 'bank-wz', regionCode: '330302', lat: 28.015, lng: 120.655, services: ['apply', 'collect', 'formal_loss'], hours: '周一至周六 9:00–17:00', open: false },
  })
  const [first] = within(screen.getByRole('list', { name: '网点列表' })).getAllByRole('listitem')
  expect(within(first as HTMLElement).getByText('已停用')).toBeTruthy()
  expect(within(first as HTMLElement).getByText('办公时间：周一至周六 9:00–17:00')).toBeTruthy()
})

test('an outlet gone from her region meanwhile is said so, and the list is loaded again', async () => {
  await openPage()
  fireEvent.click(button('修改 五马街道社区服务点'))
  request.mockResolvedValueOnce(answer(404, problem('not_found', 404)))
  fireEvent.click(await screen.findByRole('button', { name: '保存修改' }))
  expect(await screen.findByRole('heading', { name: '没有找到这个网点' })).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, { ...region, items: [lucheng] }))
  fireEvent.click(button('回到网点列表'))
  await waitFor(() => expect(sent(request, 2)).toMatchObject({ url: '/api/card/region-outlets', method: 'GET' }))
  await waitFor(() => expect(screen.queryByRole('button', { name: '修改 五马街道社区服务点' })).toBeNull())
  expect(button('修改 温州银行鹿城支行')).toBeTruthy()
})

test('cancelling leaves the list as it was, sending nothing', async () => {
  await openPage()
  fireEvent.click(button('新增网点'))
  type('网点名称', '不要了')
  fireEvent.click(button('取消'))
  expect(screen.getByRole('list', { name: '网点列表' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
})

test('with no outlet yet the region says so and offers to add one', async () => {
  await openPage({ items: [], banks: region.banks })
  expect(screen.getByText('鹿城区还没有社保卡网点。点“新增网点”添加第一个。')).toBeTruthy()
})

test('logged out, the page asks for a login that leads back to it', () => {
  render(<CardOutletsPage />)
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${pages.login}?next=${encodeURIComponent(pages.cardOutlets)}` })
  expect(request).not.toHaveBeenCalled()
})

test('in English and care mode the list and the form speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, region))
  render(<CardOutletsPage />)
  expect(await screen.findByRole('heading', { name: 'Card outlets', level: 1 })).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(await screen.findByText('Closed')).toBeTruthy()
  expect(screen.getByText('Handles: applications, collection, formal loss reports')).toBeTruthy()
  fireEvent.click(button('Add an outlet'))
  expect(await screen.findByRole('textbox', { name: 'Latitude' })).toBeTruthy()
  fireEvent.click(button('Add the outlet'))
  const summary = within(await screen.findByRole('alert', { name: 'There is a problem' }))
  expect(summary.getByText('Name: Enter a value')).toBeTruthy()
  expect(summary.getByText('Serving bank: Choose the serving bank')).toBeTruthy()
  expect(summary.getByText('Latitude: Enter the latitude')).toBeTruthy()
  expect(screen.getByRole('switch', { name: /Open to the public/ })).toBeTruthy()
})
