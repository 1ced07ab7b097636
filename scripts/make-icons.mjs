// Renders every raster icon from the hand-drawn SVGs in assets/: tray icons per state and platform, and the app icons.
// Run with `npm run icons` after changing an SVG; the outputs are committed so a build needs no image tooling.
import { Buffer } from 'node:buffer'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import pngToIco from 'png-to-ico'
import png2icons from 'png2icons'

const assets = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets')
const STATES = ['active', 'paused', 'due', 'rest']
const LINUX_SIZES = [16, 24, 32, 48]
const WIN_TRAY_SIZES = [16, 24, 32, 48]
const APP_ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]

/** Renders an SVG at an exact square size; density is set so librsvg rasterises at that size instead of scaling. */
async function render(svg, size) {
  const width = Number(/<svg[^>]*\bwidth="(\d+)"/.exec(svg)?.[1] ?? size)
  return sharp(Buffer.from(svg), { density: (72 * size) / width })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer()
}

/**
 * macOS template images may only use black and alpha: the menu bar recolours them for light, dark and highlighted
 * states. Every colour becomes black; the paused and the resting figures are faded through alpha, their only way to
 * look dimmed.
 */
function templateOf(svg, state) {
  let out = svg.replace(/#[0-9a-f]{6}\b/gi, '#000000')
  if (state === 'paused' || state === 'rest')
    out = out.replace('<g id="figure"', '<g id="figure" opacity="0.5"')
  return out
}

/** Forces RGB to exactly 0 while keeping alpha, so antialiasing can never leave a grey pixel in a template. */
async function blackWithAlpha(png) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  for (let i = 0; i < data.length; i += 4) data[i] = data[i + 1] = data[i + 2] = 0
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } })
    .png({ compressionLevel: 9 })
    .toBuffer()
}

async function write(relative, buffer) {
  const file = path.join(assets, relative)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, buffer)
  console.log(`${relative}  ${buffer.length} bytes`)
}

const capitalised = (s) => s[0].toUpperCase() + s.slice(1)

for (const state of STATES) {
  const svg = await readFile(path.join(assets, `tray-${state}.svg`), 'utf8')

  for (const size of LINUX_SIZES) await write(`tray/linux/tray-${state}-${size}.png`, await render(svg, size))

  const template = templateOf(svg, state)
  await write(
    `tray/mac/tray${capitalised(state)}Template.png`,
    await blackWithAlpha(await render(template, 16)),
  )
  await write(
    `tray/mac/tray${capitalised(state)}Template@2x.png`,
    await blackWithAlpha(await render(template, 32)),
  )

  const winPngs = await Promise.all(WIN_TRAY_SIZES.map((size) => render(svg, size)))
  await write(`tray/win/tray-${state}.ico`, await pngToIco(winPngs))
}

const appSvg = await readFile(path.join(assets, 'limber.svg'), 'utf8')
await write('icon.png', await render(appSvg, 512))
await write('icon.ico', await pngToIco(await Promise.all(APP_ICO_SIZES.map((size) => render(appSvg, size)))))
// png2icons scales one large source down to every ICNS size (16 px up to 1024 px, @1x and @2x).
const icns = png2icons.createICNS(await render(appSvg, 1024), png2icons.BICUBIC2, 0)
if (icns === null) throw new Error('png2icons could not build icon.icns')
await write('icon.icns', icns)
