import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type { ConsentPurpose } from '@renshe/shared/identity/schemas'

/** Timestamps are ISO-8601 UTC strings: they sort as text and read the same in PostgreSQL. */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    /** Development login handle of a demo account; null for real accounts. */
    devAccount: text('dev_account'),
    /** HMAC blind index of the WeChat openid: found again at the next login, never stored in clear. */
    wechatOpenidIndex: text('wechat_openid_index'),
    /** The openid itself, encrypted: subscribe messages must name it, nothing else reads it. */
    wechatOpenidEnc: text('wechat_openid_enc'),
    roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
    /** Encrypted display name for staff and officers (citizens' names live in real_names). */
    staffNameEnc: text('staff_name_enc'),
    regionCode: text('region_code'),
    staffCode: text('staff_code'),
    organization: text('organization'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('users_dev_account').on(t.devAccount),
    uniqueIndex('users_wechat_openid').on(t.wechatOpenidIndex),
    uniqueIndex('users_staff_code').on(t.staffCode),
  ],
)

export const realNames = sqliteTable(
  'real_names',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id),
    nameEnc: text('name_enc').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIndex: text('id_number_index').notNull(),
    phoneEnc: text('phone_enc'),
    regionCode: text('region_code').notNull(),
    birthYear: integer('birth_year').notNull(),
    boundAt: text('bound_at').notNull(),
  },
  (t) => [uniqueIndex('real_names_id_number').on(t.idNumberIndex)],
)

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    /** SHA-256 of the bearer token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    provider: text('provider').notNull(),
    /** WeChat session_key, encrypted; never leaves the server. */
    wechatSessionKeyEnc: text('wechat_session_key_enc'),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    idleExpiresAt: text('idle_expires_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('sessions_token_hash').on(t.tokenHash), index('sessions_user').on(t.userId)],
)

export const consents = sqliteTable(
  'consents',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose').$type<ConsentPurpose>().notNull(),
    version: text('version').notNull(),
    givenAt: text('given_at').notNull(),
    withdrawnAt: text('withdrawn_at'),
  },
  (t) => [index('consents_user_purpose').on(t.userId, t.purpose)],
)

export const proxyGrants = sqliteTable(
  'proxy_grants',
  {
    id: text('id').primaryKey(),
    citizenUserId: text('citizen_user_id')
      .notNull()
      .references(() => users.id),
    staffUserId: text('staff_user_id')
      .notNull()
      .references(() => users.id),
    scopes: text('scopes', { mode: 'json' }).$type<string[]>().notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('proxy_grants_citizen').on(t.citizenUserId), index('proxy_grants_staff').on(t.staffUserId)],
)
