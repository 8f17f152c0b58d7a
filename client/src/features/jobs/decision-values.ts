import type { Locale } from '@renshe/shared/platform/locale'
import { decidePost } from '@renshe/shared/jobs/posts-contract'
import type { PostDecision } from '@renshe/shared/jobs/posts'
import { schemaProblems, type PathProblem } from './field-errors'
import type { Checked, JobsT } from './profile-values'

export type DecisionChoice = PostDecision['decision']

/**
 * An officer's decision as sent, or what is missing: a choice, and a note where one is needed —
 * always to decline (the poster reads why), and to approve a post the rules held.
 */
export function checkDecision(choice: DecisionChoice | null, note: string, held: boolean, locale: Locale, t: JobsT): Checked<PostDecision> {
  if (choice === null) return { ok: false, problems: [{ path: 'decision', message: t('review.chooseDecision') }] }
  const problems: PathProblem[] = []
  const trimmed = note.trim()
  if ((choice === 'decline' || held) && trimmed === '') problems.push({ path: 'note', message: t('review.noteRequired') })
  const body = choice === 'approve' && trimmed === '' ? { decision: choice } : { decision: choice, note: trimmed }
  const parsed = decidePost.body.safeParse(body)
  if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data }
  return { ok: false, problems: [...problems, ...(parsed.success ? [] : schemaProblems(parsed.error.issues, locale))] }
}
