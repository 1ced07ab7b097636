// What one busyReasons() call costs on this machine (Linux): each probe alone and all of them together, as the
// Electron Platform runs them. Starts a real X desktop (Xvfb + openbox) when they are installed, so the X11
// probe is measured too (in its worker thread, started for each look, as the app does); the microphone probe is
// measured when a PulseAudio/PipeWire server answers. Also: what a flood of line breaks costs dbus-send's reader.
import { busyProbesFor } from '../../main/electron/busy/probes'
import { createBusyDetection } from '../../main/electron/busy/detection'
import { scanOpenFiles } from '../../main/electron/busy/linux-camera'
import { DND_ANSWER_MAX, inhibitedFromDbusSend } from '../../main/electron/busy/answers/linux-dnd'
import { missingXTools, startXSession, type XSession } from '../../test/support/x-session'

const ROUNDS = 20

async function timeIt(run: () => Promise<unknown>): Promise<number> {
  await run()
  const started = performance.now()
  for (let i = 0; i < ROUNDS; i++) await run()
  return (performance.now() - started) / ROUNDS
}

/** Milliseconds `read` takes on `text`, whether it answers or refuses. */
function readingTime(read: (text: string) => unknown, text: string): number {
  const started = performance.now()
  try {
    read(text)
  } catch {
    // A refusal is an answer too: what counts is how long it took.
  }
  return performance.now() - started
}
const answer = '   variant       boolean true\n'
const flood = readingTime(inhibitedFromDbusSend, `${'\n'.repeat(30_000)}${answer}`)
const largest = readingTime(inhibitedFromDbusSend, `${'\n'.repeat(DND_ANSWER_MAX - answer.length)}${answer}`)
console.log(
  `dbus-send answer with 30,000 line breaks: refused in ${flood.toFixed(2)} ms; the largest answer taken ` +
    `(${DND_ANSWER_MAX} characters, all line breaks but the last line) read in ${largest.toFixed(2)} ms`,
)

if (process.platform !== 'linux') {
  console.log(`busy probes: measured on Linux only (this is ${process.platform})`)
} else {
  let x: XSession | undefined
  const missing = missingXTools()
  if (!missing) {
    x = await startXSession()
    process.env.DISPLAY = x.display
    process.env.XDG_SESSION_TYPE = 'x11'
    x.launch('xmessage', ['-title', 'bench', 'bench'])
    await new Promise((resolve) => setTimeout(resolve, 500))
  } else {
    console.log(`(no X desktop: ${missing} missing; the full-screen probe is measured as unavailable)`)
  }
  try {
    const { probes, uncovered } = busyProbesFor('linux')
    const signal = () => AbortSignal.timeout(3000)
    console.log('probe                 available  ms per check')
    for (const probe of probes) {
      const availability = await probe
        .available(signal())
        .catch((error: Error) => ({ available: false, why: error.message }))
      const cost = availability.available ? (await timeIt(() => probe.check(signal()))).toFixed(1) : '-'
      const note = availability.why ? `  (${availability.why})` : ''
      console.log(`${probe.name.padEnd(22)}${String(availability.available).padEnd(11)}${cost}${note}`)
    }
    const scan = await timeIt(() => scanOpenFiles(() => false, signal()))
    console.log(`camera scan of /proc (runs only when a /dev/video* exists): ${scan.toFixed(1)} ms`)
    const detection = createBusyDetection(probes, { uncovered, log: () => {} })
    await detection.busyDetectors()
    const all = await timeIt(() => detection.busyReasons())
    console.log(`busyReasons(), all probes in parallel: ${all.toFixed(1)} ms per call (${ROUNDS} calls)`)
  } finally {
    await x?.stop()
  }
}
