import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { focusById } from '../../../../lib/a11y/focus'
import { useT } from '../../../../lib/i18n/translate'
import { Button } from '../../../../ui/button'
import { uiMessages } from '../../../../ui/messages'
import { scanAvailable, scanEcardCode } from '../../venue-scan'
import { venueMessages } from '../../venue-messages'
import '../../../../ui/field.css'

const fieldId = 'venue-code'

/**
 * Where a code comes in. On WeChat a big "scan" first; in a browser the field a handheld scanner
 * types into, ending with Enter. The field is emptied after each check and keeps the focus there,
 * so the next holder's code goes straight in; a code is never left on the screen.
 */
export function CodeInput({ onCheck }: { readonly onCheck: (text: string) => void }) {
  const t = useT(venueMessages)
  const ui = useT(uiMessages)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!scanAvailable) focusById(fieldId)
  }, [])

  const submit = (value: string) => {
    setText('')
    if (value.trim() === '') return setError(t('code.empty'))
    setError(null)
    onCheck(value)
    // On a phone the keyboard would cover the result; the scanner's browser wants the field back.
    if (!scanAvailable) setTimeout(() => focusById(fieldId), 0)
  }

  const scan = async () => {
    const scanned = await scanEcardCode()
    if (scanned.kind === 'scanned') submit(scanned.text)
  }

  const describedBy = [`${fieldId}-hint`, error ? `${fieldId}-error` : ''].filter(Boolean).join(' ')
  return (
    <View className='stack venue-code'>
      {scanAvailable ? (
        <Button block onPress={() => void scan()}>
          {t('code.scan')}
        </Button>
      ) : null}
      <View className={error ? 'field field--error' : 'field'}>
        <Text id={`${fieldId}-label`} className='field__label'>
          {t('code.label')}
        </Text>
        <Text id={`${fieldId}-hint`} className='field__hint'>
          {t(scanAvailable ? 'code.hintWeapp' : 'code.hint')}
        </Text>
        {error ? (
          <Text id={`${fieldId}-error`} className='field__error'>
            <Text className='visually-hidden'>{ui('field.errorPrefix')}</Text>
            {error}
          </Text>
        ) : null}
        <Input
          id={fieldId}
          className='field__input focusable'
          value={text}
          type='text'
          confirmType='done'
          maxlength={600}
          aria-labelledby={`${fieldId}-label`}
          aria-label={t('code.label')}
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
          onInput={(event) => setText(event.detail.value)}
          onConfirm={(event) => submit(event.detail.value)}
        />
      </View>
      <Button block variant={scanAvailable ? 'secondary' : 'primary'} onPress={() => submit(text)}>
        {t('code.check')}
      </Button>
    </View>
  )
}
