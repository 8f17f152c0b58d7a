import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import type { InjuryActionKind } from '@renshe/shared/disputes/schemas'
import { focusById } from '../../../lib/a11y/focus'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { injuryCaseMessages } from '../injury-case-messages'
import { InjuryActionForm } from './injury-action-form'

interface InjuryActionsProps {
  readonly detail: InjuryCase
  readonly onDone: (next: InjuryCase, kind: InjuryActionKind) => void
  readonly onOutdated: () => void
}

/** The acts the caller may do now, as the server lists them; each opens its own small form in the page. */
export function InjuryActions({ detail, onDone, onOutdated }: InjuryActionsProps) {
  const t = useT(injuryCaseMessages)
  const [open, setOpen] = useState<InjuryActionKind | null>(null)
  const actions = detail.allowedActions

  return (
    <View>
      <Card title={t('actions.title')}>
        {actions.length === 0 ? (
          <Text className='muted'>{t('actions.none')}</Text>
        ) : (
          <View className='arb-actions'>
            {actions.map((kind) => (
              <Button
                key={kind}
                id={`choose-${kind}`}
                variant={kind === open ? 'primary' : kind === 'withdraw' || kind === 'refuse' || kind === 'notRecognise' ? 'danger' : 'secondary'}
                onPress={() => setOpen(kind)}
              >
                {t(`action.${kind}`)}
              </Button>
            ))}
          </View>
        )}
      </Card>
      {open && actions.includes(open) ? (
        <InjuryActionForm
          key={open}
          kind={open}
          detail={detail}
          onDone={(next) => {
            setOpen(null)
            onDone(next, open)
          }}
          onOutdated={() => {
            setOpen(null)
            onOutdated()
          }}
          onCancel={() => {
            const kind = open
            setOpen(null)
            setTimeout(() => focusById(`choose-${kind}`), 0)
          }}
        />
      ) : null}
    </View>
  )
}
