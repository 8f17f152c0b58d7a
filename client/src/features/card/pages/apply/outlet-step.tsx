import { Text, View } from '@tarojs/components'
import type { Outlet, OutletList } from '@renshe/shared/card/applications'
import { focusTarget, pressable, roleProps } from '../../../../lib/a11y/pressable'
import { useT } from '../../../../lib/i18n/translate'
import { uiMessages } from '../../../../ui/messages'
import { Button } from '../../../../ui/button'
import { EmptyState } from '../../../../ui/empty-state'
import { Heading } from '../../../../ui/heading'
import { Loading } from '../../../../ui/loading'
import { applyMessages } from '../../apply-messages'
import { OutletFacts } from '../../components/outlet-facts'
import type { Locating } from '../../components/use-my-location'
import '../../../../ui/checkbox.css'
import '../../../../ui/field.css'

export const outletGroupId = 'apply-outlet'

interface OutletStepProps {
  /** Null until the first list has come. */
  readonly list: OutletList | null
  /** Another list (sorted by distance) is on its way; the one shown stays meanwhile. */
  readonly loading: boolean
  readonly chosen: Outlet | null
  readonly error: string | undefined
  readonly locating: Locating
  readonly onLocate: () => void
  readonly onChoose: (outlet: Outlet) => void
}

/**
 * The outlets that hand over cards, as a list of big choices, one chosen; her county's first,
 * or the nearest first once she gives her location — which she need not.
 */
export function OutletStep({ list, loading, chosen, error, locating, onLocate, onChoose }: OutletStepProps) {
  const t = useT(applyMessages)
  const ui = useT(uiMessages)
  const asked = locating.state === 'found'
  const describedBy = [`${outletGroupId}-hint`, error ? `${outletGroupId}-error` : ''].filter(Boolean).join(' ')
  return (
    <View className='stack'>
      <View className='card-outlet-sort'>
        <Button variant='secondary' block busy={locating.state === 'busy'} onPress={onLocate}>
          {locating.state === 'busy' ? t('outlets.locating') : t('outlets.sort')}
        </Button>
        <Text className='field__hint'>{t('outlets.sortHint')}</Text>
        <View {...roleProps('status')}>
          {locating.state === 'refused' ? <Text className='card-outlet-sort__note'>{t('outlets.refused')}</Text> : null}
          {list && !loading && locating.state !== 'refused' ? (
            <Text className='card-outlet-sort__note'>{list.byDistance ? t('outlets.byDistance') : asked ? t('outlets.notSorted') : t('outlets.countyFirst')}</Text>
          ) : null}
        </View>
        {loading && list ? <Loading /> : null}
      </View>
      <View
        id={outletGroupId}
        {...roleProps('radiogroup')}
        {...focusTarget()}
        aria-labelledby={`${outletGroupId}-legend`}
        aria-describedby={describedBy}
        className={error ? 'card-outlets field--error' : 'card-outlets'}
      >
        <Heading level={2} id={`${outletGroupId}-legend`} className='field__label'>
          {t('outlets.legend')}
        </Heading>
        <Text id={`${outletGroupId}-hint`} className='field__hint'>
          {t('outlets.hint')}
        </Text>
        {error ? (
          <Text id={`${outletGroupId}-error`} className='field__error'>
            <Text className='visually-hidden'>{ui('field.errorPrefix')}</Text>
            {error}
          </Text>
        ) : null}
        {!list ? <Loading /> : null}
        {list && list.items.length === 0 ? <EmptyState message={t('outlets.empty')} /> : null}
        {list?.items.map((outlet) => {
          const on = chosen?.id === outlet.id
          const choose = () => onChoose(outlet)
          return (
            <View
              key={outlet.id}
              {...pressable(choose)}
              {...roleProps('radio')}
              aria-checked={on ? 'true' : 'false'}
              className={on ? 'card-outlet card-outlet--chosen focusable' : 'card-outlet focusable'}
              onClick={choose}
            >
              <View className='checkbox__box checkbox__box--round' aria-hidden='true'>
                {on ? <View className='checkbox__dot' /> : null}
              </View>
              <View className='card-outlet__facts'>
                {on ? <Text className='status-tag status-tag--ok'>{t('outlets.chosen')}</Text> : null}
                <OutletFacts outlet={outlet} />
              </View>
            </View>
          )
        })}
      </View>
    </View>
  )
}
