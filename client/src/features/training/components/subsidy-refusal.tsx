import { Text } from '@tarojs/components'
import type { Problem } from '@renshe/shared/platform/problem'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { ProblemNotice } from '../../../ui/problem-notice'
import { refusalText, subsidyRefusalMeaning } from '../labels'
import { trainingMessages } from '../messages'

/**
 * Why an application was refused, in the reader's language, with what the rule means for her
 * (when she may try again, or why not); without a reason, what went wrong and a retry.
 */
export function SubsidyRefusal({ problem, onRetry }: { readonly problem: Problem | null; readonly onRetry: () => void }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const refusal = refusalText(problem, locale)
  if (!refusal) return <ProblemNotice problem={problem} onRetry={onRetry} />
  const meaning = subsidyRefusalMeaning(problem, t)
  return (
    <Banner tone='error'>
      <Text className='training-line training-line--strong'>{refusal}</Text>
      {meaning ? <Text className='training-line'>{meaning}</Text> : null}
    </Banner>
  )
}
