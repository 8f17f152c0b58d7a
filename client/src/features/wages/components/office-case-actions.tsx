import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import { focusById } from '../../../lib/a11y/focus'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { domainLabels } from '../../../ui/domain-labels'
import { officeMessages } from '../office-messages'
import { isOfficeAction, type OfficeActionKind } from './office-action-body'
import { OfficeActionForm } from './office-action-form'

interface CaseActionsProps {
  readonly detail: CaseDetail
  readonly onChanged: (detail: CaseDetail) => void
  readonly onConflict: (problem: Problem) => void
}

/** The acts the server allows now, each opening its own small form in the page. */
export function OfficeCaseActions({ detail, onChanged, onConflict }: CaseActionsProps) {
  const t = useT(officeMessages)
  const label = useT(domainLabels)
  const [open, setOpen] = useState<OfficeActionKind | null>(null)
  const [done, setDone] = useState<OfficeActionKind | null>(null)
  const actions = detail.allowedActions.filter(isOfficeAction)

  const choose = (kind: OfficeActionKind) => {
    setDone(null)
    setOpen(kind)
  }

  return (
    <View>
      {done ? (
        <Banner tone='success' title={t('action.doneTitle')}>
          <Text>{t('action.done', { action: label(`caseAction.${done}`), status: label(`caseStatus.${detail.status}`) })}</Text>
        </Banner>
      ) : null}
      <Card title={t('handle.actionsTitle')}>
        {actions.length === 0 ? (
          <Text className='muted'>{t('handle.noActions')}</Text>
        ) : (
          <View className='office-actions-row'>
            {actions.map((kind) => (
              <Button key={kind} id={`choose-${kind}`} variant={kind === open ? 'primary' : 'secondary'} onPress={() => choose(kind)}>
                {label(`caseAction.${kind}`)}
              </Button>
            ))}
          </View>
        )}
      </Card>
      {open && actions.includes(open) ? (
        <OfficeActionForm
          key={open}
          kind={open}
          detail={detail}
          onDone={(next) => {
            setOpen(null)
            setDone(open)
            onChanged(next)
          }}
          onConflict={(problem) => {
            setOpen(null)
            onConflict(problem)
          }}
          onCancel={() => {
            const kind = open
            setOpen(null)
            focusById(`choose-${kind}`)
          }}
        />
      ) : null}
    </View>
  )
}
