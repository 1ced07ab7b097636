// Puts a system's busy probes together into the Platform's busyReasons() and busyDetectors(): every probe runs
// in parallel under a time limit, a probe that fails or hangs counts as "not busy" and is logged once, and probes
// this system cannot answer are found once and then never run.
import {
  BUSY_REASONS,
  type BusyDetector,
  type BusyDetectors,
  type BusyReason,
  type DetectorWhy,
  type Platform,
} from '../../app/platform'
import type { BusyProbe } from './probe'

export interface BusyDetection {
  busyReasons(): Promise<BusyReason[]>
  busyDetectors(): Promise<BusyDetectors>
}

export interface BusyDetectionOptions {
  /** Why this system cannot tell a reason that no probe covers here (e.g. 'presenting' on Linux). */
  uncovered: Partial<Record<BusyReason, DetectorWhy>>
  log: Platform['log']
  /** Longest a probe may take before it counts as "not busy" (default 3 s). */
  timeoutMs?: number
}

export function createBusyDetection(
  probes: readonly BusyProbe[],
  options: BusyDetectionOptions,
): BusyDetection {
  const timeoutMs = options.timeoutMs ?? 3000
  const logged = new Set<string>()
  const logOnce = (probe: BusyProbe, what: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    const key = `${probe.name}\n${what}\n${message}`
    if (logged.has(key)) return
    logged.add(key)
    options.log('warn', `busy probe ${probe.name}: ${what} failed, counted as not busy: ${message}`)
  }

  let availability: Promise<Map<BusyProbe, BusyDetector>> | undefined
  const probeAvailability = () =>
    (availability ??= Promise.all(
      probes.map(async (probe): Promise<[BusyProbe, BusyDetector]> => {
        try {
          return [probe, await withTimeout((signal) => probe.available(signal), timeoutMs)]
        } catch (error) {
          logOnce(probe, 'the availability check', error)
          return [probe, { available: false, why: ['no-answer'] }]
        }
      }),
    ).then((entries) => new Map(entries)))

  return {
    async busyReasons() {
      const known = await probeAvailability()
      const usable = probes.filter((probe) => known.get(probe)?.available)
      const answers = await Promise.all(
        usable.map(async (probe) => {
          try {
            const reasons = await withTimeout((signal) => probe.check(signal), timeoutMs)
            return reasons.filter((reason) => probe.reasons.includes(reason))
          } catch (error) {
            logOnce(probe, 'a check', error)
            return []
          }
        }),
      )
      const found = new Set(answers.flat())
      return BUSY_REASONS.filter((reason) => found.has(reason))
    },

    async busyDetectors() {
      const known = await probeAvailability()
      return Object.fromEntries(
        BUSY_REASONS.map((reason) => [reason, combine(reason, probes, known, options.uncovered)]),
      ) as BusyDetectors
    },
  }
}

/** One reason's detector from every probe that reports it: available if any is; the others' whys as the gap. */
function combine(
  reason: BusyReason,
  probes: readonly BusyProbe[],
  known: Map<BusyProbe, BusyDetector>,
  uncovered: Partial<Record<BusyReason, DetectorWhy>>,
): BusyDetector {
  const answers = probes.filter((probe) => probe.reasons.includes(reason)).map((probe) => known.get(probe))
  if (answers.length === 0) return { available: false, why: [uncovered[reason] ?? 'no-way'] }
  const available = answers.some((answer) => answer?.available)
  const whys = new Set(answers.flatMap((answer) => (answer && !answer.available ? (answer.why ?? []) : [])))
  return whys.size > 0 ? { available, why: [...whys] } : { available }
}

/** Runs `work` with a signal that aborts after `ms`; rejects at that moment even if the work ignores the signal. */
async function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`no answer within ${ms} ms`)
      controller.abort(error)
      reject(error)
    }, ms)
  })
  try {
    return await Promise.race([work(controller.signal), expired])
  } finally {
    clearTimeout(timer)
  }
}
