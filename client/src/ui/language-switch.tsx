import { Text, View } from '@tarojs/components'
import type { Locale } from '@renshe/shared/platform/locale'
import { langProps, pressable, roleProps } from '../lib/a11y/pressable'
import { localeStore, useLocale } from '../lib/i18n/locale-store'
import './language-switch.css'

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const choices: readonly { readonly locale: Locale; readonly name: string }[] = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
]

export function LanguageSwitch() {
  const current = useLocale()
  return (
    <View {...roleProps('group')} aria-label='语言 Language' className='language-switch'>
      <Text className='language-switch__label' aria-hidden='true'>
        语言 Language
      </Text>
      <View className='language-switch__choices'>
        {choices.map(({ locale, name }) => {
          const choose = () => localeStore.set(locale)
          return (
            <View
              key={locale}
              {...pressable(choose)}
              {...langProps(locale)}
              aria-pressed={locale === current ? 'true' : 'false'}
              className={locale === current ? 'language-switch__choice language-switch__choice--current focusable' : 'language-switch__choice focusable'}
              onClick={choose}
            >
              {name}
            </View>
          )
        })}
      </View>
    </View>
  )
}
