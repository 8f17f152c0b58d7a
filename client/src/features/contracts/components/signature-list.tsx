import { Text, View } from '@tarojs/components'
import type { Contract } from '@renshe/shared/contracts/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { hasKey, useT } from '../../../lib/i18n/translate'
import { contractMessages } from '../contract-messages'
import { contractsMessages } from '../messages'

/**
 * How an identity was checked, in words: the service names it by method and provider
 * (`face:wechat`, `face:development`); one it does not know yet shows as it came.
 */
export function useCheckName(): (check: string) => string {
  const words = useT(contractsMessages)
  return (check) => {
    const key = `check.${check.replace(/^face:/, '')}`
    return hasKey(contractsMessages, key) ? words(key) : check
  }
}

/** Who signed, when, and how their identity was checked. */
export function SignatureList({ signatures }: { readonly signatures: Contract['signatures'] }) {
  const t = useT(contractMessages)
  const words = useT(contractsMessages)
  const locale = useLocale()
  const checkName = useCheckName()
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
