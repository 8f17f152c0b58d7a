import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, type ReactNode } from 'react'
import type { Operation } from '@renshe/shared/platform/operation'
import { roleProps } from '../lib/a11y/pressable'
import { useCareMode } from '../lib/care-mode/care-mode-store'
import { useLocale } from '../lib/i18n/locale-store'
import { ActingBanner } from './acting-banner'
import { ActingGuard } from './acting-guard'
import { BottomNav, type NavItem } from './bottom-nav'
import { DevelopmentNotice } from './development-notice'
import { Heading } from './heading'
import { PageNav } from './page-nav'
import { parentOf } from './page-parents'
import { PrivacyPrompt } from './privacy-prompt'
import './tokens.css'
import './page-shell.css'

interface PageShellProps {
  readonly title: string
  readonly children: ReactNode
  /** Main-package pages show the bottom navigation with their own item marked. */
  readonly nav?: NavItem
  /** The operation the page is built on: decides whether acting for someone can show it. */
  readonly operation?: Operation
}

/**
 * Frame of every page: theme, development notice, acting banner, `main` with the page heading,
 * and navigation: the bottom navigation on the tab pages, Back and Home on every other page.
 */
export function PageShell({ title, children, nav, operation }: PageShellProps) {
  const care = useCareMode()
  const locale = useLocale()
  const { path } = useRouter()
  useEffect(() => {
    Taro.setNavigationBarTitle({ title }).catch(() => undefined)
  }, [title])

  return (
    <View className={['page', care ? 'page--care' : '', locale === 'en' ? 'page--latin' : ''].filter(Boolean).join(' ')}>
      <DevelopmentNotice />
      <ActingBanner />
      <PrivacyPrompt />
      {nav ? null : <PageNav parent={parentOf(path)} />}
      <View {...roleProps('main')} className='page__main'>
        <Heading level={1} className='page__title'>
          {title}
        </Heading>
        {operation ? <ActingGuard operation={operation}>{children}</ActingGuard> : children}
      </View>
      {nav ? <BottomNav current={nav} /> : null}
    </View>
  )
}
