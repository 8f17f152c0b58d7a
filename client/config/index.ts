import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'

const workspaceRoot = path.resolve(__dirname, '../..')

// Taro compiles only src/ unless told otherwise: the shared contract is raw TypeScript, and
// zod's ES2020 syntax must be down-levelled for older WeChat runtimes.
const compileInclude = [path.join(workspaceRoot, 'shared/src'), path.dirname(require.resolve('zod/package.json'))]

const apiBaseUrl = process.env.API_BASE_URL ?? 'http://127.0.0.1:8787/api'

export default defineConfig<'webpack5'>(() => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'renshe-portal',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: { API_BASE_URL: JSON.stringify(apiBaseUrl) },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      optimizeMainPackage: { enable: true },
      // Component styles use distinct class names, so the order webpack merges them in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      compile: { include: compileInclude },
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
