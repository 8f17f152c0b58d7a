/** The h5 build is served by the BFF itself, so the API is on the same origin. */
export const apiBaseUrl = '/api'
