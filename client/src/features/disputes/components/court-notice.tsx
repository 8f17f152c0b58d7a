import { Text } from '@tarojs/components'
import type { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { caseMessages } from '../case-messages'
import { dateAtNoon } from '../dates'

/**
 * When the applicant may go to court instead (refused, acceptance or award overdue, or after the
 * award), in plain words: to her as "you", to the others as "the applicant".
 */
export function CourtNotice({ detail }: { readonly detail: ArbitrationCase }) {
  const t = useT(caseMessages)
  const locale = useLocale()
  const why = detail.mayGoToCourt
  if (!why) return null
  const own = detail.myRole === 'applicant' || detail.myRole === 'grid_staff'
  const date = detail.award ? formatDate(dateAtNoon(detail.award.sueBy), locale) : ''
  const key = own ? (`court.${why}` as const) : (`court.${why}Other` as const)
  return (
    <Banner tone={why === 'award' ? 'info' : 'warning'} title={t('court.title')} urgent={false}>
      <Text>{t(key, { date })}</Text>
    </Banner>
  )
}
