import type { HoldReason } from '@renshe/shared/jobs/moderation'
import type { OccupationCode } from '@renshe/shared/jobs/occupations'
import type { JobPostStatus, PostRound } from '@renshe/shared/jobs/posts'
import type { JobKind, JobShifts, PayUnit, WeeklyAvailability } from '@renshe/shared/jobs/schemas'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'
import type { WagesTables } from './wages'

export function jobsTables(d: Dialect, { users, employers }: { users: IdentityTables['users']; employers: WagesTables['employers'] }) {
  /**
   * One job seeker's profile per account. Where they live (community and point on the map) is
   * sealed; only the county's code stays in clear, for counts by region. What they can do and
   * when is kept whole as JSON, read and written with the profile.
   */
  const seekerProfiles = d.table(
    'seeker_profiles',
    {
      userId: d.text('user_id')
        .primaryKey()
        .references(() => users.id),
      occupations: d.json('occupations').$type<OccupationCode[]>().notNull(),
      skills: d.json('skills').$type<string[]>().notNull(),
      certificates: d.json('certificates').$type<string[]>().notNull(),
      /** `{ community, lat, lng }` of home, sealed. */
      homeEnc: d.text('home_enc').notNull(),
      homeRegionCode: d.text('home_region_code').notNull(),
      /** Kept to the metre, in whole metres: the same on both engines. */
      travelMetres: d.integer('travel_metres').notNull(),
      availability: d.json('availability').$type<WeeklyAvailability>().notNull(),
      expectedPayFen: d.bigint('expected_pay_fen').notNull(),
      expectedPayUnit: d.text('expected_pay_unit').$type<PayUnit>().notNull(),
      /** The separate consent to be shown to employers; false hides the profile from them. */
      recommendable: d.boolean('recommendable').notNull().default(false),
      consentAt: d.text('consent_at'),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [d.index('seeker_profiles_region_recommendable').on(t.homeRegionCode, t.recommendable)],
  )

  /**
   * A job an employer offers, posted for one of the organisations the account speaks for. A post
   * is public once open, so where the work is stays in clear: the county for the officers who
   * review it, the point on the map for "near me". The point is kept in millionths of a degree
   * (about 0.1 m), whole numbers that read the same on both engines. What the job asks for and
   * when it is worked are kept whole as JSON, as the seeker's profile keeps theirs.
   */
  const jobPosts = d.table(
    'job_posts',
    {
      id: d.text('id').primaryKey(),
      posterOrganisationId: d.text('poster_organisation_id')
        .notNull()
        .references(() => employers.id),
      posterUserId: d.text('poster_user_id')
        .notNull()
        .references(() => users.id),
      status: d.text('status').$type<JobPostStatus>().notNull(),
      title: d.text('title').notNull(),
      occupation: d.text('occupation').$type<OccupationCode>().notNull(),
      skills: d.json('skills').$type<string[]>().notNull(),
      certificates: d.json('certificates').$type<string[]>().notNull(),
      kind: d.text('kind').$type<JobKind>().notNull(),
      community: d.text('community').notNull(),
      regionCode: d.text('region_code').notNull(),
      latMicrodegrees: d.integer('lat_microdegrees').notNull(),
      lngMicrodegrees: d.integer('lng_microdegrees').notNull(),
      payFen: d.bigint('pay_fen').notNull(),
      payUnit: d.text('pay_unit').$type<PayUnit>().notNull(),
      headcount: d.integer('headcount').notNull(),
      shifts: d.json('shifts').$type<JobShifts>().notNull(),
      startDate: d.text('start_date').notNull(),
      /** Null for a job with no planned end. */
      endDate: d.text('end_date'),
      description: d.text('description').notNull(),
      /** Why the rules held the post, as found when it was posted; empty when none. */
      holdReasons: d.json('hold_reasons').$type<HoldReason[]>().notNull(),
      /** The officer's reason to decline, or note to approve (required over a hold). */
      decisionNote: d.text('decision_note'),
      decidedBy: d.text('decided_by').references(() => users.id),
      decidedAt: d.text('decided_at'),
      /** The times the post was sent: 1 when posted, one more each time its poster changes and resends it. */
      revision: d.integer('revision').notNull().default(1),
      /** How it stood before each resubmission, oldest first (the officer reads them). */
      earlierRounds: d.json('earlier_rounds').$type<PostRound[]>().notNull().default([]),
      createdAt: d.text('created_at').notNull(),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [
      d.index('job_posts_region_status').on(t.regionCode, t.status),
      d.index('job_posts_status_end_date').on(t.status, t.endDate),
      d.index('job_posts_organisation').on(t.posterOrganisationId, t.createdAt),
      // "Near me" and matching: open posts inside a box of latitude, then longitude, read from the
      // index alone — end date, occupation and id are in it too, so no row is visited (decision 048).
      d.index('job_posts_open_point').on(t.status, t.latMicrodegrees, t.lngMicrodegrees, t.endDate, t.occupation, t.id),
      // The match notices job: posts approved since its last run.
      d.index('job_posts_status_decided').on(t.status, t.decidedAt),
      // The open list of one kind (day work, part-time, full-time), most recently opened first,
      // read in its order: no walk past posts of the other kinds, no sort.
      d.index('job_posts_status_kind_decided').on(t.status, t.kind, t.decidedAt, t.id),
      // Search ranks the posts that hold the words from the index alone: open, not ended, when opened (decision 053).
      d.index('job_posts_search_rank').on(t.id, t.status, t.endDate, t.decidedAt),
    ],
  )

  /**
   * A match the seeker has been told of, one row per seeker and post: the inbox message is sent
   * with the row, and the unique pair makes a second run (or a run taken over) send nothing.
   * The score is kept as it was when sent; the grid staff's call-back list reads these rows.
   */
  const jobMatchNotices = d.table(
    'job_match_notices',
    {
      seekerUserId: d.text('seeker_user_id')
        .notNull()
        .references(() => users.id),
      postId: d.text('post_id')
        .notNull()
        .references(() => jobPosts.id),
      /** Whole points of 100, as the matching gave it when the notice was sent. */
      score: d.integer('score').notNull(),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [d.primaryKey({ columns: [t.seekerUserId, t.postId] }), d.index('job_match_notices_seeker_created').on(t.seekerUserId, t.createdAt)],
  )

  /**
   * When a grid staff member last called a person she helps ("已回访"): her call-back list
   * shows the person again once a match newer than this is sent. One row per staff and person.
   */
  const jobCallbacks = d.table(
    'job_callbacks',
    {
      staffUserId: d.text('staff_user_id')
        .notNull()
        .references(() => users.id),
      seekerUserId: d.text('seeker_user_id')
        .notNull()
        .references(() => users.id),
      calledAt: d.text('called_at').notNull(),
    },
    (t) => [d.primaryKey({ columns: [t.staffUserId, t.seekerUserId] })],
  )

  return { seekerProfiles, jobPosts, jobMatchNotices, jobCallbacks }
}
