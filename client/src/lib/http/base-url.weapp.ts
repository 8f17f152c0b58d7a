/** The mini-program calls a configured host (build-time `API_BASE_URL`). */
export const apiBaseUrl = API_BASE_URL
