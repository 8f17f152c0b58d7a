import { Text, View } from '@tarojs/components'
import type { Contract } from '@renshe/shared/contracts/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { openPage } from '../../../ui/link'
import { endingMessages } from '../ending-messages'

/** A fixed term near its end or ended by expiry: the employer drafts the next contract, carried over from this one. */
export function RenewCard({ contract }: { readonly contract: Contract }) {
  const t = useT(endingMessages)
  return (
    <Card title={t('renew.title')}>
      <View className='contract-stack'>
        <Text>{t('renew.lead')}</Text>
        <Button block variant='secondary' onPress={() => openPage(pageLink('contractDraft', { renew: contract.id }))}>
          {t('renew.button')}
        </Button>
      </View>
    </Card>
  )
}
