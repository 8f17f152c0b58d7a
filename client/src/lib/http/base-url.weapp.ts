/** The mini-program calls a configured host (build-time `API_BASE_URL`). */
export const apiBaseUrl = API_BASE_URL

/** A development build names the API it calls on every page, so nobody takes it for a release. */
export const developmentApiBase: string | null = RELEASE_BUILD ? null : API_BASE_URL
