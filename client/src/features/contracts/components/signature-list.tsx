import { Text, View } from '@tarojs/components'
import type { Contract } from '@renshe/shared/contracts/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { hasKey, useT } from '../../../lib/i18n/translate'
import { contractMessages } from '../contract-messages'
import { contractsMessages } from '../messages'

/** Who signed, when, and how their identity was checked. */
export function SignatureList({ signatures }: { readonly signatures: Contract['signatures'] }) {
  const t = useT(contractMessages)
  const words = useT(contractsMessages)
  const locale = useLocale()
  const checkName = (check: string) => {
    const key = `check.${check}`
    return hasKey(contractsMessages, key) ? words(key) : check
  }
  return (
    <View {...roleProps('list')} className='contract-events'>
      {signatures.map((signature) => (
        <View key={signature.signer} {...roleProps('listitem')} className='contract-event'>
          <Text className='contract-event__what'>{t('signatures.who', { party: words(`party.${signature.signer}`), name: signature.name })}</Text>
          <Text>{t('signatures.at', { time: formatDateTime(signature.at, locale) })}</Text>
          <Text className='muted'>{t('signatures.check', { check: checkName(signature.check) })}</Text>
        </View>
      ))}
    </View>
  )
}
