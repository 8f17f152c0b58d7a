/** The mini-program has no index.html shell and no service worker: WeChat keeps its packages itself. */
export function startWebApp(): void {}
