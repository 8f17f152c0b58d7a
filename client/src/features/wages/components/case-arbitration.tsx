import { Text, View } from '@tarojs/components'
import { pageLink } from '@renshe/shared/platform/pages'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import { actingForStore } from '../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../lib/auth/session-store'
import { useT } from '../../../lib/i18n/translate'
import { useStore } from '../../../lib/store'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { Link, openPage } from '../../../ui/link'
import { wagesMessages } from '../messages'

/**
 * A complaint the office sent to arbitration, on the worker's side (she, or grid staff for her
 * under `disputes.file`): the application prefilled from it while she has not applied, then the
 * arbitration it became. One history: the complaint and the arbitration link to each other.
 */
export function CaseArbitration({ detail }: { readonly detail: CaseDetail }) {
  const t = useT(wagesMessages)
  const session = useStore(sessionStore)
  const actingFor = useStore(actingForStore)
  const workerSide = actingFor ? actingFor.scopes.includes('disputes.file') : (session?.me.roles.includes('citizen') ?? false)
  const { arbitration } = detail
  if (!workerSide || (arbitration === null && detail.status !== 'arbitration')) return null

  return (
    <Card title={t('case.arbitrationTitle')} tone='highlight'>
      {arbitration ? (
        <View className='stack'>
          <Text>{t('case.arbitrationApplied', { caseNumber: arbitration.caseNumber })}</Text>
          <Link to={pageLink('arbitration', { id: arbitration.id })}>{t('case.arbitrationOpen', { caseNumber: arbitration.caseNumber })}</Link>
        </View>
      ) : (
        <View className='stack'>
          <Text>{t('case.arbitrationApplyLead')}</Text>
          <Button block onPress={() => openPage(pageLink('applyArbitration', { wageCaseId: detail.id }))}>
            {t('case.arbitrationApply')}
          </Button>
        </View>
      )}
    </Card>
  )
}
