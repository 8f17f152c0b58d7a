/** The h5 build is served by the BFF itself, so the API is on the same origin. */
export const apiBaseUrl = '/api'

/** The h5 build has no API address of its own to get wrong, so it never shows one. */
export const developmentApiBase: string | null = null
