import { Text, View } from '@tarojs/components'
import { CertificationState } from '@renshe/shared/retiree/schemas'
import { pressable, roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { routes } from '../../../routes'
import { domainLabels } from '../../../ui/domain-labels'
import { openPage } from '../../../ui/link'
import { officeMessages } from '../office-messages'

/** How many pensioners are in each certification state, each count a big link to their list. */
export function OfficeStateLinks({ byState }: { readonly byState: Readonly<Record<CertificationState, number>> }) {
  const t = useT(officeMessages)
  const label = useT(domainLabels)
  return (
    <View {...roleProps('list')} aria-label={t('coverage.byStateList')} className='retiree-office-states'>
      {CertificationState.options.map((state) => {
        const open = () => openPage(`${routes.pensioners}?state=${state}`)
        return (
          <View key={state} {...roleProps('listitem')}>
            <View {...pressable(open, 'link')} className='retiree-office-state focusable' onClick={open}>
              <Text className='retiree-office-state__name'>{label(`certState.${state}`)}</Text>
              <Text className='retiree-office-state__count'>{t('people', { count: byState[state] })}</Text>
              <Text className='retiree-office-state__cta'>{t('coverage.seeList')}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
