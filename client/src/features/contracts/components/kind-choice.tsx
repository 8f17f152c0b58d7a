import { Text, View } from '@tarojs/components'
import { ContractKind } from '@renshe/shared/contracts/schemas'
import { contractTitle } from '@renshe/shared/contracts/templates'
import { focusTarget, pressable, roleProps } from '../../../lib/a11y/pressable'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { uiMessages } from '../../../ui/messages'
import { contractsMessages } from '../messages'

interface KindChoiceProps {
  readonly id: string
  readonly legend: string
  readonly hint: string
  readonly error?: string | undefined
  readonly value: ContractKind | null
  readonly onChange: (kind: ContractKind) => void
}

/** The five templates, each with what it means in plain words, all visible at once. */
export function KindChoice({ id, legend, hint, error, value, onChange }: KindChoiceProps) {
  const words = useT(contractsMessages)
  const ui = useT(uiMessages)
  const locale = useLocale()
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <View id={id} {...roleProps('radiogroup')} {...focusTarget()} aria-labelledby={`${id}-legend`} aria-describedby={describedBy} className={error ? 'contract-kinds field--error' : 'contract-kinds'}>
      <Text id={`${id}-legend`} className='field__label'>
        {legend}
      </Text>
      <Text id={`${id}-hint`} className='field__hint'>
        {hint}
      </Text>
      {error ? (
        <Text id={`${id}-error`} className='field__error'>
          <Text className='visually-hidden'>{ui('field.errorPrefix')}</Text>
          {error}
        </Text>
      ) : null}
      {ContractKind.options.map((kind) => {
        const chosen = kind === value
        const choose = () => onChange(kind)
        return (
          <View
            key={kind}
            {...pressable(choose)}
            {...roleProps('radio')}
            aria-checked={chosen ? 'true' : 'false'}
            aria-labelledby={`${id}-${kind}-title`}
            aria-describedby={`${id}-${kind}-about`}
            className={chosen ? 'contract-kind contract-kind--on focusable' : 'contract-kind focusable'}
            onClick={choose}
          >
            <View className='contract-kind__mark' aria-hidden='true'>
              {chosen ? <View className='contract-kind__dot' /> : null}
            </View>
            <View className='contract-kind__text'>
              <Text id={`${id}-${kind}-title`} className='contract-kind__title'>
                {contractTitle(kind, locale === 'en' ? 'en' : 'zh')}
              </Text>
              <Text id={`${id}-${kind}-about`} className='contract-kind__about'>
                {words(`kind.${kind}.about`)}
              </Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
