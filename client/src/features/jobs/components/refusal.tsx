import { Text, View } from '@tarojs/components'
import type { Problem } from '@renshe/shared/platform/problem'
import { ProblemNotice } from '../../../ui/problem-notice'

/**
 * Why an action was not taken: the problem's title, and each reason in words (already applied,
 * the code has expired, the pay was already stated). `null`: no answer reached us.
 */
export function Refusal({ problem }: { readonly problem: Problem | null }) {
  return (
    <View>
      <ProblemNotice problem={problem} />
      {problem?.errors?.map((error) => (
        <Text key={error.key} className='jobs-note jobs-note--declined'>
          {error.message}
        </Text>
      ))}
    </View>
  )
}
