import { Text, View } from '@tarojs/components'
import { maxEvidenceFiles } from '@renshe/shared/wages/schemas'
import { focusTarget } from '../../../lib/a11y/pressable'
import { errorOf } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n/translate'
import type { ChosenFile } from '../../../lib/local-files/types'
import { Banner } from '../../../ui/banner'
import { LongText } from '../../../ui/long-text'
import type { FieldProblem } from '../../../ui/error-summary'
import type { EvidenceItem } from '../device-draft'
import { fieldIds } from '../form-steps'
import { wagesMessages } from '../messages'
import { EvidenceList, type UploadState } from './evidence-list'
import { EvidencePicker } from './evidence-picker'
import { StepHeading } from './step-heading'

interface StepEvidenceProps {
  readonly items: readonly EvidenceItem[]
  readonly uploads: Readonly<Record<string, UploadState | undefined>>
  /** What happened to files just chosen that could not be added. */
  readonly notices: readonly string[]
  readonly errors: readonly FieldProblem[]
  readonly onChosen: (files: readonly ChosenFile[]) => void
  readonly onRemove: (key: string) => void
  /** What happened, in the worker's own words (optional). */
  readonly description: string
  readonly onDescription: (description: string) => void
}

/**
 * Step 4: photos and PDFs, kept on the phone at once and uploaded when there is a network; and
 * anything the worker wants to say. Both are what shows the wages are owed, and both may be left.
 */
export function StepEvidence({ items, uploads, notices, errors, onChosen, onRemove, description, onDescription }: StepEvidenceProps) {
  const t = useT(wagesMessages)
  const left = Math.max(0, maxEvidenceFiles - items.length)
  const error = errorOf(errors, fieldIds.evidence)
  return (
    <View>
      <StepHeading>{t('evidence.title')}</StepHeading>
      <Text className='page__lead'>{t('evidence.lead')}</Text>
      <View id={fieldIds.evidence} {...focusTarget()} className={error ? 'field field--error focusable' : 'field focusable'}>
        <Text className='field__hint'>{t('evidence.limits', { max: maxEvidenceFiles })}</Text>
        {error ? <Text className='field__error'>{error}</Text> : null}
        {notices.length > 0 ? (
          <Banner tone='warning'>
            {notices.map((notice) => (
              <Text key={notice}>{notice}</Text>
            ))}
          </Banner>
        ) : null}
        <EvidenceList items={items} uploads={uploads} onRemove={onRemove} />
        <Text className='evidence-count'>{left > 0 ? t('evidence.count', { count: items.length, left }) : t('evidence.full', { count: items.length })}</Text>
        <EvidencePicker left={left} onChosen={onChosen} />
      </View>
      <LongText
        id={fieldIds.description}
        label={t('contact.description')}
        hint={t('contact.descriptionHint')}
        error={errorOf(errors, fieldIds.description)}
        value={description}
        onChange={onDescription}
        maxLength={500}
      />
    </View>
  )
}
