import { Text, View } from '@tarojs/components'
import type { ApplicationKind, Outlet, ReplacementReason } from '@renshe/shared/card/applications'
import { useT } from '../../../../lib/i18n/translate'
import { Button } from '../../../../ui/button'
import { Heading } from '../../../../ui/heading'
import { applyMessages } from '../../apply-messages'
import { OutletFacts } from '../../components/outlet-facts'

interface ConfirmStepProps {
  readonly kind: ApplicationKind
  readonly reason: ReplacementReason | null
  readonly outlet: Outlet
  readonly onChangeReason: () => void
  readonly onChangeOutlet: () => void
}

/** What will be sent, each part with the way back to change it. */
export function ConfirmStep({ kind, reason, outlet, onChangeReason, onChangeOutlet }: ConfirmStepProps) {
  const t = useT(applyMessages)
  return (
    <View className='stack'>
      <Heading level={2} className='field__label'>
        {t('confirm.legend')}
      </Heading>
      <View className='card-check'>
        <View className='card-check__row'>
          <Text className='card-check__label'>{t('confirm.kind')}</Text>
          <Text className='card-check__value'>{t(`kind.${kind}`)}</Text>
        </View>
        {kind === 'replacement' && reason ? (
          <View className='card-check__row'>
            <Text className='card-check__label'>{t('confirm.reason')}</Text>
            <Text className='card-check__value'>{t(`reason.${reason}`)}</Text>
            <Button variant='secondary' onPress={onChangeReason}>
              {t('confirm.changeReason')}
            </Button>
          </View>
        ) : null}
        <View className='card-check__row'>
          <Text className='card-check__label'>{t('confirm.outlet')}</Text>
          <OutletFacts outlet={outlet} />
          <Button variant='secondary' onPress={onChangeOutlet}>
            {t('confirm.changeOutlet')}
          </Button>
        </View>
      </View>
    </View>
  )
}
