import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { searchOccupations } from '@renshe/shared/jobs/occupations'
import { langProps, roleProps } from '../../../lib/a11y/pressable'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { Field } from '../../../ui/field'
import { occupationLabel } from '../labels'
import { jobsMessages } from '../messages'

interface OccupationPickerProps {
  /** The search field's id, where the error summary leads. */
  readonly id: string
  readonly legend: string
  readonly chosen: readonly string[]
  /** 1: choosing another replaces the one chosen. */
  readonly max: number
  readonly error?: string | undefined
  readonly onChange: (codes: readonly string[]) => void
}

const shown = 8

/**
 * Occupations of the national classification, found by a word of their name or the start of
 * their code, chosen with a button each. The table is the shared one, loaded with this
 * subpackage only.
 */
export function OccupationPicker({ id, legend, chosen, max, error, onChange }: OccupationPickerProps) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  const [query, setQuery] = useState('')
  const found = searchOccupations(query, shown).filter((occupation) => !chosen.includes(occupation.code))
  const full = max > 1 && chosen.length >= max
  // The classification's names are Chinese only: read with a Chinese voice on an English page.
  const nameLang = locale === 'zh-CN' ? {} : langProps('zh-CN')

  const choose = (code: string) => {
    if (max === 1) onChange([code])
    else if (!full) onChange([...chosen, code])
    // The next search starts afresh; what was chosen shows above.
    setQuery('')
  }

  return (
    <View className='jobs-picker'>
      <Text className='jobs-picker__legend'>{legend}</Text>
      {chosen.length === 0 ? (
        <Text className='muted'>{t('occupation.chosenNone')}</Text>
      ) : (
        <View {...roleProps('list')} aria-label={max > 1 ? t('occupation.chosen', { count: chosen.length, max }) : legend} className='jobs-picker__chosen'>
          {chosen.map((code) => (
            <View {...roleProps('listitem')} key={code} className='jobs-picker__item jobs-picker__item--chosen'>
              <Text {...nameLang} className='jobs-picker__name'>{occupationLabel(code, locale)}</Text>
              <Button variant='secondary' onPress={() => onChange(chosen.filter((other) => other !== code))}>
                <Text aria-hidden='true'>{t('occupation.remove')}</Text>
                <Text className='visually-hidden'>{t('occupation.removeNamed', { name: occupationLabel(code, locale) })}</Text>
              </Button>
            </View>
          ))}
        </View>
      )}
      {max > 1 ? <Text className='muted'>{t('occupation.chosen', { count: chosen.length, max })}</Text> : null}
      <Field id={id} label={t('occupation.search')} hint={t('occupation.searchHint')} value={query} onChange={setQuery} maxLength={20} {...(error ? { error } : {})} />
      {full && query ? <Text className='muted'>{t('occupation.full', { max })}</Text> : null}
      {query.trim() !== '' && found.length === 0 ? <Text className='muted'>{t('occupation.none')}</Text> : null}
      {found.length > 0 && !full ? (
        <View {...roleProps('list')} aria-label={t('occupation.results', { count: found.length })} className='jobs-picker__results'>
          {found.map((occupation) => (
            <View {...roleProps('listitem')} key={occupation.code} className='jobs-picker__item'>
              <Text {...nameLang} className='jobs-picker__name'>{occupationLabel(occupation.code, locale)}</Text>
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
