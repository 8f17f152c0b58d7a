import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { MobilePhone } from '@renshe/shared/identity/schemas'
import { focusTarget } from '../../../lib/a11y/pressable'
import { errorOf } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import type { FieldProblem } from '../../../ui/error-summary'
import { fieldIds } from '../form-steps'
import { maskPhone, type FormValues } from '../form-values'
import { wagesMessages } from '../messages'
import { StepHeading } from './step-heading'
import { TextField } from './text-field'

interface StepContactProps {
  readonly values: FormValues
  readonly errors: readonly FieldProblem[]
  readonly onChange: (patch: Partial<FormValues>) => void
  /** The number of the worker's real-name record, masked (138****5678); null when there is none. */
  readonly phoneOnFile: string | null
}

const isPhone = (value: string) => MobilePhone.safeParse(value).success

/**
 * Step 5: the phone number, shown masked (138****5678) when the step opens with one already known
 * (from the real-name record or an earlier visit), so it is not on show on a shared screen; one
 * tap opens it again. It is not masked the moment the field is left: the layout would jump under
 * the finger that is tapping the button below. With the real-name record's number and nothing
 * typed, the screen is passed over; it opens from the answers page to give another number.
 */
export function StepContact({ values, errors, onChange, phoneOnFile }: StepContactProps) {
  const t = useT(wagesMessages)
  const phoneError = errorOf(errors, fieldIds.phone)
  const [editing, setEditing] = useState(!isPhone(values.phone) && !(values.phone.trim() === '' && phoneOnFile !== null))
  const [focus, setFocus] = useState(false)
  const typed = useRef(false)
  // The known number may arrive after the step opened; mask it then too, unless the person typed.
  useEffect(() => {
    if (!typed.current && isPhone(values.phone)) setEditing(false)
  }, [values.phone])
  const masked = !editing && !phoneError && isPhone(values.phone)
  const onFile = !editing && !phoneError && values.phone.trim() === '' && phoneOnFile !== null

  return (
    <View>
      <StepHeading>{t('contact.title')}</StepHeading>
      {onFile ? (
        <View id={fieldIds.phone} {...focusTarget()} className='field masked-phone focusable'>
          <Text className='field__label'>{t('contact.phone')}</Text>
          <Text className='masked-phone__value'>{t('contact.phoneOnFile', { phone: phoneOnFile })}</Text>
          <Button
            variant='secondary'
            onPress={() => {
              setEditing(true)
              setFocus(true)
            }}
          >
            {t('contact.phoneOther')}
          </Button>
        </View>
      ) : masked ? (
        <View id={fieldIds.phone} {...focusTarget()} className='field masked-phone focusable'>
          <Text className='field__label'>{t('contact.phone')}</Text>
          <Text className='masked-phone__value'>{t('contact.phoneMasked', { phone: maskPhone(values.phone) })}</Text>
          <Button
            variant='secondary'
            onPress={() => {
              setEditing(true)
              setFocus(true)
            }}
          >
            {t('contact.phoneEdit')}
          </Button>
        </View>
      ) : (
        <TextField
          id={fieldIds.phone}
          label={t('contact.phone')}
          hint={t('contact.phoneHint')}
          error={phoneError}
          value={values.phone}
          onChange={(phone) => {
            typed.current = true
            onChange({ phone })
          }}
          onBlur={() => setFocus(false)}
          type='number'
          maxLength={11}
          focus={focus}
        />
      )}
    </View>
  )
}
