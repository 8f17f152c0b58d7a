import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import type { Programme, TrainingInstitution } from '@renshe/shared/training/schemas'
import { focusTarget, roleProps } from '../../../lib/a11y/pressable'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Checkbox } from '../../../ui/checkbox'
import { Loading } from '../../../ui/loading'
import { ProblemNotice } from '../../../ui/problem-notice'
import { approve, loadInstitutions } from '../api'
import { refusalText } from '../labels'
import { trainingMessages } from '../messages'
import { InstitutionNames } from './institution-names'
// Its group is labelled and marked like a field's, on a page that may hold no other field.
import '../../../ui/field.css'

type Offered = { readonly status: 'loading' } | { readonly status: 'ok'; readonly items: readonly TrainingInstitution[] } | { readonly status: 'failed'; readonly problem: Problem | null }

/**
 * The institutions a programme's vouchers can be spent at, and adding more of her region: the
 * ones not yet approved as checkboxes, then one button. The new-programme form lets her leave
 * them for later; this is that later. Approved ones are not taken away here.
 */
export function ApprovedInstitutions({ programme, onApproved }: { readonly programme: Programme; readonly onApproved: (programme: Programme) => void }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const [offered, setOffered] = useState<Offered>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [ticked, setTicked] = useState<readonly string[]>([])
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [unticked, setUnticked] = useState(false)
  const [done, setDone] = useState(false)
  const reason = refusalText(failure?.problem ?? null, locale)

  useEffect(() => {
    let live = true
    setOffered({ status: 'loading' })
    void loadInstitutions().then((result) => {
      if (live) setOffered(result.ok ? { status: 'ok', items: result.value.items } : { status: 'failed', problem: result.network ? null : result.problem })
    })
    return () => {
      live = false
    }
  }, [attempt])

  const send = async () => {
    setDone(false)
    setFailure(null)
    if (ticked.length === 0) return setUnticked(true)
    setSending(true)
    const result = await approve(programme.id, ticked)
    setSending(false)
    if (!result.ok) return setFailure({ problem: result.network ? null : result.problem })
    setTicked([])
    setDone(true)
    onApproved(result.value)
  }

  const addable = offered.status === 'ok' ? offered.items.filter((institution) => !programme.institutionIds.includes(institution.id)) : []
  return (
    <View className='stack'>
      <Text className='page__lead'>{t('approve.lead')}</Text>
      <InstitutionNames institutions={programme.institutions} />
      {done ? <Banner tone='success'>{t('approve.done')}</Banner> : null}
      <View id='programme-approve' {...roleProps('group')} {...focusTarget()} aria-labelledby='programme-approve-title' className={unticked ? 'field field--error' : 'field'}>
        <Text id='programme-approve-title' className='field__label'>
          {t('approve.addTitle')}
        </Text>
        {offered.status === 'loading' ? <Loading /> : null}
        {offered.status === 'failed' ? <ProblemNotice problem={offered.problem} onRetry={() => setAttempt((n) => n + 1)} loading /> : null}
        {offered.status === 'ok' && offered.items.length === 0 ? <Text className='muted'>{t('new.institutionsNone')}</Text> : null}
        {offered.status === 'ok' && offered.items.length > 0 && addable.length === 0 ? <Text className='muted'>{t('approve.allApproved')}</Text> : null}
        {addable.length > 0 ? <Text className='muted'>{t('approve.addLead')}</Text> : null}
        {unticked && ticked.length === 0 ? <Text className='field__error'>{t('approve.chooseFirst')}</Text> : null}
        {addable.map((institution) => (
          <Checkbox
            key={institution.id}
            id={`programme-approve-${institution.id}`}
            label={institution.name}
            checked={ticked.includes(institution.id)}
            onChange={(checked) => {
              setUnticked(false)
              setTicked(checked ? [...ticked, institution.id] : ticked.filter((other) => other !== institution.id))
            }}
          />
        ))}
      </View>
      {reason ? <Banner tone='error'>{reason}</Banner> : null}
      {failure && !reason ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      {addable.length > 0 ? (
        <Button block busy={sending} onPress={() => void send()}>
          {t('approve.button')}
        </Button>
      ) : null}
    </View>
  )
}
