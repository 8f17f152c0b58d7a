import type { ConsentPurpose } from '@renshe/shared/identity/schemas'
import type { Dialect } from './dialect'

export function identityTables(d: Dialect) {
  /** Timestamps are ISO-8601 UTC strings: they sort as text and read the same in PostgreSQL. */
  const users = d.table(
    'users',
    {
      id: d.text('id').primaryKey(),
      /** Development login handle of a demo account; null for real accounts. */
      devAccount: d.text('dev_account'),
      /** HMAC blind index of the WeChat openid: found again at the next login, never stored in clear. */
      wechatOpenidIndex: d.text('wechat_openid_index'),
      /** The openid itself, encrypted: subscribe messages must name it, nothing else reads it. */
      wechatOpenidEnc: d.text('wechat_openid_enc'),
      roles: d.json('roles').$type<string[]>().notNull(),
      /** Encrypted display name for staff and officers (citizens' names live in real_names). */
      staffNameEnc: d.text('staff_name_enc'),
      regionCode: d.text('region_code'),
      staffCode: d.text('staff_code'),
      organization: d.text('organization'),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('users_dev_account').on(t.devAccount),
      d.uniqueIndex('users_wechat_openid').on(t.wechatOpenidIndex),
      d.uniqueIndex('users_staff_code').on(t.staffCode),
      // Who covers a region is asked at every complaint and alert: an index, not a walk of every account.
      d.index('users_region').on(t.regionCode),
    ],
  )

  const realNames = d.table(
    'real_names',
    {
      userId: d.text('user_id')
        .primaryKey()
        .references(() => users.id),
      nameEnc: d.text('name_enc').notNull(),
      idNumberEnc: d.text('id_number_enc').notNull(),
      idNumberIndex: d.text('id_number_index').notNull(),
      phoneEnc: d.text('phone_enc'),
      regionCode: d.text('region_code').notNull(),
      birthYear: d.integer('birth_year').notNull(),
      boundAt: d.text('bound_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('real_names_id_number').on(t.idNumberIndex),
      // Who lives in a region, in account order: how a programme walks the people it may reach.
      d.index('real_names_region_user').on(t.regionCode, t.userId),
    ],
  )

  const sessions = d.table(
    'sessions',
    {
      id: d.text('id').primaryKey(),
      /** SHA-256 of the bearer token; the token itself is never stored. */
      tokenHash: d.text('token_hash').notNull(),
      userId: d.text('user_id')
        .notNull()
        .references(() => users.id),
      provider: d.text('provider').notNull(),
      /** WeChat session_key, encrypted; never leaves the server. */
      wechatSessionKeyEnc: d.text('wechat_session_key_enc'),
      createdAt: d.text('created_at').notNull(),
      lastSeenAt: d.text('last_seen_at').notNull(),
      idleExpiresAt: d.text('idle_expires_at').notNull(),
      expiresAt: d.text('expires_at').notNull(),
      revokedAt: d.text('revoked_at'),
    },
    (t) => [d.uniqueIndex('sessions_token_hash').on(t.tokenHash), d.index('sessions_user').on(t.userId)],
  )

  const consents = d.table(
    'consents',
    {
      id: d.text('id').primaryKey(),
      userId: d.text('user_id')
        .notNull()
        .references(() => users.id),
      purpose: d.text('purpose').$type<ConsentPurpose>().notNull(),
      version: d.text('version').notNull(),
      givenAt: d.text('given_at').notNull(),
      withdrawnAt: d.text('withdrawn_at'),
    },
    (t) => [d.index('consents_user_purpose').on(t.userId, t.purpose, t.givenAt, t.id)],
  )

  const proxyGrants = d.table(
    'proxy_grants',
    {
      id: d.text('id').primaryKey(),
      citizenUserId: d.text('citizen_user_id')
        .notNull()
        .references(() => users.id),
      staffUserId: d.text('staff_user_id')
        .notNull()
        .references(() => users.id),
      scopes: d.json('scopes').$type<string[]>().notNull(),
      createdAt: d.text('created_at').notNull(),
      expiresAt: d.text('expires_at').notNull(),
      revokedAt: d.text('revoked_at'),
    },
    (t) => [d.index('proxy_grants_citizen').on(t.citizenUserId), d.index('proxy_grants_staff').on(t.staffUserId)],
  )

  /**
   * A resident with no account whom a grid staff member registered in person (decision 055): her
   * account (a `users` row with no login), real name and `jobs.assist` grant are the ordinary
   * ones; this row says who kept them, on what written agreement, and whether she has since
   * confirmed or refused them. `claimantUserId` is the account that proved her name and ID number
   * at binding and may now decide.
   */
  const keptProfiles = d.table(
    'kept_profiles',
    {
      userId: d.text('user_id')
        .primaryKey()
        .references(() => users.id),
      staffUserId: d.text('staff_user_id')
        .notNull()
        .references(() => users.id),
      grantId: d.text('grant_id')
        .notNull()
        .references(() => proxyGrants.id),
      regionCode: d.text('region_code').notNull(),
      agreementMethod: d.text('agreement_method').$type<'paper_form'>().notNull(),
      /** The number of the signed paper form, sealed: it leads to the person's signature. */
      agreementReferenceEnc: d.text('agreement_reference_enc').notNull(),
      registeredAt: d.text('registered_at').notNull(),
      status: d.text('status').$type<'kept' | 'confirmed' | 'refused'>().notNull(),
      claimantUserId: d.text('claimant_user_id').references(() => users.id),
      decidedAt: d.text('decided_at'),
    },
    (t) => [d.index('kept_profiles_staff').on(t.staffUserId), d.index('kept_profiles_claimant').on(t.claimantUserId)],
  )

  return { users, realNames, sessions, consents, proxyGrants, keptProfiles }
}

export type IdentityTables = ReturnType<typeof identityTables>
