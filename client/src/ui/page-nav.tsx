import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { pressable, roleProps } from '../lib/a11y/pressable'
import { useT } from '../lib/i18n/translate'
import { routes } from '../routes'
import { uiMessages } from './messages'
import './page-nav.css'

function leaveTo(url: string): void {
  Taro.redirectTo({ url }).catch(() => Taro.reLaunch({ url }).catch(() => undefined))
}

/**
 * Back to the page this one was opened from; with no such page (opened from a link, a QR code,
 * a message, or reloaded), to `parent` instead, never out of the app. Both ends keep a page
 * stack that `getCurrentPages` reads; `navigateBack` on an empty one would leave the app in a
 * browser, and do nothing in WeChat.
 */
export function goBack(parent: string): void {
  const stack = Taro.getCurrentPages()
  if (stack.length > 1) Taro.navigateBack({ delta: 1 }).catch(() => leaveTo(parent))
  else leaveTo(parent)
}

/** Home, with the pages in between closed (Home is the first page, not one more on the stack). */
export function goHome(): void {
  Taro.reLaunch({ url: routes.home }).catch(() => undefined)
}

/**
 * The way out of every page that is not a tab page: "Back" and "Home", words and not icons,
 * at the top where a phone's back button is, each a full tap target (60 px in care mode).
 */
export function PageNav({ parent }: { readonly parent: string }) {
  const t = useT(uiMessages)
  const back = () => goBack(parent)
  return (
    <View {...roleProps('navigation')} aria-label={t('pageNav.label')} className='page-nav'>
      <View {...pressable(back, 'link')} className='page-nav__item page-nav__item--back focusable' onClick={back}>
        <View className='page-nav__chevron' aria-hidden='true' />
        <Text>{t('back')}</Text>
      </View>
      <View {...pressable(goHome, 'link')} className='page-nav__item page-nav__item--home focusable' onClick={goHome}>
        <Text>{t('nav.home')}</Text>
      </View>
    </View>
  )
}
