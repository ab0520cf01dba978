#!/usr/bin/env node
// Regenerates the raster app icons from build/icon.svg.
//
//   node build/make-icons.mjs
//
// Needs playwright-core (devDependency) and a Chromium at /usr/bin/chromium
// (override with CHROMIUM_PATH). The generated files are checked in, so
// packaging never needs Chromium; rerun this only after editing icon.svg.
//
// Outputs (all under build/):
//   icon.png               1024x1024, used by electron-builder as the generic icon
//   icons/<N>x<N>.png      Linux icon set (16..1024), picked up by `linux.icon: build/icons`
//   icon.ico               Windows, PNG-compressed entries 16/32/48/64/128/256
//   icon.icns              macOS, PNG entries 16..1024 (incl. @2x types), drawn on the
//                          Apple grid (824/1024 artwork + transparent margin)

import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const BUILD_DIR = dirname(fileURLToPath(import.meta.url))
const SVG_PATH = join(BUILD_DIR, 'icon.svg')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

const SIZES = [1024, 512, 256, 128, 64, 48, 32, 16]
const ICO_SIZES = [16, 32, 48, 64, 128, 256]
// [ICNS type, pixel size]. icp4..ic10 are the 1x types, ic11..ic14 the @2x ones
// (same pixels as the next 1x size up; macOS uses them on Retina displays).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512]
]

// The artwork's rounded square spans 32..992 on the 1024 canvas.
const ART = { x: 32, size: 960 }
// Apple's macOS icon grid: 824x824 shape centred on a 1024 canvas.
const MAC_SHAPE = 824

/**
 * Small sizes get simplified artwork through CSS classes defined in icon.svg:
 * `.detail` is hidden at <= 32 px, and at 16 px (std variant) `.full` is
 * swapped for `.px16`, a version drawn on the 16 px pixel grid.
 *
 * viewBox for a given variant/size:
 *  - 'std'  >= 64 px: the master canvas (keeps the 32 px transparent margin)
 *  - 'std'  <= 48 px: cropped to the rounded square so tiny sizes use every pixel
 *  - 'mac': expanded so the rounded square is 824/1024 of the canvas
 */
function viewBoxFor(variant, size) {
  if (variant === 'mac') {
    const box = (ART.size * 1024) / MAC_SHAPE
    const origin = ART.x + ART.size / 2 - box / 2
    return `${origin} ${origin} ${box} ${box}`
  }
  if (size <= 48) return `${ART.x} ${ART.x} ${ART.size} ${ART.size}`
  return '0 0 1024 1024'
}

async function render(page, svg, size, variant) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<!doctype html><html><head><style>
      html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
      svg { display: block; }
      ${size <= 32 ? 'svg .detail { display: none; }' : ''}
      ${size <= 16 && variant === 'std' ? 'svg .full { display: none; } svg .px16 { display: inline; }' : ''}
    </style></head><body>${svg}</body></html>`
  )
  await page.evaluate(
    ({ size, viewBox }) => {
      const el = document.querySelector('svg')
      el.setAttribute('width', String(size))
      el.setAttribute('height', String(size))
      el.setAttribute('viewBox', viewBox)
    },
    { size, viewBox: viewBoxFor(variant, size) }
  )
  const png = await page.screenshot({
    type: 'png',
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size }
  })
  const { width, height } = pngSize(png)
  if (width !== size || height !== size) {
    throw new Error(`rendered ${variant} ${size}px icon is ${width}x${height}`)
  }
  return png
}

function pngSize(buf) {
  const sig = '89504e470d0a1a0a'
  if (buf.length < 24 || buf.subarray(0, 8).toString('hex') !== sig) throw new Error('not a PNG')
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) }
}

/** ICO: ICONDIR (6 bytes) + ICONDIRENTRY (16 bytes each) + PNG payloads. */
function buildIco(images /* [{ size, png }] */) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type 1 = icon
  header.writeUInt16LE(images.length, 4)
  const entries = []
  let offset = 6 + 16 * images.length
  for (const { size, png } of images) {
    const e = Buffer.alloc(16)
    e.writeUInt8(size >= 256 ? 0 : size, 0) // width (0 = 256)
    e.writeUInt8(size >= 256 ? 0 : size, 1) // height (0 = 256)
    e.writeUInt8(0, 2) // palette colours
    e.writeUInt8(0, 3) // reserved
    e.writeUInt16LE(1, 4) // colour planes
    e.writeUInt16LE(32, 6) // bits per pixel
    e.writeUInt32LE(png.length, 8)
    e.writeUInt32LE(offset, 12)
    offset += png.length
    entries.push(e)
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)])
}

/** ICNS: 'icns' + BE total length, then (type, BE length incl. 8-byte header, data). */
function buildIcns(entries /* [{ type, png }] */) {
  const chunks = entries.map(({ type, png }) => {
    const h = Buffer.alloc(8)
    h.write(type, 0, 4, 'ascii')
    h.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([h, png])
  })
  const body = Buffer.concat(chunks)
  const h = Buffer.alloc(8)
  h.write('icns', 0, 4, 'ascii')
  h.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([h, body])
}

// Re-parse the containers we just wrote, so a bug here fails loudly.
function checkIco(buf, expectedSizes) {
  if (buf.readUInt16LE(0) !== 0 || buf.readUInt16LE(2) !== 1) throw new Error('ICO: bad header')
  const count = buf.readUInt16LE(4)
  if (count !== expectedSizes.length) throw new Error(`ICO: ${count} entries`)
  for (let i = 0; i < count; i++) {
    const o = 6 + 16 * i
    const w = buf[o] || 256
    const len = buf.readUInt32LE(o + 8)
    const off = buf.readUInt32LE(o + 12)
    const { width } = pngSize(buf.subarray(off, off + len))
    if (w !== expectedSizes[i] || width !== w) throw new Error(`ICO: entry ${i} is ${w}/${width}px`)
  }
}

function checkIcns(buf, expected) {
  if (buf.toString('ascii', 0, 4) !== 'icns' || buf.readUInt32BE(4) !== buf.length) {
    throw new Error('ICNS: bad header')
  }
  let o = 8
  const seen = []
  while (o < buf.length) {
    const type = buf.toString('ascii', o, o + 4)
    const len = buf.readUInt32BE(o + 4)
    if (len < 8 || o + len > buf.length) throw new Error(`ICNS: bad length for ${type}`)
    seen.push([type, pngSize(buf.subarray(o + 8, o + len)).width])
    o += len
  }
  if (JSON.stringify(seen) !== JSON.stringify(expected)) {
    throw new Error(`ICNS: unexpected entries ${JSON.stringify(seen)}`)
  }
}

async function main() {
  const svg = (await readFile(SVG_PATH, 'utf8')).replace(/<\?xml[^>]*\?>/, '')
  const started = Date.now()
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
  const std = new Map()
  const mac = new Map()
  try {
    const context = await browser.newContext({ deviceScaleFactor: 1 })
    const page = await context.newPage()
    for (const size of SIZES) {
      std.set(size, await render(page, svg, size, 'std'))
      mac.set(size, await render(page, svg, size, 'mac'))
    }
  } finally {
    await browser.close()
  }

  const written = []
  const out = async (rel, buf) => {
    const file = join(BUILD_DIR, rel)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, buf)
    written.push(`${relative(process.cwd(), file)} (${(buf.length / 1024).toFixed(1)} KiB)`)
  }

  await out('icon.png', std.get(1024))
  for (const size of SIZES) await out(`icons/${size}x${size}.png`, std.get(size))

  const ico = buildIco(ICO_SIZES.map((size) => ({ size, png: std.get(size) })))
  checkIco(ico, ICO_SIZES)
  await out('icon.ico', ico)

  const icns = buildIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: mac.get(size) })))
  checkIcns(icns, ICNS_TYPES)
  await out('icon.icns', icns)

  console.log(`Icons rendered in ${((Date.now() - started) / 1000).toFixed(1)} s:`)
  for (const line of written) console.log(`  ${line}`)
}

main().catch((err) => {
  console.error(`make-icons: ${err.stack || err}`)
  process.exit(1)
})
