import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { requestHomeVisit } from '@renshe/shared/retiree/contract'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ProblemNotice } from '../../../ui/problem-notice'
import { retireeMessages } from '../messages'

/** After three failed face checks: one tap asks the grid worker to come, and says it was done. */
export function HomeVisitOffer({ asked: askedBefore }: { readonly asked: boolean }) {
  const t = useT(retireeMessages)
  const { submit, sending } = useSubmission(requestHomeVisit)
  const [asked, setAsked] = useState(askedBefore)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)

  const ask = async () => {
    setFailure(null)
    const result = await submit({})
    if (result.ok) setAsked(true)
    else setFailure({ problem: result.network ? null : result.problem })
  }

  if (asked) {
    return <Banner tone='success' title={t('certify.homeVisit.asked')} />
  }
  return (
    <Card title={t('certify.homeVisit.title')}>
      <View className='stack'>
        <Text>{t('certify.homeVisit.lead')}</Text>
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void ask()} /> : null}
        <Button block busy={sending} onPress={() => void ask()}>
          {t('certify.homeVisit.ask')}
        </Button>
      </View>
    </Card>
  )
}
