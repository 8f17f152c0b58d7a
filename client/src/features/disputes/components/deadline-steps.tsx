import { Text, View } from '@tarojs/components'
import type { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { caseMessages } from '../case-messages'
import { dateAtNoon } from '../dates'

/**
 * The case's steps in order, each with its legal day and whether it is done, under way or
 * overdue — said in words, marked by a tick or an exclamation mark and its frame.
 */
export function DeadlineSteps({ detail }: { readonly detail: ArbitrationCase }) {
  const t = useT(caseMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  if (detail.deadlines.length === 0) return <Text className='muted'>{t('steps.none')}</Text>
  return (
    <View>
      <View {...roleProps('list')} className='arb-steps'>
        {detail.deadlines.map((deadline) => {
          const state = deadline.done ? 'done' : deadline.overdue ? 'overdue' : 'due'
          return (
            <View key={deadline.step} {...roleProps('listitem')} className={`arb-step arb-step--${state}`}>
              <Text className='arb-step__label'>{label(`arbitrationStep.${deadline.step}`)}</Text>
              <Text>{t('steps.by', { date: formatDate(dateAtNoon(deadline.by), locale) })}</Text>
              <Text className={`arb-step__state arb-step__state--${state}`}>{t(`steps.${state}`)}</Text>
            </View>
          )
        })}
      </View>
      {detail.extended ? <Text className='muted'>{t('steps.extended')}</Text> : null}
    </View>
  )
}
