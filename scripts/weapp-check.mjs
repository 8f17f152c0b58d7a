// `node scripts/weapp-check.mjs [mini-program folder]` (a step of `npm test`, after the weapp build):
// the built mini-program through WeChat's own tooling, offline — json against WeChat's schemas,
// .wxml/.wxss through wcc/wcsc, miniprogram-ci's compile and code-quality check. Any error or
// warning fails it. The folder defaults to project.config.json's miniprogramRoot (client/dist/weapp).
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkMiniProgram } from './weapp-check/check-mini-program.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const projectConfigPath = path.join(root, 'project.config.json')
const miniprogramRoot = String(JSON.parse(readFileSync(projectConfigPath, 'utf8')).miniprogramRoot ?? '')
const miniprogramDir = path.resolve(process.argv[2] ?? path.join(root, miniprogramRoot))
const shown = path.relative(process.cwd(), miniprogramDir) || '.'

if (!existsSync(path.join(miniprogramDir, 'app.json'))) {
  console.error(`✖ no built mini-program in ${shown}: run npm run build:weapp first`)
  process.exit(1)
}

const require = createRequire(import.meta.url)
const version = (name) => require(`${name}/package.json`).version
const started = Date.now()
const result = await checkMiniProgram({ miniprogramDir, projectConfigPath })
const seconds = ((Date.now() - started) / 1000).toFixed(1)

const kb = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`)
const total = result.packages.reduce((sum, { bytes }) => sum + bytes, 0)
for (const { file, message } of result.errors) console.error(`✖ error    ${file}: ${message}`)
for (const { file, message } of result.warnings) console.error(`! warning  ${file}: ${message}`)
console.log(
  [
    `WeChat check of ${shown} (miniprogram-ci ${version('miniprogram-ci')}, miniprogram-compiler ${version('miniprogram-compiler')}), offline`,
    `  ${result.pages} pages · json checked against WeChat's schemas: ${Object.entries(result.jsonChecked).map(([kind, count]) => `${kind} ${count}`).join(', ')}`,
    `  wcc compiled ${result.compiled.wxml} .wxml (with ${result.compiled.wxs} .wxs) · wcsc compiled ${result.compiled.wxss} .wxss`,
    `  getCompiledResult: ${result.compiledFiles} files · code quality: ${result.quality.passed} of ${result.quality.total} passed`,
    `  packages: ${result.packages.map(({ name, bytes }) => `${name} ${kb(bytes)}`).join(' · ')} · total ${kb(total)}`,
  ].join('\n'),
)
const verdict = `${result.errors.length} errors, ${result.warnings.length} warnings in ${seconds} s`
if (result.errors.length > 0 || result.warnings.length > 0) {
  console.error(`✖ ${verdict}: WeChat DevTools and upload would report these`)
  process.exit(1)
}
console.log(`✔ ${verdict}`)
