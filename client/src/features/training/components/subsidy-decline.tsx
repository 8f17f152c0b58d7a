import { Text } from '@tarojs/components'
import { SubsidyDecline as DeclineBody, subsidyDeclineReasonMaxLength, type SubsidyApplication } from '@renshe/shared/training/subsidy'
import { useT } from '../../../lib/i18n/translate'
import { declineApplication } from '../api'
import { trainingMessages } from '../messages'
import { ReasonedConfirm } from './reasoned-confirm'

interface SubsidyDeclineProps {
  readonly application: SubsidyApplication
  readonly onDeclined: (application: SubsidyApplication) => void
}

/** Declining one application with the reason the applicant is told, confirmed in the page. */
export function SubsidyDecline({ application, onDeclined }: SubsidyDeclineProps) {
  const t = useT(trainingMessages)
  return (
    <ReasonedConfirm
      trigger={
        <>
          <Text aria-hidden='true'>{t('subsidies.decline')}</Text>
          <Text className='visually-hidden'>{`${t('subsidies.decline')} ${application.traineeMaskedName}（${application.voucherNumber}）`}</Text>
        </>
      }
      triggerVariant='secondary'
      question={t('subsidies.declineConfirm')}
      yes={t('subsidies.declineYes')}
      no={t('subsidies.declineNo')}
      variant='danger'
      reason={{
        id: `subsidy-${application.id}-reason`,
        label: t('subsidies.reason'),
        hint: t('subsidies.reasonHint'),
        maxLength: subsidyDeclineReasonMaxLength,
        problemOf: (text) => {
          const checked = DeclineBody.safeParse({ reason: text })
          return checked.success ? null : (checked.error.issues[0]?.message ?? 'field.required')
        },
      }}
      send={(reason) => declineApplication(application.id, reason)}
      onDone={onDeclined}
    />
  )
}
