import { Suspension, suspensionReasonMaxLength, type SupervisedInstitution } from '@renshe/shared/training/attendance'
import { useT } from '../../../lib/i18n/translate'
import { reinstate, suspend } from '../api'
import { trainingMessages } from '../messages'
import { ReasonedConfirm } from './reasoned-confirm'

interface SuspensionControlProps {
  readonly institution: SupervisedInstitution
  readonly onChanged: (institution: SupervisedInstitution) => void
}

/** Suspending an active institution, with its reason, or reinstating a suspended one, confirmed in the page. */
export function SuspensionControl({ institution, onChanged }: SuspensionControlProps) {
  const t = useT(trainingMessages)
  const suspending = institution.status === 'active'
  const reason = {
    id: `suspend-${institution.id}-reason`,
    label: t('suspend.reason'),
    hint: t('suspend.reasonHint'),
    maxLength: suspensionReasonMaxLength,
    problemOf: (text: string) => {
      const checked = Suspension.safeParse({ reason: text })
      return checked.success ? null : (checked.error.issues[0]?.message ?? 'field.required')
    },
  }
  return (
    <ReasonedConfirm
      // A new question for each status: what was asked before the change does not carry over.
      key={institution.status}
      trigger={t(suspending ? 'suspend.button' : 'reinstate.button')}
      triggerVariant={suspending ? 'danger' : 'primary'}
      question={t(suspending ? 'suspend.confirm' : 'reinstate.confirm')}
      yes={t(suspending ? 'suspend.yes' : 'reinstate.yes')}
      no={t(suspending ? 'suspend.no' : 'reinstate.no')}
      variant={suspending ? 'danger' : 'primary'}
      reason={suspending ? reason : null}
      send={(text) => (suspending ? suspend(institution.id, text) : reinstate(institution.id))}
      onDone={onChanged}
    />
  )
}
