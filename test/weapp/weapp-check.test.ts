import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test, type TestContext } from 'vitest'
import { checkMiniProgram } from '../../scripts/weapp-check/check-mini-program.mjs'

// The check `npm test` runs on the weapp build (scripts/weapp-check.mjs), given tiny mini-programs
// written here: one WeChat accepts, and ones with the faults the check is there to catch. Each
// check waits mostly on miniprogram-ci's own processes, so the tests run side by side.

// Concurrent tests take `expect` and `onTestFinished` from their own context.
function miniProgram({ onTestFinished }: TestContext, files: Record<string, string | object>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'weapp-check-test-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  const projectConfig = { appid: 'touristappid', compileType: 'miniprogram', setting: { minified: true, minifyWXSS: true, minifyWXML: true } }
  const all: Record<string, string | object> = { '../project.config.json': projectConfig, 'app.js': 'App({})', 'app.wxss': '.page { color: #333; }', ...files }
  for (const [name, content] of Object.entries(all)) {
    const file = path.join(dir, 'miniprogram', name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
  }
  return { miniprogramDir: path.join(dir, 'miniprogram'), projectConfigPath: path.join(dir, 'project.config.json') }
}

const homePage = {
  'pages/home/index.js': 'Page({})',
  'pages/home/index.wxml': '<view class="title"><text>人社服务</text></view>',
  'pages/home/index.wxss': '.title { font-size: 18px; }',
}

test.concurrent('a mini-program WeChat accepts passes with no error and no warning', async (context) => {
  const { expect } = context
  const result = await checkMiniProgram(
    miniProgram(context, {
      'app.json': { pages: ['pages/home/index'], lazyCodeLoading: 'requiredComponents', window: { navigationBarTitleText: '人社服务' } },
      'pages/home/index.json': { navigationBarTitleText: '首页' },
      ...homePage,
    }),
  )

  expect(result.errors).toEqual([])
  expect(result.warnings).toEqual([])
  expect(result.pages).toBe(1)
  expect(result.jsonChecked).toEqual({ projectconfig: 1, app: 1, page: 1 })
  expect(result.compiled).toEqual({ wxml: 1, wxs: 0, wxss: 2 })
  expect(result.compiledFiles).toBeGreaterThan(0)
  expect(result.quality.passed).toBe(result.quality.total)
  expect(result.packages.map((pkg) => pkg.name)).toEqual(['main'])
})

test.concurrent('h5-only keys, a bad value, a tag left open and a broken style fail the check, each under its file', async (context) => {
  const { expect } = context
  const result = await checkMiniProgram(
    miniProgram(context, {
      // No lazyCodeLoading: the code-quality check recommends it.
      'app.json': { pages: ['pages/home/index'], animation: false },
      'pages/home/index.json': { navigationBarTitleText: '首页', usingWindowScroll: true, navigationBarTextStyle: 'purple' },
      ...homePage,
      'pages/home/index.wxml': '<view class="title"><text>人社服务</view>',
      'pages/home/index.wxss': '.title { font-size: 18px;',
    }),
  )

  expect(result.warnings).toEqual(
    expect.arrayContaining([
      { file: 'app.json', message: expect.stringContaining('["animation"]') },
      { file: 'pages/home/index.json', message: expect.stringContaining('["usingWindowScroll"]') },
      { file: 'code quality', message: expect.stringContaining('LAZYCODE_LOADING_OPEN') },
    ]),
  )
  expect(result.errors).toEqual(
    expect.arrayContaining([
      { file: 'pages/home/index.json', message: expect.stringMatching(/navigationBarTextStyle must be one of "black", "white".*not "purple"/) },
      { file: 'pages/home/index.wxml', message: expect.stringContaining('expect end-tag `text`') },
      { file: 'pages/home/index.wxss', message: expect.stringMatching(/^wcsc: /) },
      { file: 'pages/home/index.json', message: expect.stringMatching(/^getCompiledResult: /) },
    ]),
  )
})

test.concurrent('a page listed in app.json but never built is an error of miniprogram-ci', async (context) => {
  const { expect } = context
  const result = await checkMiniProgram(
    miniProgram(context, {
      'app.json': { pages: ['pages/home/index', 'pages/missing/index'], lazyCodeLoading: 'requiredComponents' },
      ...homePage,
    }),
  )

  expect(result.warnings).toEqual([])
  expect(result.errors).toEqual([{ file: expect.any(String), message: expect.stringMatching(/^getCompiledResult: .*pages\/missing\/index/) }])
})
