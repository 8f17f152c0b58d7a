// The queries both raw baselines answer with, in each engine's placeholder style: the same
// authenticated year-of-records read and public certificate check as the portal's, with no
// framework, no validation and no audit.

export const rawQueries = {
  sqlite: {
    session: 'select user_id from sessions where token_hash = ? and revoked_at is null and expires_at > ?',
    person: 'select p.id from real_names r join insured_persons p on p.id_number_index = r.id_number_index where r.user_id = ?',
    year: 'select month, type, base_fen, personal_fen, employer_fen, employer_name, region_code from contributions where person_id = ? and month >= ? and month <= ? order by month, type',
    certificate: 'select verification_code, holder_masked_name, period_from, period_to, expires_at from certificates where verification_code = ?',
  },
  postgres: {
    session: 'select user_id from sessions where token_hash = $1 and revoked_at is null and expires_at > $2',
    person: 'select p.id from real_names r join insured_persons p on p.id_number_index = r.id_number_index where r.user_id = $1',
    year: 'select month, type, base_fen, personal_fen, employer_fen, employer_name, region_code from contributions where person_id = $1 and month >= $2 and month <= $3 order by month, type',
    certificate: 'select verification_code, holder_masked_name, period_from, period_to, expires_at from certificates where verification_code = $1',
  },
} as const
