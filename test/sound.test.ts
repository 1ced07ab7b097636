// The notification chime: a valid, short, soft WAV that starts and ends in silence, so it never clicks or blares.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const wav = readFileSync(path.resolve(import.meta.dirname, '..', 'assets', 'sounds', 'chime.wav'))

interface Wav {
  format: number
  channels: number
  sampleRate: number
  bitsPerSample: number
  samples: Int16Array
}

/** Reads a RIFF/WAVE file chunk by chunk, so an extra chunk would not fool it. */
function parseWav(file: Buffer): Wav {
  expect(file.toString('ascii', 0, 4)).toBe('RIFF')
  expect(file.readUInt32LE(4)).toBe(file.length - 8)
  expect(file.toString('ascii', 8, 12)).toBe('WAVE')
  let fmt: Omit<Wav, 'samples'> | undefined
  for (let offset = 12; offset + 8 <= file.length;) {
    const id = file.toString('ascii', offset, offset + 4)
    const size = file.readUInt32LE(offset + 4)
    const body = file.subarray(offset + 8, offset + 8 + size)
    if (id === 'fmt ') {
      fmt = {
        format: body.readUInt16LE(0),
        channels: body.readUInt16LE(2),
        sampleRate: body.readUInt32LE(4),
        bitsPerSample: body.readUInt16LE(14),
      }
      expect(body.readUInt32LE(8)).toBe(fmt.sampleRate * fmt.channels * (fmt.bitsPerSample / 8))
    }
    if (id === 'data') {
      if (!fmt) throw new Error('data chunk before fmt chunk')
      const samples = new Int16Array(size / 2)
      for (let i = 0; i < samples.length; i++) samples[i] = body.readInt16LE(i * 2)
      return { ...fmt, samples }
    }
    offset += 8 + size + (size % 2)
  }
  throw new Error('no data chunk')
}

const { format, channels, sampleRate, bitsPerSample, samples } = parseWav(wav)
const dbfs = (amplitude: number) => 20 * Math.log10(amplitude / 32768)
const peakOf = (s: Int16Array) => s.reduce((max, v) => Math.max(max, Math.abs(v)), 0)

describe('chime', () => {
  it('is 44.1 kHz 16-bit mono PCM', () => {
    expect({ format, channels, sampleRate, bitsPerSample }).toEqual({
      format: 1,
      channels: 1,
      sampleRate: 44_100,
      bitsPerSample: 16,
    })
  })

  it('lasts between half a second and two seconds', () => {
    const seconds = samples.length / sampleRate
    expect(seconds).toBeGreaterThanOrEqual(0.5)
    expect(seconds).toBeLessThanOrEqual(2)
  })

  it('is soft: peaks around -12 dBFS, far from clipping', () => {
    const peak = peakOf(samples)
    expect(dbfs(peak)).toBeGreaterThan(-15)
    expect(dbfs(peak)).toBeLessThan(-9)
    expect(peak).toBeLessThan(32767)
  })

  it('starts from silence and fades out to silence at the end', () => {
    const ms = (n: number) => Math.round((sampleRate * n) / 1000)
    expect(Math.abs(samples[0]!)).toBeLessThan(100)
    expect(peakOf(samples.subarray(0, ms(2)))).toBeLessThan(peakOf(samples) / 4) // a gentle attack, no click
    const lastTenth = samples.subarray(samples.length - ms(100))
    expect(dbfs(peakOf(lastTenth)) - dbfs(peakOf(samples))).toBeLessThan(-24)
    expect(samples[samples.length - 1]).toBe(0)
  })

  it('only gets quieter through its second half, with no late bump', () => {
    const windowSize = Math.round(sampleRate / 10)
    const second = samples.subarray(Math.floor(samples.length / 2))
    const peaks: number[] = []
    for (let i = 0; i + windowSize <= second.length; i += windowSize)
      peaks.push(peakOf(second.subarray(i, i + windowSize)))
    expect(peaks.length).toBeGreaterThanOrEqual(3)
    for (let i = 1; i < peaks.length; i++) expect(peaks[i]).toBeLessThan(peaks[i - 1]!)
  })
})
