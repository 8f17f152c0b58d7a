// Run by check-mini-program.mjs in a process of its own: miniprogram-ci talks on the console and
// leaves a compiler process behind, so this process writes what it found to a file and exits.
//   node ci-compile.mjs <project dir> <private key file> <result file>
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const ci = require('miniprogram-ci')
const { DefaultProjectAttr } = require('miniprogram-ci/dist/config/config')

const [projectPath, privateKeyPath, resultPath] = process.argv.slice(2)
if (!projectPath || !privateKeyPath || !resultPath) {
  console.error('usage: node ci-compile.mjs <project dir> <private key file> <result file>')
  process.exit(2)
}

/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error))

// Nothing leaves the machine: miniprogram-ci's requests (here, one: WeChat's list of allowed file
// types) go through a proxy on a closed loopback port and fail at once; the list inside the package is used.
const offline = 'http://127.0.0.1:9'
process.env.HTTPS_PROXY = offline
process.env.HTTP_PROXY = offline
ci.proxy(offline)

const result = { compile: { ok: true, message: '', files: 0 }, quality: /** @type {unknown[]} */ ([]), qualityError: '' }
try {
  // `attr` stands in for the one call that asks WeChat about the AppID; the key is never used.
  const project = new ci.Project({ type: 'miniProgram', projectPath, privateKeyPath, attr: async () => DefaultProjectAttr })
  try {
    // The project's own settings, as an upload with `useProjectConfig` uses them, but without
    // WeChat's second minifying of JS and WXSS: webpack's terser and csso minified every file
    // already (decision 035), wcsc parses the WXSS, and the second pass costs 5–25 s on two cores.
    // WXML, which only WeChat minifies, goes through its minifier as on upload.
    const files = await ci.getCompiledResult({ project, setting: { useProjectConfig: true, minifyJS: false, minifyWXSS: false } })
    result.compile.files = Object.keys(files).length
  } catch (error) {
    result.compile = { ok: false, message: messageOf(error), files: 0 }
  }
  try {
    // DevTools' 代码质量 panel: minifying, lazyCodeLoading, package sizes, unused files.
    result.quality = await ci.checkCodeQuality(project)
  } catch (error) {
    result.qualityError = messageOf(error)
  }
} catch (error) {
  result.compile = { ok: false, message: messageOf(error), files: 0 }
}
writeFileSync(resultPath, JSON.stringify(result))
process.exit(0)
