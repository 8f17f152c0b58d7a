import { Input, Text, View } from '@tarojs/components'
import { postSearchMaxLength } from '@renshe/shared/jobs/post-search'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { jobsMessages } from '../messages'
import '../../../ui/field.css'

interface PostSearchBoxProps {
  /** What is in the box: kept after searching, so the words can be changed rather than typed again. */
  readonly value: string
  /** The words the list now shows the results of; empty when it shows every open post. */
  readonly searched: string
  readonly onChange: (value: string) => void
  readonly onSearch: () => void
  readonly onClear: () => void
}

/** The words to search the open posts by: searched on the button or the keyboard's search key. */
export function PostSearchBox({ value, searched, onChange, onSearch, onClear }: PostSearchBoxProps) {
  const t = useT(jobsMessages)
  return (
    <View {...roleProps('search')} aria-label={t('open.search')} className='jobs-search'>
      <Text id='open-search-label' className='field__label'>
        {t('open.search')}
      </Text>
      <Text id='open-search-hint' className='field__hint'>
        {t('open.searchHint')}
      </Text>
      <View className='jobs-search__row'>
        <Input
          id='open-search'
          className='field__input focusable jobs-search__input'
          value={value}
          type='text'
          confirmType='search'
          maxlength={postSearchMaxLength}
          aria-labelledby='open-search-label'
          aria-label={t('open.search')}
          aria-describedby='open-search-hint'
          onInput={(event) => onChange(event.detail.value)}
          onConfirm={onSearch}
        />
        <Button onPress={onSearch}>{t('open.searchButton')}</Button>
        {value !== '' || searched !== '' ? (
          <Button variant='secondary' onPress={onClear}>
            {t('open.clear')}
          </Button>
        ) : null}
      </View>
    </View>
  )
}
