// WeChat's own tooling run over a built mini-program, offline: every json file against the schemas
// miniprogram-ci ships (what DevTools reports as "invalid app.json [key]"), every .wxml and .wxss
// through WeChat's compilers wcc and wcsc (npm `miniprogram-compiler`), then miniprogram-ci's local
// compile (`getCompiledResult`, what an upload runs first) and its code-quality check.
// Used by scripts/weapp-check.mjs (`npm test`) and test/weapp.
import { spawn } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
// The validator and the schemas miniprogram-ci validates with, so that both judge alike.
const { Validator } = createRequire(require.resolve('miniprogram-ci'))('jsonschema')
const { config: schemas } = require('miniprogram-ci/dist/schema/dist/index.js')
const wcc = require('miniprogram-compiler/src/wcc')
const wcsc = require('miniprogram-compiler/src/wcsc')

const ciCompileScript = fileURLToPath(new URL('./ci-compile.mjs', import.meta.url))

/** @typedef {{ file: string, message: string }} Problem */
/** @typedef {{ name: string, bytes: number }} PackageSize */
/**
 * @typedef {object} CheckResult
 * @property {Problem[]} errors
 * @property {Problem[]} warnings
 * @property {number} pages pages listed in app.json, subpackages included
 * @property {Record<string, number>} jsonChecked json files checked, by schema
 * @property {{ wxml: number, wxs: number, wxss: number }} compiled files given to wcc and wcsc
 * @property {number} compiledFiles files in miniprogram-ci's compiled result
 * @property {{ passed: number, total: number }} quality items of the code-quality check
 * @property {PackageSize[]} packages sizes by package, as the code-quality check counts them
 */

/** @param {string} dir @returns {string[]} paths relative to dir, with forward slashes */
function filesUnder(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(dir, relative)
    return [relative]
  })
}

/** @param {string} file @returns {string} */
const withoutExtension = (file) => file.slice(0, file.length - path.extname(file).length)

/** @param {unknown} error @returns {string} */
const messageOf = (error) => (error instanceof Error ? error.message : String(error)).trim()

/**
 * DevTools' rule (miniprogram-ci's schemaValidate): a key the schema does not know is a warning,
 * any other mismatch (a wrong type, a value outside an enum, a missing key) an error.
 * @param {string} kind a schema of miniprogram-ci: app, page, sitemap, projectconfig, …
 * @param {unknown} json
 * @param {string} file
 * @param {{ errors: Problem[], warnings: Problem[] }} into
 */
function validateJson(kind, json, file, into) {
  const schema = schemas[kind]
  if (!schema) throw new Error(`miniprogram-ci ships no "${kind}" schema`)
  for (const issue of new Validator().validate(json, schema).errors) {
    const where = String(issue.property).replace(/^instance\.?/, '')
    if (issue.name === 'additionalProperties') {
      const key = where === '' ? `["${issue.argument}"]` : `${where}["${issue.argument}"]`
      into.warnings.push({ file, message: `invalid ${kind}.json ${key}: not in WeChat's schema` })
    } else {
      const expected = issue.name === 'anyOf' ? `must be ${describeChoices(issue.schema)}, not ${JSON.stringify(issue.instance)}` : issue.message
      into.errors.push({ file, message: `${kind}.json ${where === '' ? '' : `${where} `}${expected}` })
    }
  }
}

/** What an `anyOf` of WeChat's schemas allows, in words: `one of "black", "white" or a string matching /^@.*$/`. */
function describeChoices(/** @type {{ anyOf?: Array<Record<string, unknown>> }} */ schema) {
  const choices = schema.anyOf ?? []
  const values = choices.flatMap((choice) => (Array.isArray(choice.enum) ? choice.enum : 'const' in choice ? [choice.const] : []))
  const kinds = choices
    .filter((choice) => !Array.isArray(choice.enum) && !('const' in choice))
    .map((choice) => `${/^[aeio]/.test(String(choice.type)) ? 'an' : 'a'} ${String(choice.type ?? 'value')}${typeof choice.pattern === 'string' ? ` matching /${choice.pattern}/` : ''}`)
  return [...(values.length > 0 ? [`one of ${values.map((value) => JSON.stringify(value)).join(', ')}`] : []), ...kinds].join(' or ')
}

/**
 * Which schema a json file of the mini-program answers to: app.json, its sitemap and theme
 * files, ext.json, and the json of every page and component (a json beside a .wxml or .js).
 * @param {string} file @param {Set<string>} files @param {Record<string, unknown>} app
 * @returns {string | null}
 */
function schemaOf(file, files, app) {
  if (file === 'app.json') return 'app'
  if (file === (typeof app.sitemapLocation === 'string' ? app.sitemapLocation : 'sitemap.json')) return 'sitemap'
  if (typeof app.themeLocation === 'string' && file === app.themeLocation) return 'theme'
  if (file === 'ext.json') return 'ext'
  const base = withoutExtension(file)
  return files.has(`${base}.wxml`) || files.has(`${base}.js`) ? 'page' : null
}

/** @param {unknown} app @returns {string[]} every page path of app.json, subpackages included */
function pagesOf(app) {
  if (typeof app !== 'object' || app === null) return []
  const { pages = [], subPackages = [], subpackages = [] } = /** @type {Record<string, any>} */ (app)
  const subPages = [...subPackages, ...subpackages].flatMap((sub) =>
    Array.isArray(sub?.pages) ? sub.pages.map((/** @type {string} */ page) => `${String(sub.root).replace(/\/+$/, '')}/${page}`) : [],
  )
  return [...(Array.isArray(pages) ? pages : []), ...subPages]
}

/**
 * A compiler's message, less the wrapper's prefix and wcsc's closing count, under the file it names.
 * @param {string} compiler @param {string} message @param {RegExp} fileInMessage @param {string} otherwise
 * @returns {Problem}
 */
function compilerProblem(compiler, message, fileInMessage, otherwise) {
  const text = message
    .replace(/^编译 \.wx(ml|ss) 文件错误：/, '')
    .replace(/\s*error file count: \d+\s*$/, '')
    .trim()
  return { file: fileInMessage.exec(text)?.[1] ?? otherwise, message: `${compiler}: ${text}` }
}

/**
 * @param {string} miniprogramDir @param {string[]} files
 * @param {{ errors: Problem[], warnings: Problem[] }} into
 */
function compileTemplatesAndStyles(miniprogramDir, files, into) {
  const wxml = files.filter((file) => file.endsWith('.wxml'))
  const wxs = files.filter((file) => file.endsWith('.wxs'))
  const wxss = files.filter((file) => file.endsWith('.wxss'))
  // Each compiler takes the whole list at once, as DevTools gives it: templates import one another.
  if (wxml.length > 0) {
    try {
      wcc(miniprogramDir, wxml.map(withoutExtension), wxs, { maxBuffer: 64 << 20 })
    } catch (error) {
      into.errors.push(compilerProblem('wcc', messageOf(error), /^(\S+\.wxml):/m, '*.wxml'))
    }
  }
  if (wxss.length > 0) {
    const result = wcsc(miniprogramDir, wxss.map(withoutExtension), { maxBuffer: 64 << 20 })
    if (result instanceof Error) into.errors.push(compilerProblem('wcsc', messageOf(result), /^ERR: (\S+\.wxss)\(/m, '*.wxss'))
  }
  return { wxml: wxml.length, wxs: wxs.length, wxss: wxss.length }
}

/**
 * What miniprogram-ci's chatter means: `[warn]` lines are warnings and `[error]` lines errors,
 * except its request for WeChat's list of file types, which ci-compile.mjs lets fail on purpose.
 * @param {string} output
 * @param {{ errors: Problem[], warnings: Problem[] }} into
 */
function readCiOutput(output, into) {
  for (const line of output.split('\n').map((text) => text.replace(/\u001b\[[0-9;]*m/g, '').trim())) {
    if (/getwhiteextlist|get white ext list fail/.test(line)) continue
    if (line.startsWith('[warn]')) into.warnings.push({ file: 'miniprogram-ci', message: line })
    else if (line.startsWith('[error]')) into.errors.push({ file: 'miniprogram-ci', message: line })
  }
}

/**
 * miniprogram-ci needs a project folder holding project.config.json and the mini-program, and a
 * private key: a copy in a temporary folder, and a key made now and thrown away (nothing is uploaded).
 * @param {string} miniprogramDir @param {Record<string, unknown>} projectConfig
 * @param {{ errors: Problem[], warnings: Problem[] }} into
 */
async function compileWithMiniprogramCi(miniprogramDir, projectConfig, into) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'weapp-check-'))
  try {
    cpSync(miniprogramDir, path.join(workDir, 'miniprogram'), { recursive: true })
    writeFileSync(path.join(workDir, 'project.config.json'), JSON.stringify({ ...projectConfig, miniprogramRoot: 'miniprogram/' }))
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    })
    const keyPath = path.join(workDir, 'private.key')
    writeFileSync(keyPath, privateKey, { mode: 0o600 })
    const resultPath = path.join(workDir, 'result.json')

    const output = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [ciCompileScript, workDir, keyPath, resultPath], { stdio: ['ignore', 'pipe', 'pipe'] })
      let text = ''
      child.stdout.on('data', (chunk) => (text += chunk))
      child.stderr.on('data', (chunk) => (text += chunk))
      child.on('error', reject)
      child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`miniprogram-ci's compile ended with code ${code}:\n${text}`))))
    })
    readCiOutput(String(output), into)

    /** @type {{ compile: { ok: boolean, message: string, files: number }, quality: Array<{ name: string, success: boolean, text: string, detail?: unknown }>, qualityError: string }} */
    const result = JSON.parse(readFileSync(resultPath, 'utf8'))
    if (!result.compile.ok) {
      // Paths in its messages start at the temporary project: show them from the mini-program.
      const message = result.compile.message.replaceAll('miniprogram/', '')
      const file = /^([^\s:]+\.(json|wxml|wxss|wxs|js)):/.exec(message)?.[1] ?? 'miniprogram-ci'
      into.errors.push({ file, message: `getCompiledResult: ${message}` })
    }
    if (result.qualityError !== '') into.errors.push({ file: 'miniprogram-ci', message: `checkCodeQuality: ${result.qualityError}` })
    for (const item of result.quality.filter((quality) => !quality.success)) {
      into.warnings.push({ file: 'code quality', message: `${item.name}: ${item.text}` })
    }
    const sizes = result.quality.find((quality) => quality.name === 'PACKAGE_SIZE_LIMIT')?.detail
    /** @type {PackageSize[]} */
    const packages = Object.entries(typeof sizes === 'object' && sizes !== null ? sizes : {}).map(([name, bytes]) => ({
      name: name === '__APP__' ? 'main' : name.replace(/\/+$/, ''),
      bytes: Number(bytes),
    }))
    return {
      compiledFiles: result.compile.files,
      quality: { passed: result.quality.filter((quality) => quality.success).length, total: result.quality.length },
      packages,
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

/**
 * Checks a built mini-program with WeChat's tooling. Nothing is sent anywhere.
 * @param {{ miniprogramDir: string, projectConfigPath: string }} options
 *   the built mini-program, and the project.config.json DevTools and an upload would use with it
 * @returns {Promise<CheckResult>}
 */
export async function checkMiniProgram({ miniprogramDir, projectConfigPath }) {
  /** @type {{ errors: Problem[], warnings: Problem[] }} */
  const found = { errors: [], warnings: [] }
  /** @type {Record<string, number>} */
  const jsonChecked = {}
  const files = filesUnder(miniprogramDir)
  const fileSet = new Set(files)

  /** @param {string} filePath @param {string} shownAs @returns {unknown} */
  const readJson = (filePath, shownAs) => {
    try {
      return JSON.parse(readFileSync(filePath, 'utf8'))
    } catch (error) {
      found.errors.push({ file: shownAs, message: `not readable JSON: ${messageOf(error)}` })
      return undefined
    }
  }

  const projectConfigShown = path.relative(process.cwd(), projectConfigPath) || projectConfigPath
  const projectConfig = readJson(projectConfigPath, projectConfigShown)
  if (projectConfig !== undefined) {
    validateJson('projectconfig', projectConfig, projectConfigShown, found)
    jsonChecked.projectconfig = 1
  }

  const app = fileSet.has('app.json') ? readJson(path.join(miniprogramDir, 'app.json'), 'app.json') : undefined
  if (!fileSet.has('app.json')) found.errors.push({ file: 'app.json', message: 'missing: this is not a built mini-program' })
  const appConfig = typeof app === 'object' && app !== null ? /** @type {Record<string, unknown>} */ (app) : {}

  for (const file of files.filter((name) => name.endsWith('.json'))) {
    const kind = schemaOf(file, fileSet, appConfig)
    const json = file === 'app.json' ? app : readJson(path.join(miniprogramDir, file), file)
    if (kind === null || json === undefined) continue
    validateJson(kind, json, file, found)
    jsonChecked[kind] = (jsonChecked[kind] ?? 0) + 1
  }

  const ci =
    app === undefined || projectConfig === undefined
      ? Promise.resolve({ compiledFiles: 0, quality: { passed: 0, total: 0 }, packages: [] })
      : compileWithMiniprogramCi(miniprogramDir, /** @type {Record<string, unknown>} */ (projectConfig), found).catch((error) => {
          found.errors.push({ file: 'miniprogram-ci', message: messageOf(error) })
          return { compiledFiles: 0, quality: { passed: 0, total: 0 }, packages: [] }
        })
  // wcc and wcsc take a fraction of a second: they run while miniprogram-ci's process works.
  const compiled = compileTemplatesAndStyles(miniprogramDir, files, found)
  const { compiledFiles, quality, packages } = await ci

  return { ...found, pages: pagesOf(app).length, jsonChecked, compiled, compiledFiles, quality, packages }
}
