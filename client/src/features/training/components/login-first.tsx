import { Text } from '@tarojs/components'
import { useT } from '../../../lib/i18n/translate'
import { routes } from '../../../routes'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { openPage } from '../../../ui/link'
import { trainingMessages } from '../messages'

/** Shown instead of a page that needs a login, with the way back here after it. */
export function LoginFirst({ back }: { readonly back: string }) {
  const t = useT(trainingMessages)
  return (
    <Banner tone='info'>
      <Text>{t('login.lead')}</Text>
      <Button block onPress={() => openPage(`${routes.login}?next=${encodeURIComponent(back)}`)}>
        {t('login.button')}
      </Button>
    </Banner>
  )
}
