import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { focusById } from '../lib/a11y/focus'
import { focusTarget, pressable, roleProps } from '../lib/a11y/pressable'
import { useT } from '../lib/i18n/translate'
import { Heading } from './heading'
import { uiMessages } from './messages'
import './error-summary.css'

export interface FieldProblem {
  /** The `id` of the field the message is about. */
  readonly fieldId: string
  readonly message: string
}

interface ErrorSummaryProps {
  readonly errors: readonly FieldProblem[]
  readonly id?: string
  /**
   * Field id → its label. Where messages are generic ("Enter a value"), the summary names the
   * field of each, so a list of them still says which field is which.
   */
  readonly labels?: Readonly<Record<string, string>>
}

/**
 * All errors of a form at its top (GOV.UK error summary): announced, focused when it appears,
 * each message a link that moves focus to its field.
 */
export function ErrorSummary({ errors, id = 'error-summary', labels = {} }: ErrorSummaryProps) {
  const t = useT(uiMessages)
  const signature = errors.map((error) => `${error.fieldId}:${error.message}`).join('|')
  useEffect(() => {
    if (signature) focusById(id)
  }, [signature, id])

  if (errors.length === 0) return null
  return (
    <View id={id} {...roleProps('alert')} {...focusTarget()} aria-labelledby={`${id}-title`} className='error-summary'>
      <Heading level={2} id={`${id}-title`} className='error-summary__title'>
        {t('errorSummary.title')}
      </Heading>
      <View {...roleProps('list')} className='error-summary__list'>
        {errors.map((error) => (
          <View {...roleProps('listitem')} key={error.fieldId}>
            <Text
              {...pressable(() => focusById(error.fieldId), 'link')}
              className='error-summary__link focusable'
              onClick={() => focusById(error.fieldId)}
            >
              {labels[error.fieldId] ? t('errorSummary.item', { label: labels[error.fieldId] ?? '', message: error.message }) : error.message}
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}
