import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { searchOccupations } from '@renshe/shared/jobs/occupations'
import { langProps, roleProps } from '../../../lib/a11y/pressable'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { Field } from '../../../ui/field'
import { occupationLabel } from '../labels'
import { trainingMessages } from '../messages'

interface OccupationPickerProps {
  /** The search field's id, where the error summary leads. */
  readonly id: string
  readonly legend: string
  /** The code chosen, '' for none. */
  readonly chosen: string
  readonly error?: string | undefined
  readonly onChange: (code: string) => void
}

const shown = 8

/**
 * One occupation of the national classification, found by a word of its name or the start of its
 * code and chosen with a button, as the jobs pages pick one. The table loads with this subpackage.
 */
export function OccupationPicker({ id, legend, chosen, error, onChange }: OccupationPickerProps) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const [query, setQuery] = useState('')
  const found = searchOccupations(query, shown).filter((occupation) => occupation.code !== chosen)
  // The classification's names are Chinese only: read with a Chinese voice on an English page.
  const nameLang = locale === 'zh-CN' ? {} : langProps('zh-CN')

  const choose = (code: string) => {
    onChange(code)
    setQuery('')
  }

  return (
    <View className='training-picker'>
      <Text className='training-picker__legend'>{legend}</Text>
      {chosen === '' ? (
        <Text className='muted'>{t('occupation.chosenNone')}</Text>
      ) : (
        <View className='training-picker__item training-picker__item--chosen'>
          <Text {...nameLang} className='training-picker__name'>
            {occupationLabel(chosen, locale)}
          </Text>
        </View>
      )}
      <Field id={id} label={t('occupation.search')} hint={t('occupation.searchHint')} value={query} onChange={setQuery} maxLength={20} {...(error ? { error } : {})} />
      {query.trim() !== '' && found.length === 0 ? <Text className='muted'>{t('occupation.none')}</Text> : null}
      {found.length > 0 ? (
        <View {...roleProps('list')} aria-label={t('occupation.results', { count: found.length })} className='training-picker__results'>
          {found.map((occupation) => (
            <View {...roleProps('listitem')} key={occupation.code} className='training-picker__item'>
              <Text {...nameLang} className='training-picker__name'>
                {occupationLabel(occupation.code, locale)}
              </Text>
              <Button variant='secondary' onPress={() => choose(occupation.code)}>
                <Text aria-hidden='true'>{t('occupation.add')}</Text>
                <Text className='visually-hidden'>{t('occupation.addNamed', { name: occupationLabel(occupation.code, locale) })}</Text>
              </Button>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
