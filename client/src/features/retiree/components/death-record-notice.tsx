import { Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { retireeMessages } from '../messages'

/**
 * A partner's death record holds the pension until an officer checks it. Whoever reads the
 * account (the pensioner, if the record is wrong, or their family) learns why and what to do.
 */
export function DeathRecordNotice({ children }: { readonly children?: ReactNode }) {
  const t = useT(retireeMessages)
  return (
    <Banner tone='warning' title={t('account.underReview.title')}>
      <Text>{t('account.underReview.body')}</Text>
      {children}
    </Banner>
  )
}
