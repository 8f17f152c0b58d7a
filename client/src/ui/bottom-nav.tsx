import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { pressable, roleProps } from '../lib/a11y/pressable'
import { useT } from '../lib/i18n/translate'
import { routes } from '../routes'
import { uiMessages } from './messages'
import './bottom-nav.css'

export type NavItem = 'home' | 'inbox' | 'me'

const items: readonly { readonly item: NavItem; readonly url: string }[] = [
  { item: 'home', url: routes.home },
  { item: 'inbox', url: routes.inbox },
  { item: 'me', url: routes.me },
]

/** The three main sections. Text-only on purpose: no icon without a word beside it. */
export function BottomNav({ current }: { readonly current: NavItem }) {
  const t = useT(uiMessages)
  return (
    <View {...roleProps('navigation')} aria-label={t('nav.label')} className='bottom-nav'>
      {items.map(({ item, url }) => {
        const open = () => {
          if (item !== current) Taro.reLaunch({ url }).catch(() => undefined)
        }
        return (
          <View
            key={item}
            {...pressable(open, 'link')}
            aria-current={item === current ? 'page' : undefined}
            className={item === current ? 'bottom-nav__item bottom-nav__item--current focusable' : 'bottom-nav__item focusable'}
            onClick={open}
          >
            <Text>{t(`nav.${item}`)}</Text>
          </View>
        )
      })}
    </View>
  )
}
