// The Electron Platform offers busy detection, built from this system's real probes: on this Linux machine it
// answers (never rejects), and says for every reason whether it can tell.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BUSY_REASONS } from '../../../main/app/platform'
import { createElectronPlatform } from '../../../main/electron/platform-electron'
import type { Logging } from '../../../main/electron/files/log'
import { becomeReady, resetDouble } from '../electron-double'

vi.mock('electron', () => import('../electron-double'))

beforeEach(() => {
  resetDouble()
  becomeReady()
})

/** The shell's log, kept in memory: these tests look at the probes, not at the log file. */
const logging: Logging = { log: () => {}, file: '/tmp/limber-test.log', catchUncaught: () => {} }
afterEach(() => vi.restoreAllMocks())

describe.runIf(process.platform === 'linux')('busy detection in the Electron Platform', () => {
  it('answers what the user is busy with, as reasons it knows, and never throws', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { platform, dispose } = createElectronPlatform({ windowClosed: () => {}, logging })
    try {
      const reasons = await platform.busyReasons?.()
      expect(Array.isArray(reasons)).toBe(true)
      for (const reason of reasons ?? []) expect(BUSY_REASONS).toContain(reason)
    } finally {
      dispose()
    }
  })

  it('says for every reason whether this system can tell, and why not', async () => {
    const { platform, dispose } = createElectronPlatform({ windowClosed: () => {}, logging })
    try {
      const detectors = await platform.busyDetectors?.()
      expect(Object.keys(detectors ?? {}).sort()).toEqual([...BUSY_REASONS].sort())
      expect(detectors?.presenting).toEqual({ available: false, why: ['no-presenting-signal'] })
      for (const detector of Object.values(detectors ?? {})) {
        if (!detector.available) expect(detector.why?.length).toBeGreaterThan(0)
      }
    } finally {
      dispose()
    }
  })
})
