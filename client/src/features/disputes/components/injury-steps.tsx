import { Text, View } from '@tarojs/components'
import type { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { dateAtNoon } from '../dates'
import { injuryCaseMessages } from '../injury-case-messages'

/**
 * The case's steps in order (decision 069), each with its legal day, the rule that sets it, and
 * whether it is done, under way or overdue — said in words, marked by a tick or an exclamation
 * mark and its frame.
 */
export function InjurySteps({ detail }: { readonly detail: InjuryCase }) {
  const t = useT(injuryCaseMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const extended = detail.timeline.some((event) => event.kind === 'assessment_extended')
  if (detail.deadlines.length === 0) return <Text className='muted'>{t('steps.none')}</Text>
  return (
    <View>
      <View {...roleProps('list')} className='arb-steps'>
        {detail.deadlines.map((deadline) => {
          const state = deadline.done ? 'done' : deadline.overdue ? 'overdue' : 'due'
          return (
            <View key={deadline.step} {...roleProps('listitem')} className={`arb-step arb-step--${state}`}>
              <Text className='arb-step__label'>{label(`injuryStep.${deadline.step}`)}</Text>
              <Text>{t('steps.by', { date: formatDate(dateAtNoon(deadline.by), locale) })}</Text>
              <Text className={`arb-step__state arb-step__state--${state}`}>{t(`steps.${state}`)}</Text>
              <Text className='inj-step__rule'>{t(`steps.rule.${deadline.step}`)}</Text>
            </View>
          )
        })}
      </View>
      {detail.factsClear ? <Text className='muted'>{t('steps.factsClear')}</Text> : null}
      {extended ? <Text className='muted'>{t('steps.extended')}</Text> : null}
    </View>
  )
}
