import type Taro from '@tarojs/taro'

// Taro runs the config files in Node at build time (bundled by esbuild, imports included), where
// `process.env.TARO_ENV` names the end being built.

/**
 * A page's configuration for both ends. In h5 the page scrolls the window rather than an inner
 * element, which mobile browsers and the journeys rely on; WeChat's page.json schema has no
 * `usingWindowScroll`, and DevTools warns about every page that carries it.
 */
export function pageConfig(config: Taro.PageConfig): Taro.PageConfig {
  return process.env.TARO_ENV === 'h5' ? { ...config, usingWindowScroll: true } : config
}

/** The app-wide fields that differ by end, to spread into `defineAppConfig`. */
export function platformAppConfig(): Partial<Taro.AppConfig> {
  if (process.env.TARO_ENV === 'h5') {
    // No sliding page transitions in h5: the page sliding in from the right widened the layout
    // viewport of mobile browsers, which then zoomed the whole app out. Motion also costs the
    // people care mode is for more than it gives them. (WeChat's app.json has no `animation`.)
    return { animation: false }
  }
  // WeChat injects only the components a page uses, as its code-quality check recommends.
  return { lazyCodeLoading: 'requiredComponents' }
}
