import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Rating, RatingInput } from '@renshe/shared/jobs/applications'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { Field } from '../../../ui/field'
import { Heading } from '../../../ui/heading'
import { RadioGroup } from '../../../ui/radio-group'
import { useAction } from '../use-action'
import { workMessages } from '../work-messages'
import { Refusal } from './refusal'

type Stars = '' | '1' | '2' | '3' | '4' | '5'

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly network: false; readonly problem: Problem } | { readonly ok: false; readonly network: true }

interface RatingFormProps<T> {
  readonly id: string
  readonly title: string
  readonly send: (rating: RatingInput) => Promise<Outcome<T>>
  readonly onRated: (value: T) => void
}

/** Stars (all five choices in view) and a few optional words; sent once, after the work. */
export function RatingForm<T>({ id, title, send, onRated }: RatingFormProps<T>) {
  const t = useT(workMessages)
  const locale = useLocale()
  const [stars, setStars] = useState<Stars>('')
  const [comment, setComment] = useState('')
  const [starsError, setStarsError] = useState<string | undefined>(undefined)
  const action = useAction(onRated)
  const submit = () => {
    if (stars === '') return setStarsError(fieldMessage('jobs.stars', locale))
    setStarsError(undefined)
    const words = comment.trim()
    void action.run(() => send({ stars: Number(stars), ...(words ? { comment: words } : {}) }))
  }
  return (
    <View className='jobs-work__part'>
      <Heading level={4} className='jobs-work__heading'>{title}</Heading>
      {starsError ? <Text className='field__error'>{starsError}</Text> : null}
      <RadioGroup<Stars>
        id={`${id}-stars`}
        legend={t('work.stars')}
        options={(['5', '4', '3', '2', '1'] as const).map((count) => ({ value: count, label: t('work.star', { count }) }))}
        value={stars}
        onChange={setStars}
      />
      <Field id={`${id}-comment`} label={t('work.comment')} hint={t('work.commentHint')} value={comment} onChange={setComment} maxLength={100} />
      {action.failed ? <Refusal problem={action.problem} /> : null}
      <Button block busy={action.busy} onPress={submit}>
        {t('work.rate')}
      </Button>
    </View>
  )
}

/** A rating given, in one line: whose, how many stars, and the words if any. */
export function RatingLine({ rating, mine }: { readonly rating: Rating; readonly mine: boolean }) {
  const t = useT(workMessages)
  const locale = useLocale()
  const comment = rating.comment ? `${locale === 'zh-CN' ? '：' : ': '}${rating.comment}` : ''
  return <Text className='jobs-note'>{t(mine ? 'work.myRating' : 'work.ratingOfMe', { stars: rating.stars, comment })}</Text>
}
