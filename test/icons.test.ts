// The rendered icons, read through their own file headers: the right sizes in the right containers for each
// platform, macOS template images that the menu bar can recolour, and tray states a user can tell apart.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { trayIconFile, type TrayIconState } from '../main/core/icon-paths'

const assets = path.resolve(import.meta.dirname, '..', 'assets')
const read = (relative: string): Buffer => readFileSync(path.join(assets, relative))
const STATES: TrayIconState[] = ['active', 'paused', 'due', 'rest']
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

interface PngHeader {
  width: number
  height: number
  bitDepth: number
  colourType: number
}

function pngHeader(file: Buffer): PngHeader {
  expect(file.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
  expect(file.toString('ascii', 12, 16)).toBe('IHDR')
  return {
    width: file.readUInt32BE(16),
    height: file.readUInt32BE(20),
    bitDepth: file[24]!,
    colourType: file[25]!,
  }
}

/** Sizes listed in an ICO directory, checking each entry's data lies inside the file. */
function icoSizes(file: Buffer): number[] {
  expect(file.readUInt16LE(0)).toBe(0)
  expect(file.readUInt16LE(2)).toBe(1) // 1 = icon
  const count = file.readUInt16LE(4)
  const sizes: number[] = []
  for (let i = 0; i < count; i++) {
    const entry = 6 + i * 16
    const width = file[entry] || 256
    const height = file[entry + 1] || 256
    expect(height).toBe(width)
    expect(file.readUInt16LE(entry + 6)).toBe(32) // bits per pixel: full colour with alpha
    const size = file.readUInt32LE(entry + 8)
    const offset = file.readUInt32LE(entry + 12)
    expect(offset + size).toBeLessThanOrEqual(file.length)
    sizes.push(width)
  }
  return sizes
}

/** Entry types of an ICNS file, checking the container's lengths add up. */
function icnsTypes(file: Buffer): string[] {
  expect(file.toString('ascii', 0, 4)).toBe('icns')
  expect(file.readUInt32BE(4)).toBe(file.length)
  const types: string[] = []
  for (let offset = 8; offset < file.length;) {
    const length = file.readUInt32BE(offset + 4)
    expect(length).toBeGreaterThan(8)
    types.push(file.toString('ascii', offset, offset + 4))
    offset += length
  }
  return types
}

async function rgba(file: Buffer): Promise<Buffer> {
  return sharp(file).ensureAlpha().raw().toBuffer()
}

describe('Linux tray icons', () => {
  it.each(STATES)('%s comes as 16, 24, 32 and 48 px RGBA PNGs', (state) => {
    for (const size of [16, 24, 32, 48]) {
      expect(pngHeader(read(`tray/linux/tray-${state}-${size}.png`))).toEqual({
        width: size,
        height: size,
        bitDepth: 8,
        colourType: 6,
      })
    }
  })

  it('looks different in each state, even at 16 px', async () => {
    const images = await Promise.all(STATES.map((s) => rgba(read(`tray/linux/tray-${s}-16.png`))))
    expect(images[0]!.equals(images[1]!)).toBe(false)
    expect(images[0]!.equals(images[2]!)).toBe(false)
    expect(images[1]!.equals(images[2]!)).toBe(false)
  })

  it('shows the due state with a warm badge colour that the active icon does not have', async () => {
    const isWarm = (d: Buffer, i: number) => d[i + 3]! > 200 && d[i]! > 180 && d[i + 2]! < 120
    const count = (d: Buffer) =>
      Array.from({ length: d.length / 4 }, (_, p) => isWarm(d, p * 4)).filter(Boolean).length
    expect(count(await rgba(read('tray/linux/tray-due-32.png')))).toBeGreaterThan(20)
    expect(count(await rgba(read('tray/linux/tray-active-32.png')))).toBe(0)
  })
})

describe('macOS tray template images', () => {
  it.each(STATES)('%s has a 16 px image and a 32 px @2x image', (state) => {
    const base = trayIconFile(state, 'darwin').replace(/^tray\//, '')
    expect(base).toMatch(/Template\.png$/)
    expect(pngHeader(read(`tray/${base}`))).toMatchObject({ width: 16, height: 16 })
    expect(pngHeader(read(`tray/${base.replace('.png', '@2x.png')}`))).toMatchObject({
      width: 32,
      height: 32,
    })
  })

  it.each(STATES)('%s is pure black with shape only in the alpha channel', async (state) => {
    const base = trayIconFile(state, 'darwin')
    for (const file of [base, base.replace('.png', '@2x.png')]) {
      const data = await rgba(read(file))
      const alphas = new Set<number>()
      for (let i = 0; i < data.length; i += 4) {
        expect(data[i]! + data[i + 1]! + data[i + 2]!).toBe(0)
        alphas.add(data[i + 3]!)
      }
      expect(alphas.has(0)).toBe(true)
      expect(alphas.size).toBeGreaterThan(2)
    }
  })
})

describe('Windows tray icons', () => {
  it.each(STATES)('%s is an .ico holding 16, 24, 32 and 48 px', (state) => {
    expect(icoSizes(read(trayIconFile(state, 'win32'))).sort((a, b) => a - b)).toEqual([16, 24, 32, 48])
  })
})

describe('app icons', () => {
  it('icon.png is a 512 px RGBA PNG', () => {
    expect(pngHeader(read('icon.png'))).toEqual({ width: 512, height: 512, bitDepth: 8, colourType: 6 })
  })

  it('icon.ico goes from 16 px up to the 256 px Windows needs for installers', () => {
    const sizes = icoSizes(read('icon.ico'))
    for (const size of [16, 32, 48, 256]) expect(sizes).toContain(size)
  })

  it('icon.icns carries the Retina sizes up to 1024 px as PNGs', () => {
    const file = read('icon.icns')
    const types = icnsTypes(file)
    for (const type of ['ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12', 'ic13', 'ic14'])
      expect(types).toContain(type)
    const ic10 = file.indexOf('ic10')
    expect(pngHeader(file.subarray(ic10 + 8))).toMatchObject({ width: 1024, height: 1024 })
  })
})
