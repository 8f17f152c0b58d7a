import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { askToSubscribe } from './subscribe-messages'

test('with no templates configured, the person is not asked and WeChat is not called', async () => {
  await expect(askToSubscribe([])).resolves.toBe('nothing-to-ask')
  expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled()
})

test('a person who accepts any one template has accepted reminders', async () => {
  vi.mocked(Taro.requestSubscribeMessage).mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-case': 'accept', 'tmpl-other': 'reject' })

  await expect(askToSubscribe(['tmpl-case', 'tmpl-other'])).resolves.toBe('accepted')
  expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-case', 'tmpl-other'], entityIds: [] })
})

test('a person who rejects, or whose WeChat refuses the question, is told reminders are off', async () => {
  vi.mocked(Taro.requestSubscribeMessage).mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-case': 'reject' })
  await expect(askToSubscribe(['tmpl-case'])).resolves.toBe('refused')

  vi.mocked(Taro.requestSubscribeMessage).mockRejectedValueOnce(new Error('requestSubscribeMessage:fail'))
  await expect(askToSubscribe(['tmpl-case'])).resolves.toBe('refused')
})
