import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { readBuildSettings } from './build-settings'

const workspaceRoot = path.resolve(__dirname, '../..')

// Taro compiles only src/ unless told otherwise: the shared contract is raw TypeScript, and
// zod's ES2020 syntax must be down-levelled for older WeChat runtimes.
const compileInclude = [path.join(workspaceRoot, 'shared/src'), path.dirname(require.resolve('zod/package.json'))]

/** The stamp of what the app stores from the API (config/stored-format.ts), computed where TypeScript from shared/ can be read. */
function storedFormatStamp(): string {
  return execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'print-stored-format.ts')], { encoding: 'utf8' }).trim()
}

export default defineConfig<'webpack5'>(() => {
  const settings = readBuildSettings(process.env, process.env.TARO_ENV)
  if (!settings.ok) {
    // A throw here ends in a stack trace and Taro's misleading "config/index not found".
    console.error(`\n✖ ${process.env.TARO_ENV ?? 'client'} build refused: ${settings.error}\n`)
    process.exit(1)
  }
  const { release, apiBaseUrl } = settings.value
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'renshe-portal',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: { API_BASE_URL: JSON.stringify(apiBaseUrl), RELEASE_BUILD: JSON.stringify(release), STORED_FORMAT: JSON.stringify(storedFormatStamp()) },
    // Browsers ask for /favicon.ico of every site; the mini-program has no use for one.
    copy: { patterns: process.env.TARO_ENV === 'h5' ? [{ from: 'src/assets/favicon.ico', to: 'dist/h5/favicon.ico' }] : [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    // Every build (build.mjs runs webpack's production mode) minifies JS and WXSS/CSS, development
    // mini-programs included: it costs a few seconds and keeps what is tested what is shipped.
    terser: { enable: true },
    csso: { enable: true },
    mini: {
      optimizeMainPackage: { enable: true },
      // Component styles use distinct class names, so the order webpack merges them in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      compile: { include: compileInclude },
      // No `minifyXML`: its html-minifier drops `</input>` as HTML's void element, and WeChat's wcc
      // then refuses base.wxml (Taro issues 10848, 11928). WeChat's own compiler minifies WXML on
      // preview and upload instead: `minifyWXML` in project.config.json (docs/decisions/035).
      // Sizes are CSS pixels on both ends, so care-mode minimums (18 px text, 60 px targets) hold exactly.
      postcss: { pxtransform: { enable: false, config: {} } },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // React renderings of Taro's components: plain div/span/input that take ids, roles and
      // aria-* directly, instead of custom elements that keep the real <input> inside.
      useHtmlComponents: true,
      compile: { include: compileInclude },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      // Every page is its own chunk, loaded when opened; Taro splits shared code out of the first
      // load only (`chunks: 'initial'`), so each page chunk carried its own copy of ui/, lib/ and
      // the contract. Splitting all chunks puts what pages share in chunks of its own, fetched
      // once and kept: the home downloads its page and what it uses, and the service worker's
      // copy of the whole client is a fraction of the size (decision 038).
      webpackChain(chain) {
        const taroSplitting: object = chain.optimization.get('splitChunks')
        chain.optimization.splitChunks({ ...taroSplitting, chunks: 'all', minSize: 20_000 })
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
      },
    },
  }
  return config
})
