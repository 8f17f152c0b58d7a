import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { assignVisit } from '@renshe/shared/retiree/contract'
import type { PensionerSummary, VisitTask } from '@renshe/shared/retiree/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate, formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Button } from '../../../ui/button'
import { domainLabels } from '../../../ui/domain-labels'
import { ProblemNotice } from '../../../ui/problem-notice'
import { officeMessages } from '../office-messages'
import { OfficeDaysLeft } from './office-days-left'
import { certDaysWords } from './office-days'
import { canSendGridStaff } from './office-rules'
import '../../../ui/field.css'

type Assigning = { readonly status: 'idle' } | { readonly status: 'failed'; readonly problem: Problem | null } | { readonly status: 'assigned'; readonly task: VisitTask }

/** One pensioner of the list: who, where, by when; and, if nobody is going yet, sending grid staff. */
export function OfficePensionerItem({ pensioner }: { readonly pensioner: PensionerSummary }) {
  const t = useT(officeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const [assigning, setAssigning] = useState<Assigning>({ status: 'idle' })
  const { submit, sending } = useSubmission(assignVisit)
  const late = certDaysWords(pensioner.state, pensioner.daysLeft).overdue

  const send = async () => {
    const result = await submit({ params: { id: pensioner.id } })
    if (result.ok) setAssigning({ status: 'assigned', task: result.value })
    else setAssigning({ status: 'failed', problem: result.network ? null : result.problem })
  }

  return (
    <View {...roleProps('listitem')} className={late ? 'retiree-office-row retiree-office-row--late' : 'retiree-office-row'}>
      <View className='retiree-office-row__head'>
        <Text className='retiree-office-row__name'>{pensioner.maskedName}</Text>
        <Text className='status-tag'>{label(`certState.${pensioner.state}`)}</Text>
      </View>
      <View className='retiree-office-row__line'>
        <Text>{t('pensioners.age', { age: pensioner.age })}</Text>
        <Text>{pensioner.gridCode ? t('pensioners.grid', { grid: pensioner.gridCode }) : t('pensioners.noGrid')}</Text>
      </View>
      <View className='retiree-office-row__line'>
        {pensioner.state === 'stopped' ? null : <Text>{t('pensioners.dueDate', { date: formatDate(pensioner.dueDate, locale) })}</Text>}
        <OfficeDaysLeft state={pensioner.state} daysLeft={pensioner.daysLeft} />
      </View>
      {pensioner.state === 'suspended' ? <Text className='retiree-office-held'>{t('pensioners.held', { amount: formatFen(pensioner.heldFen) })}</Text> : null}
      {assigning.status === 'assigned' ? (
        <View {...roleProps('status')} className='retiree-office-assigned'>
          <Text className='status-tag status-tag--ok'>{t('assign.done')}</Text>
          {assigning.task.staffCode ? <Text className='muted'>{t('assign.doneStaff', { code: assigning.task.staffCode })}</Text> : null}
        </View>
      ) : pensioner.openTask ? (
        <View className='retiree-office-assigned'>
          <Text className='status-tag'>{t('assign.open')}</Text>
        </View>
      ) : null}
      {assigning.status === 'failed' ? (
        <View className='retiree-office-assigned'>
          <Text className='field__error'>{t('assign.notDone')}</Text>
          <ProblemNotice problem={assigning.problem} />
          {assigning.problem?.code === 'conflict' ? <Text className='retiree-office-block'>{t('assign.conflictHint')}</Text> : null}
        </View>
      ) : null}
      {assigning.status !== 'assigned' && canSendGridStaff(pensioner) ? (
        <View className='retiree-office-row__actions'>
          <Button busy={sending} onPress={() => void send()}>
            {t('assign.send')}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
