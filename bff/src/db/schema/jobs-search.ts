import type { Dialect } from './dialect'
import type { jobsTables } from './jobs'

/** What finds a job post by the words of its text (decision 053). */
export function jobsSearchTables(d: Dialect, { jobPosts }: { jobPosts: ReturnType<typeof jobsTables>['jobPosts'] }) {
  /**
   * The words of each post's title, occupation, place and description, cut by the segmenter
   * when the post's text is written, one row per post and word. A search cuts its words the same
   * way and reads the posts holding all of them from the word index alone. The weight is the
   * most telling field the word was found in (title 3, occupation 2, place or description 1),
   * summed over the words searched for to rank the posts.
   */
  const jobPostTerms = d.table(
    'job_post_terms',
    {
      postId: d.text('post_id')
        .notNull()
        .references(() => jobPosts.id),
      term: d.text('term').notNull(),
      weight: d.integer('weight').notNull(),
    },
    (t) => [d.primaryKey({ columns: [t.postId, t.term] }), d.index('job_post_terms_term').on(t.term, t.postId, t.weight)],
  )

  return { jobPostTerms }
}
