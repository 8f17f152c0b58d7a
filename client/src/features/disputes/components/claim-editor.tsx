import { View } from '@tarojs/components'
import { ClaimKind } from '@renshe/shared/disputes/schemas'
import { errorOf } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { ChoiceRow } from '../../../ui/choice-row'
import type { FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { Heading } from '../../../ui/heading'
import { LongText } from '../../../ui/long-text'
import { applyMessages } from '../apply-messages'
import { claimFieldId, isMoneyClaim, type ClaimValues } from '../application-form'
import { disputesMessages } from '../messages'

interface ClaimEditorProps {
  readonly index: number
  readonly claim: ClaimValues
  readonly errors: readonly FieldProblem[]
  readonly onChange: (claim: ClaimValues) => void
  /** Absent while it is the only claim: an application asks for something. */
  readonly onRemove?: () => void
}

/** One claim: its kind, its amount when it asks for money, and her words. */
export function ClaimEditor({ index, claim, errors, onChange, onRemove }: ClaimEditorProps) {
  const t = useT(applyMessages)
  const words = useT(disputesMessages)
  const n = index + 1
  return (
    <View className='arb-claim-editor'>
      <Heading level={3} className='arb-claim-editor__title'>
        {t('claims.number', { n })}
      </Heading>
      <ChoiceRow
        id={claimFieldId(index, 'kind')}
        legend={t('claims.kind', { n })}
        error={errorOf(errors, claimFieldId(index, 'kind'))}
        options={ClaimKind.options.map((kind) => ({ value: kind, label: words(`claim.${kind}`) }))}
        isOn={(kind) => kind === claim.kind}
        onPress={(kind) => onChange({ ...claim, kind })}
      />
      {isMoneyClaim(claim.kind) ? (
        <Field
          id={claimFieldId(index, 'amount')}
          label={t('claims.amount', { n })}
          hint={t('claims.amountHint')}
          type='digit'
          maxLength={14}
          error={errorOf(errors, claimFieldId(index, 'amount'))}
          value={claim.amountYuan}
          onChange={(amountYuan) => onChange({ ...claim, amountYuan })}
        />
      ) : null}
      <LongText
        id={claimFieldId(index, 'statement')}
        label={t('claims.statement', { n })}
        hint={t('claims.statementHint')}
        maxLength={500}
        error={errorOf(errors, claimFieldId(index, 'statement'))}
        value={claim.statement}
        onChange={(statement) => onChange({ ...claim, statement })}
      />
      {onRemove ? (
        <Button variant='secondary' onPress={onRemove}>
          {t('claims.remove', { n })}
        </Button>
      ) : null}
    </View>
  )
}
