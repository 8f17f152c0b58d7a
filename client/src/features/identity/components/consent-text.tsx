import { Text, View } from '@tarojs/components'
import type { ConsentDocument } from '@renshe/shared/identity/schemas'
import { useLocale } from '../../../lib/i18n/locale-store'
import './consent-step.css'

/** The words a person agrees to, paragraph by paragraph, in the language they read. */
export function ConsentText({ document }: { readonly document: ConsentDocument }) {
  const locale = useLocale()
  return (
    <View className='consent-text'>
      {document.text[locale].split('\n').map((paragraph, index) => (
        <Text key={index} className='consent-text__paragraph'>
          {paragraph}
        </Text>
      ))}
    </View>
  )
}
