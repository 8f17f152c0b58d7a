import { Text, View } from '@tarojs/components'
import type { Clause } from '@renshe/shared/contracts/schemas'
import { langProps, roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { contractMessages } from '../contract-messages'

interface ClauseListProps {
  /** The Chinese text: the contract itself. */
  readonly clauses: readonly Clause[]
  /** The English translation, clause by clause, when the page is read in English. */
  readonly translation: readonly Clause[] | null
  /** The id of the line after the last clause: reaching it is reading to the end. */
  readonly endId: string
}

/**
 * The whole text clause by clause, exactly as the PDF prints it (decision 073). In English each
 * clause is followed by its translation, and the page says the Chinese text is what is signed.
 */
export function ClauseList({ clauses, translation, endId }: ClauseListProps) {
  const t = useT(contractMessages)
  return (
    <View className='contract-text'>
      {translation ? (
        <Banner tone='info' urgent={false}>
          <Text>{t('text.translationNote')}</Text>
        </Banner>
      ) : null}
      <View {...roleProps('list')} className='contract-clauses'>
        {clauses.map((clause, index) => {
          const translated = translation?.[index]
          return (
            <View key={index} {...roleProps('listitem')} className='contract-clause'>
              <View {...langProps('zh-CN')}>
                <Text className='contract-clause__heading'>{clause.heading}</Text>
                <Text className='contract-clause__text'>{clause.text}</Text>
              </View>
              {translated ? (
                <View {...langProps('en')} className='contract-clause__translation'>
                  <Text className='contract-clause__label'>{t('text.translation')}</Text>
                  <Text className='contract-clause__heading'>{translated.heading}</Text>
                  <Text className='contract-clause__text'>{translated.text}</Text>
                </View>
              ) : null}
            </View>
          )
        })}
      </View>
      <Text id={endId} className='contract-text__end'>
        {t('text.end')}
      </Text>
    </View>
  )
}
