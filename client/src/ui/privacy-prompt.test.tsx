import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { carePreferenceStore } from '../lib/care-mode/care-mode-store'
import { localeStore } from '../lib/i18n/locale-store'
import { askForPrivacyConsent, privacyPromptStore, resetPrivacyConsent, type PrivacyResolve } from '../lib/privacy/privacy-consent'
import { PageShell } from './page-shell'

afterEach(() => {
  resetPrivacyConsent()
})

function EvidencePage() {
  return (
    <PageShell title='上传证据'>
      <input aria-label='情况说明' defaultValue='老板欠了三个月工资' />
    </PageShell>
  )
}

/** What WeChat does when a privacy API is called before consent: hands the portal a resolve. */
function wechatAsks(referrer: string) {
  const resolve = vi.fn<PrivacyResolve>()
  act(() => askForPrivacyConsent(resolve, referrer))
  return resolve
}

const dialog = () => screen.getByRole('dialog', { name: '个人信息保护提示' })

test('nothing is asked until WeChat asks: a browser page shows no consent screen', () => {
  render(<EvidencePage />)
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(screen.queryByRole('status')).toBeNull()
})

test('when choosing photos needs consent, the screen says why and agreeing lets WeChat go on with the button WeChat checks', async () => {
  render(<EvidencePage />)
  const resolve = wechatAsks('chooseMedia')
  expect(await screen.findByRole('dialog', { name: '个人信息保护提示' })).toBeTruthy()
  expect(dialog().getAttribute('aria-modal')).toBe('true')
  expect(dialog().textContent).toContain('要继续“选择或拍摄照片”，需要您先同意《人社服务用户隐私保护指引》。')
  expect(dialog().textContent).toContain('您已经填写的内容都会保留')
  expect(screen.getByRole('link', { name: '阅读《用户隐私保护指引》' })).toBeTruthy()
  // WeChat is told the screen is up before any answer.
  expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' })

  const agree = screen.getByRole('button', { name: '同意并继续' })
  expect(agree.id).toBe('privacy-agree')
  fireEvent.click(agree)
  expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'privacy-agree' })
  expect(resolve).toHaveBeenCalledTimes(2)
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(screen.getByLabelText<HTMLInputElement>('情况说明').value).toBe('老板欠了三个月工资')
})

test('two privacy calls waiting at once both go on after one agreement', () => {
  render(<EvidencePage />)
  const photos = wechatAsks('chooseMedia')
  const file = wechatAsks('chooseMessageFile')
  expect(screen.getAllByRole('dialog')).toHaveLength(1)
  fireEvent.click(screen.getByRole('button', { name: '同意并继续' }))
  expect(photos).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'privacy-agree' })
  expect(file).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'privacy-agree' })
})

test('saying no tells WeChat so, leaves the person on the page with everything entered, and says what did not happen', () => {
  render(<EvidencePage />)
  const resolve = wechatAsks('setClipboardData')
  expect(dialog().textContent).toContain('要继续“复制内容”')
  fireEvent.click(screen.getByRole('button', { name: '不同意' }))

  expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
  expect(screen.queryByRole('dialog')).toBeNull()
  const notice = screen.getByRole('status')
  expect(notice.textContent).toContain('没有继续“复制内容”')
  expect(notice.textContent).toContain('您已经填写的内容都还在')
  expect(screen.getByRole('heading', { name: '上传证据', level: 1 })).toBeTruthy()
  expect(screen.getByLabelText<HTMLInputElement>('情况说明').value).toBe('老板欠了三个月工资')

  fireEvent.click(screen.getByRole('button', { name: '知道了' }))
  expect(screen.queryByRole('status')).toBeNull()
  expect(privacyPromptStore.get()).toEqual({ kind: 'idle' })
})

test('asked again after a no, the screen comes back and the old notice goes', () => {
  render(<EvidencePage />)
  wechatAsks('chooseImage')
  fireEvent.click(screen.getByRole('button', { name: '不同意' }))
  const again = wechatAsks('chooseImage')
  expect(dialog()).toBeTruthy()
  expect(screen.queryByRole('status')).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '同意并继续' }))
  expect(again).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'privacy-agree' })
})

test('in care mode the consent is a full screen with the page’s large text and 60 px targets, and no way to be trapped', () => {
  carePreferenceStore.set('on')
  render(<EvidencePage />)
  wechatAsks('chooseMessageFile')
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(dialog().className).toContain('privacy-prompt--care')
  // Both answers are whole-width buttons sized by the care-mode tap token; the guide link is as tall.
  for (const name of ['同意并继续', '不同意']) {
    expect(screen.getByRole('button', { name }).className).toContain('ui-button--block')
  }
  expect(screen.getByRole('link', { name: '阅读《用户隐私保护指引》' }).className).toContain('privacy-prompt__guide')
  fireEvent.keyDown(screen.getByRole('button', { name: '不同意' }), { key: 'Enter' })
  expect(screen.queryByRole('dialog')).toBeNull()
})

test('in English the screen names what was asked for in English', () => {
  localeStore.set('en')
  render(<EvidencePage />)
  const resolve = wechatAsks('chooseMessageFile')
  expect(screen.getByRole('dialog', { name: 'Your personal information' }).textContent).toContain(
    'To choose a file from a WeChat chat, please first agree to the privacy guide of HR & Social Security Services.',
  )
  fireEvent.click(screen.getByRole('button', { name: 'Do not agree' }))
  expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
  expect(screen.getByRole('status').textContent).toContain('Everything you entered is still here.')
})

test('an API WeChat names that the portal does not know is asked about in general words', () => {
  render(<EvidencePage />)
  wechatAsks('button.getPhoneNumber')
  expect(dialog().textContent).toContain('要继续“使用这项功能”')
})
