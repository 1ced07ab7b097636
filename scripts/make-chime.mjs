// Synthesises Limber's notification chime, so the sound is our own: two soft notes a fifth apart, each a sine with a
// quieter octave partial, a gentle attack and an exponential decay. Run with `npm run chime`; the WAV is committed.
import { Buffer } from 'node:buffer'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SAMPLE_RATE = 44_100
const DURATION_S = 1.3
const PEAK_DBFS = -12
const ATTACK_S = 0.012 // long enough to avoid a click, short enough to still sound struck
const TAIL_FADE_S = 0.08 // guarantees the file ends in silence whatever the decay leaves

const NOTES = [
  { start: 0, frequency: 659.25, gain: 1 }, // E5
  { start: 0.16, frequency: 987.77, gain: 0.8 }, // B5
]

function note(t, { frequency, gain }) {
  if (t < 0) return 0
  const attack = t < ATTACK_S ? 0.5 - 0.5 * Math.cos((Math.PI * t) / ATTACK_S) : 1
  const body = Math.sin(2 * Math.PI * frequency * t) * Math.exp(-t / 0.32)
  const shimmer = 0.25 * Math.sin(2 * Math.PI * 2 * frequency * t) * Math.exp(-t / 0.12)
  return gain * attack * (body + shimmer)
}

const count = Math.round(SAMPLE_RATE * DURATION_S)
const samples = new Float64Array(count)
for (let i = 0; i < count; i++) {
  const t = i / SAMPLE_RATE
  const tail = Math.min(1, (DURATION_S - t) / TAIL_FADE_S)
  samples[i] = tail * NOTES.reduce((sum, n) => sum + note(t - n.start, n), 0)
}

const peak = samples.reduce((max, s) => Math.max(max, Math.abs(s)), 0)
const scale = (10 ** (PEAK_DBFS / 20) * 32767) / peak

const data = Buffer.alloc(count * 2)
for (let i = 0; i < count; i++) data.writeInt16LE(Math.round(samples[i] * scale), i * 2)

// A canonical 44-byte header: RIFF, then a 16-byte PCM fmt chunk, then the data chunk.
const header = Buffer.alloc(44)
header.write('RIFF', 0, 'ascii')
header.writeUInt32LE(36 + data.length, 4)
header.write('WAVE', 8, 'ascii')
header.write('fmt ', 12, 'ascii')
header.writeUInt32LE(16, 16)
header.writeUInt16LE(1, 20) // PCM
header.writeUInt16LE(1, 22) // mono
header.writeUInt32LE(SAMPLE_RATE, 24)
header.writeUInt32LE(SAMPLE_RATE * 2, 28) // byte rate
header.writeUInt16LE(2, 32) // block align
header.writeUInt16LE(16, 34) // bits per sample
header.write('data', 36, 'ascii')
header.writeUInt32LE(data.length, 40)

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'sounds', 'chime.wav')
await mkdir(path.dirname(out), { recursive: true })
await writeFile(out, Buffer.concat([header, data]))
console.log(`assets/sounds/chime.wav  ${DURATION_S} s, peak ${PEAK_DBFS} dBFS`)
