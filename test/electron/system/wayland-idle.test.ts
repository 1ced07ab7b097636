// Idle time on Wayland: the compositor is asked over D-Bus (asynchronously) and the app reads idle time
// synchronously, so the reader answers the last reading, kept fresh just before the app's next read on its own rhythm.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createIdleReader,
  isWaylandSession,
  type IdleSource,
} from '../../../main/electron/system/wayland-idle'

/** A compositor whose idle time the test sets; counts how often it was asked. */
function compositor(name: string, answer: () => number | Error) {
  const asked: number[] = []
  const source: IdleSource = {
    name,
    async readMs() {
      asked.push(Date.now())
      const value = answer()
      if (value instanceof Error) throw value
      return value
    },
  }
  return { source, asked }
}

describe('the Wayland idle reader', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-03-02T09:00') }))
  afterEach(() => vi.useRealTimers())

  it('knows a Wayland session from the environment', () => {
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'wayland' })).toBe(true)
    expect(isWaylandSession({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(true)
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' })).toBe(false)
  })

  it('uses the first compositor that answers, in whole seconds, and says which in the log', async () => {
    const log = vi.fn()
    const mutter = compositor('Mutter', () => new Error('ServiceUnknown'))
    const kde = compositor('KDE', () => 12_345)
    const reader = createIdleReader({ sources: [mutter.source, kde.source], fallback: () => 0, log })
    expect(reader.idleSeconds()).toBe(0) // Electron's, until a compositor answered
    await vi.advanceTimersByTimeAsync(0)
    expect(reader.source).toBe('KDE')
    expect(reader.idleSeconds()).toBe(12)
    expect(log).toHaveBeenCalledWith('info', 'idle time on Wayland from KDE')
    reader.dispose()
  })

  it('asks again just before the app’s next minute, so each minute’s reading is fresh', async () => {
    let idleMs = 5_000
    const mutter = compositor('Mutter', () => idleMs)
    const reader = createIdleReader({ sources: [mutter.source], fallback: () => 0, log: vi.fn() })
    await vi.advanceTimersByTimeAsync(0)
    expect(reader.idleSeconds()).toBe(5)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(reader.idleSeconds()).toBe(5) // no rhythm known yet: the reading asked for after the first read
    // From now on, the minute's read finds a reading taken 1.5 s before it.
    idleMs = 300_000
    await vi.advanceTimersByTimeAsync(60_000)
    expect(reader.idleSeconds()).toBe(300)
    const asks = mutter.asked.length
    idleMs = 1_000
    await vi.advanceTimersByTimeAsync(60_000)
    expect(reader.idleSeconds()).toBe(1)
    // One question per read, not more.
    expect(mutter.asked.length).toBe(asks + 1)
    reader.dispose()
    await vi.advanceTimersByTimeAsync(600_000)
    expect(mutter.asked.length).toBe(asks + 1)
  })

  it('throws once the compositor stops answering (the app then says idle time is unavailable), and recovers', async () => {
    let answer: number | Error = 2_000
    const log = vi.fn()
    const mutter = compositor('Mutter', () => answer)
    const reader = createIdleReader({ sources: [mutter.source], fallback: () => 0, log })
    await vi.advanceTimersByTimeAsync(0)
    answer = new Error('no reply')
    for (let minute = 0; minute < 4; minute++) {
      try {
        reader.idleSeconds()
      } catch {
        // Counted below.
      }
      await vi.advanceTimersByTimeAsync(60_000)
    }
    expect(() => reader.idleSeconds()).toThrow(/Mutter did not answer/)
    expect(log).toHaveBeenCalledWith('warn', 'idle time: Mutter stopped answering', expect.any(Error))
    answer = 7_000
    await vi.advanceTimersByTimeAsync(60_000)
    expect(reader.idleSeconds()).toBe(7)
    reader.dispose()
  })

  it('keeps Electron’s reading where no compositor answers', async () => {
    const reader = createIdleReader({
      sources: [compositor('Mutter', () => new Error('no')).source],
      fallback: () => 42,
      log: vi.fn(),
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(reader.source).toBeNull()
    expect(reader.idleSeconds()).toBe(42)
    reader.dispose()
  })
})
