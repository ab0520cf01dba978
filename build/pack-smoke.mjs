#!/usr/bin/env node
// Packaging smoke test: runs electron-builder's Linux `dir` target with the real
// electron-builder.yml and checks what ends up in resources/app.asar.
//
//   npm run pack            (= electron-vite build && node build/pack-smoke.mjs)
//
// Works offline: when the Electron binary has not been downloaded
// (node_modules/electron/dist missing), a stub Electron distribution is used,
// which is enough to exercise file selection, asar packing and extraResources.
// Output goes to a temporary folder (never dist/), removed at the end unless
// KEEP_PACK_OUTPUT=1. If ELECTRON_BUILDER_7ZIP_PATH points at a 7za binary, a
// zip target is built as well to prove archiving works.

import { existsSync, rmSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
const require = createRequire(join(ROOT, 'package.json'))
// @electron/asar is a dependency of electron-builder (app-builder-lib): resolve it from there.
const fromBuilder = createRequire(require.resolve('electron-builder'))
const asar = createRequire(fromBuilder.resolve('app-builder-lib'))('@electron/asar')
const { build, Platform, Arch } = require('electron-builder')

const REQUIRED_IN_ASAR = [
  'package.json',
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html'
]
const ALLOWED_TOP_LEVEL = new Set(['package.json', 'out', 'node_modules'])

const KEEP = process.env.KEEP_PACK_OUTPUT === '1'
let tmp = null
process.on('exit', () => {
  if (!tmp) return
  if (KEEP) console.log(`[pack-smoke] output kept in ${tmp}`)
  else rmSync(tmp, { recursive: true, force: true })
})

const failures = []
const fail = (msg) => failures.push(msg)
const log = (msg) => console.log(`[pack-smoke] ${msg}`)

function die(msg) {
  console.error(`\n[pack-smoke] FAILED: ${msg}`)
  process.exit(1)
}

async function main() {
  const started = Date.now()
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))

  const missingBuild = REQUIRED_IN_ASAR.filter((f) => f.startsWith('out/') && !existsSync(join(ROOT, f)))
  if (missingBuild.length) {
    die(`missing ${missingBuild.join(', ')}: run \`electron-vite build\` first (npm run pack does).`)
  }

  const electronVersion = JSON.parse(
    await readFile(join(ROOT, 'node_modules/electron/package.json'), 'utf8')
  ).version
  const arch = process.arch === 'arm64' ? Arch.arm64 : Arch.x64

  tmp = await mkdtemp(join(tmpdir(), 'relance-pack-'))
  const outDir = join(tmp, 'dist')
  let electronDist
  let stub = false
  const realDist = join(ROOT, 'node_modules/electron/dist')
  if (process.platform === 'linux' && existsSync(join(realDist, 'electron'))) {
    electronDist = realDist
  } else {
    // Same layout electron-builder expects from an unpacked Electron zip, minus the binaries.
    stub = true
    electronDist = join(tmp, 'electron-stub')
    await mkdir(join(electronDist, 'resources'), { recursive: true })
    await writeFile(
      join(electronDist, 'electron'),
      '#!/bin/sh\necho "stub Electron used by build/pack-smoke.mjs, not runnable" >&2\nexit 1\n'
    )
    await chmod(join(electronDist, 'electron'), 0o755)
    await writeFile(join(electronDist, 'version'), `v${electronVersion}`)
    await writeFile(join(electronDist, 'LICENSE'), 'Stub Electron distribution for packaging tests.\n')
  }
  log(`Electron ${electronVersion} (${stub ? 'stub distribution' : 'real binary'}), output in ${outDir}`)

  const zip = Boolean(process.env.ELECTRON_BUILDER_7ZIP_PATH)
  const targets = zip ? ['dir', 'zip'] : ['dir']
  try {
    await build({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget(targets, arch),
      publish: 'never',
      // Deep-merged over electron-builder.yml.
      config: { electronDist, directories: { output: outDir } }
    })
  } catch (err) {
    die(`electron-builder failed: ${err && err.stack ? err.stack : err}`)
  }

  const unpacked = (await readdir(outDir)).find((d) => d.startsWith('linux') && d.endsWith('-unpacked'))
  if (!unpacked) die(`no linux*-unpacked folder in ${outDir}`)
  const appDir = join(outDir, unpacked)
  const asarPath = join(appDir, 'resources', 'app.asar')
  if (!existsSync(asarPath)) die(`${relative(outDir, asarPath)} was not produced`)
  if (existsSync(join(appDir, 'resources', 'app'))) fail('resources/app/ exists next to app.asar')

  // Entries come back as "/out/main/index.js" (backslashes on Windows).
  const entries = asar.listPackage(asarPath).map((e) => e.replace(/\\/g, '/').replace(/^\//, ''))
  const header = asar.getRawHeader(asarPath).header
  const files = []
  const walk = (node, prefix) => {
    for (const [name, child] of Object.entries(node.files || {})) {
      const p = prefix ? `${prefix}/${name}` : name
      if (child.files) walk(child, p)
      else files.push(p)
    }
  }
  walk(header, '')
  const entrySet = new Set(entries)

  for (const f of REQUIRED_IN_ASAR) if (!entrySet.has(f)) fail(`app.asar lacks ${f}`)

  for (const top of new Set(entries.map((e) => e.split('/')[0]))) {
    if (!ALLOWED_TOP_LEVEL.has(top)) fail(`unexpected top-level entry in app.asar: ${top}`)
  }
  const bad = (label, list) => {
    if (list.length) fail(`${label} (${list.length}): ${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''}`)
  }
  bad('Electron itself is packed', entries.filter((e) => e === 'node_modules/electron' || e.startsWith('node_modules/electron/')))
  bad('TypeScript sources are packed', files.filter((f) => /\.(ts|tsx|mts|cts)$/.test(f) && !/\.d\.(ts|mts|cts)$/.test(f)))
  bad('test files are packed', files.filter((f) => /(^|\/)(test|tests|__tests__)\//.test(f) && !f.startsWith('node_modules/')))
  bad('source maps are packed', files.filter((f) => f.endsWith('.map')))

  // Runtime dependencies must be there (main imports them), devDependencies must not.
  for (const dep of Object.keys(pkg.dependencies || {})) {
    if (!entrySet.has(`node_modules/${dep}/package.json`)) fail(`dependency ${dep} is missing from app.asar`)
  }
  bad(
    'devDependencies are packed',
    Object.keys(pkg.devDependencies || {}).filter((d) => entrySet.has(`node_modules/${d}`))
  )

  // The packed package.json must still point at the built main process.
  try {
    const packedPkg = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8'))
    if (packedPkg.main !== 'out/main/index.js') fail(`packed package.json main is ${packedPkg.main}`)
    if (packedPkg.devDependencies) fail('packed package.json still has devDependencies')
  } catch (err) {
    fail(`cannot read package.json from app.asar: ${err.message}`)
  }

  // extraResources: resources/** (if any) lands in <app>/resources/resources/.
  const srcResources = join(ROOT, 'resources')
  const srcRes = []
  if (existsSync(srcResources)) {
    for (const f of await readdir(srcResources, { recursive: true })) {
      if (/(^|[\\/])\.(gitkeep|DS_Store)$/.test(f)) continue
      if ((await stat(join(srcResources, f))).isFile()) srcRes.push(f)
    }
  }
  for (const f of srcRes) {
    if (!existsSync(join(appDir, 'resources', 'resources', f))) {
      fail(`extraResources: resources/${f} was not copied`)
    }
  }

  if (!existsSync(join(appDir, 'relance'))) fail(`executable "relance" missing in ${unpacked}`)

  let zipInfo = ''
  if (zip) {
    const zipName = (await readdir(outDir)).find((f) => f.endsWith('.zip'))
    if (!zipName) fail('zip target produced no .zip')
    else zipInfo = `, zip ${zipName} ${((await stat(join(outDir, zipName))).size / 1e6).toFixed(1)} MB`
  }

  const asarSize = (await stat(asarPath)).size
  const summary =
    `app.asar ${(asarSize / 1024 / 1024).toFixed(2)} MB, ${files.length} files ` +
    `(${files.filter((f) => f.startsWith('out/')).length} in out/, ` +
    `${files.filter((f) => f.startsWith('node_modules/')).length} in node_modules/), ` +
    `${srcRes.length} extra resource(s)${zipInfo}`

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (failures.length) {
    console.error(`\n[pack-smoke] FAILED (${failures.length} problem(s)):`)
    for (const f of failures) console.error(`  - ${f}`)
    console.error(`  ${summary}`)
    process.exit(1)
  }
  log(`OK in ${seconds} s: ${summary}`)
}

main().catch((err) => die(err && err.stack ? err.stack : String(err)))
