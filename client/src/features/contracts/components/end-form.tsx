import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { endContract } from '@renshe/shared/contracts/contract'
import { EndingGround, endingGrounds } from '@renshe/shared/contracts/ending'
import type { Contract } from '@renshe/shared/contracts/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { focusById } from '../../../lib/a11y/focus'
import { focusTarget } from '../../../lib/a11y/pressable'
import { errorOf, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { LongText } from '../../../ui/long-text'
import { ProblemNotice } from '../../../ui/problem-notice'
import { RadioGroup } from '../../../ui/radio-group'
import { endingMessages } from '../ending-messages'

const ids = { ground: 'end-ground', lastDay: 'end-last-day', reason: 'end-reason' } as const

interface EndFormProps {
  readonly contract: Contract
  readonly today: string
  readonly onDone: (next: Contract) => void
  readonly onOutdated: () => void
}

/**
 * The employer ends a signed contract (arts. 36–44): one of the law's grounds, the last working
 * day and its note; the service checks the day again and issues the certificate of ending.
 */
export function EndForm({ contract, today, onDone, onOutdated }: EndFormProps) {
  const t = useT(endingMessages)
  const locale = useLocale()
  const language = locale === 'en' ? 'en' : 'zh'
  const [open, setOpen] = useState(false)
  // A ground decides whether compensation is owed: none is chosen for the employer, except expiry
  // once the term's end day has passed (the fact the contract itself states).
  const [ground, setGround] = useState<EndingGround | null>(contract.endsOn !== null && contract.endsOn <= today ? 'expiry' : null)
  const [lastDay, setLastDay] = useState(contract.endsOn !== null && contract.endsOn <= today ? contract.endsOn : today)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, sending } = useSubmission(endContract)
  useEffect(() => {
    if (open) focusById('end-start')
  }, [open])

  if (!open) {
    return (
      <View className='contract-acts'>
        <Button id='choose-end' variant='danger' onPress={() => setOpen(true)}>
          {t('end.open')}
        </Button>
      </View>
    )
  }

  const send = async () => {
    setFailure(null)
    if (ground === null) {
      setErrors([{ fieldId: ids.ground, message: t('end.groundRequired') }])
      focusById(ids.ground)
      return
    }
    const result = await submit({ params: { id: contract.id }, body: { ground, lastDay: lastDay.trim(), reason } })
    if (result.ok) return onDone(result.value)
    if (result.network) return setFailure({ problem: null })
    if (result.problem.code === 'illegal_transition' || result.problem.code === 'conflict') return onOutdated()
    const fieldErrors = errorsFromProblem(result.problem, ids, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  return (
    <Card title={t('end.title')}>
      <View className='contract-stack'>
        <View id='end-start' {...focusTarget()} className='contract-confirm'>
          <Text>{t('end.lead')}</Text>
        </View>
        <ErrorSummary errors={errors} labels={{ [ids.ground]: t('end.ground'), [ids.lastDay]: t('end.lastDay'), [ids.reason]: t('end.reason') }} />
        <RadioGroup<EndingGround>
          id={ids.ground}
          legend={t('end.ground')}
          options={EndingGround.options.map((value) => ({ value, label: `${endingGrounds[value].label[language]}（${endingGrounds[value].article[language]}）` }))}
          value={ground}
          onChange={setGround}
        />
        {errorOf(errors, ids.ground) ? <Text className='field__error'>{errorOf(errors, ids.ground)}</Text> : null}
        <Field id={ids.lastDay} label={t('end.lastDay')} hint={t('end.lastDayHint')} maxLength={12} error={errorOf(errors, ids.lastDay)} value={lastDay} onChange={setLastDay} />
        <LongText id={ids.reason} label={t('end.reason')} hint={t('end.reasonHint')} maxLength={300} error={errorOf(errors, ids.reason)} value={reason} onChange={setReason} />
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
        <Button block variant='danger' busy={sending} onPress={() => void send()}>
          {t('end.yes')}
        </Button>
        <Button
          block
          variant='secondary'
          disabled={sending}
          onPress={() => {
            setOpen(false)
            setTimeout(() => focusById('choose-end'), 0)
          }}
        >
          {t('cancel')}
        </Button>
      </View>
    </Card>
  )
}
