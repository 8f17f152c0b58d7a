import { Text } from '@tarojs/components'
import { useT } from '../lib/i18n/translate'
import { routes } from '../routes'
import { Banner } from './banner'
import { Button } from './button'
import { openPage } from './link'
import { uiMessages } from './messages'

/** Shown instead of a page that needs a login: why, in the feature's words, and the way back here after it. */
export function LoginNotice({ back, lead }: { readonly back: string; readonly lead: string }) {
  const t = useT(uiMessages)
  return (
    <Banner tone='info'>
      <Text>{lead}</Text>
      <Button block onPress={() => openPage(`${routes.login}?next=${encodeURIComponent(back)}`)}>
        {t('login.button')}
      </Button>
    </Banner>
  )
}
