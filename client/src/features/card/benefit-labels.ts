import type { BenefitKind, TierFor } from '@renshe/shared/card/benefits'
import { defineCatalog, type KeyOf, type Translate } from '../../lib/i18n/translate'

/*
 * How a card benefit reads, for the holder's benefits page, her e-card and the venue's check
 * (decision 066): the kind of benefit, who a tier is for — the reason she gets it, as the county
 * rule says it ("年满 70 周岁") — and what she pays.
 */
export const benefitLabels = defineCatalog(
  {
    'kind.bus': '公交乘车',
    'kind.park': '公园游览',
    'kind.museum': '博物馆参观',
    'kind.scenic': '景区游览',
    'for.everyone': '持卡优惠',
    'for.senior70': '年满 70 周岁',
    'for.senior60': '年满 60 周岁、未满 70 周岁',
    'for.student': '6 至 14 周岁学生',
    'for.disabled': '持残疾人证',
    'pay.free': '免费',
    'pay.half': '半价',
    'pay.percent': '付全价的 {percent}%',
    'tier.line': '{reason}：{pay}',
  },
  {
    'kind.bus': 'Bus rides',
    'kind.park': 'Parks',
    'kind.museum': 'Museums',
    'kind.scenic': 'Scenic spots',
    'for.everyone': 'Card holder’s price',
    'for.senior70': 'Aged 70 or over',
    'for.senior60': 'Aged 60 to 69',
    'for.student': 'Pupil aged 6 to 14',
    'for.disabled': 'Holds a disability certificate',
    'pay.free': 'Free',
    'pay.half': 'Half price',
    'pay.percent': '{percent}% of the full price',
    'tier.line': '{reason}: {pay}',
  },
)

type BenefitLabel = Translate<KeyOf<typeof benefitLabels>>

export const kindLabel = (t: BenefitLabel, kind: BenefitKind) => t(`kind.${kind}`)

export const reasonLabel = (t: BenefitLabel, because: TierFor) => t(`for.${because}`)

/** "免费", "半价", or "付全价的 95%". */
export function payLabel(t: BenefitLabel, payPercent: number): string {
  if (payPercent === 0) return t('pay.free')
  if (payPercent === 50) return t('pay.half')
  return t('pay.percent', { percent: payPercent })
}
