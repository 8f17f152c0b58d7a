import type { ReactNode } from 'react'
import type { Operation } from '@renshe/shared/platform/operation'
import { actingForStore, stopActing } from '../lib/acting-for/acting-for-store'
import { useT } from '../lib/i18n/translate'
import { useStore } from '../lib/store'
import { Banner } from './banner'
import { Button } from './button'
import { uiMessages } from './messages'

interface ActingGuardProps {
  readonly operation: Operation
  readonly children: ReactNode
}

/**
 * While acting for someone, shows a page only if their grant covers the operation it is built
 * on; otherwise says why, instead of letting the request fail with a bare "forbidden".
 */
export function ActingGuard({ operation, children }: ActingGuardProps) {
  const t = useT(uiMessages)
  const actingFor = useStore(actingForStore)
  if (!actingFor || operation.access.kind !== 'session') return <>{children}</>

  const scope = operation.access.proxyScope
  if (scope && actingFor.scopes.includes(scope)) return <>{children}</>

  return (
    <Banner tone='warning'>
      {scope ? t('acting.notCovered', { name: actingFor.maskedName }) : t('acting.notAllowed')}
      <Button variant='secondary' onPress={() => stopActing()}>
        {t('acting.stop')}
      </Button>
    </Banner>
  )
}
