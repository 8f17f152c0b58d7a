import type { Locale } from '@renshe/shared/platform/locale'
import { decideApplication } from '@renshe/shared/jobs/applications-contract'
import type { ApplicationDecision, ApplicationStatus } from '@renshe/shared/jobs/applications'
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

export type ApplicantChoice = ApplicationDecision['decision']

/** What an employer may still decide on an applicant: invite or hire until hired, decline until decided. */
export function applicantChoices(status: ApplicationStatus): readonly ApplicantChoice[] {
  if (status === 'applied') return ['invite', 'hire', 'decline']
  if (status === 'invited') return ['hire', 'decline']
  return []
}

/** An employer's decision on an applicant as sent, or what is missing: a choice, and a reason to decline (the seeker reads it). */
export function checkApplicantDecision(choice: ApplicantChoice | null, reason: string, locale: Locale, t: JobsT): Checked<ApplicationDecision> {
  if (choice === null) return { ok: false, problems: [{ path: 'decision', message: t('applicants.choose') }] }
  const parsed = decideApplication.body.safeParse(choice === 'decline' ? { decision: choice, reason } : { decision: choice })
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: schemaProblems(parsed.error.issues, locale) }
}
