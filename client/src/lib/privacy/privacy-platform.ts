/**
 * The browser: there is no WeChat privacy authorization, so nothing listens and nothing opens.
 * The consent screen exists here only to be rendered in tests.
 */
export function listenForPrivacyRequests(): void {}

/** No WeChat privacy contract to open in a browser; `docs/privacy-guide.md` is the text. */
export function openPrivacyContract(): void {}
