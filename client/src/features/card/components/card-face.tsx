import { Text, View } from '@tarojs/components'
import type { MyCard, RevealedCard } from '@renshe/shared/card/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Heading } from '../../../ui/heading'
import { cardMessages } from '../messages'

interface CardFaceProps {
  readonly card: MyCard
  /** The number, name and social-security number shown whole; null: masked. */
  readonly revealed: RevealedCard | null
}

/** The card as it looks in the hand: bank, number, name, social-security number, validity, and its status as a badge. */
export function CardFace({ card, revealed }: CardFaceProps) {
  const t = useT(cardMessages)
  const locale = useLocale()
  return (
    <View {...roleProps('group')} aria-label={t('face.label')} className={`citizen-card citizen-card--${card.status}`}>
      <View className='citizen-card__top'>
        <Heading level={2} className='citizen-card__title'>
          {t('face.title')}
        </Heading>
        <Text className={`citizen-card__badge citizen-card__badge--${card.status}`}>{t(`badge.${card.status}`)}</Text>
      </View>
      <Fact label={t('face.bank')} value={card.issuingBank} />
      <Fact label={t('face.number')} value={revealed?.cardNumber ?? card.cardNumberMasked} code />
      <Fact label={t('face.name')} value={revealed?.holderName ?? card.holderMaskedName} />
      <Fact label={t('face.ssn')} value={revealed?.socialSecurityNumber ?? card.socialSecurityNumberMasked} code />
      <Fact label={t('face.validUntil')} value={formatDate(card.validUntil, locale)} />
      {revealed ? <Text className='citizen-card__shown'>{t('face.shown')}</Text> : null}
    </View>
  )
}

function Fact({ label, value, code = false }: { readonly label: string; readonly value: string; readonly code?: boolean }) {
  return (
    <View className='citizen-card__fact'>
      <Text className='citizen-card__label'>{label}</Text>
      <Text className={code ? 'citizen-card__value citizen-card__value--code' : 'citizen-card__value'}>{value}</Text>
    </View>
  )
}
