import type { OccupationCode } from '@renshe/shared/jobs/occupations'
import type { PayUnit, WeeklyAvailability } from '@renshe/shared/jobs/schemas'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'

export function jobsTables(d: Dialect, { users }: { users: IdentityTables['users'] }) {
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

  return { seekerProfiles }
}
