import { Text, View } from '@tarojs/components'
import { pressable, roleProps } from '../../../lib/a11y/pressable'
import { openPage } from '../../../ui/link'

interface FigureProps {
  readonly label: string
  readonly value: string
  readonly note?: string
  readonly wide?: boolean
  /** The whole card becomes a link, named by everything it says. */
  readonly to?: string
  readonly cta?: string
}

/** One big number of the coverage page, in a list of them. */
export function OfficeFigure({ label, value, note, wide = false, to, cta }: FigureProps) {
  const open = () => {
    if (to) openPage(to)
  }
  return (
    <View {...roleProps('listitem')} className={wide ? 'retiree-office-figure-slot retiree-office-figure-slot--wide' : 'retiree-office-figure-slot'}>
      <View
        {...(to ? pressable(open, 'link') : {})}
        className={to ? 'retiree-office-figure retiree-office-figure--link focusable' : 'retiree-office-figure'}
        {...(to ? { onClick: open } : {})}
      >
        <Text className='retiree-office-figure__label'>{label}</Text>
        <Text className='retiree-office-figure__value'>{value}</Text>
        {note ? <Text className='retiree-office-figure__note'>{note}</Text> : null}
        {to && cta ? <Text className='retiree-office-figure__cta'>{cta}</Text> : null}
      </View>
    </View>
  )
}
