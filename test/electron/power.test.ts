// Power events from powerMonitor, as the Platform's PowerEvents.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { becomeReady, powerMonitor, recorded, resetDouble } from './electron-double'
import type { PowerEvent } from '../../main/app/platform'
import { clock, idleSeconds, onPowerEvent } from '../../main/electron/system/power'

vi.mock('electron', () => import('./electron-double'))

describe('power', () => {
  beforeEach(() => {
    resetDouble()
    becomeReady()
  })
  afterEach(() => vi.restoreAllMocks())

  it('forwards suspend, resume, lock and unlock until disposed', () => {
    const events: PowerEvent[] = []
    const subscription = onPowerEvent((event) => events.push(event))
    for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen', 'on-battery'])
      powerMonitor.emit(event)
    subscription.dispose()
    powerMonitor.emit('suspend')
    expect(events).toEqual(['suspend', 'resume', 'lock-screen', 'unlock-screen'])
    expect(powerMonitor.eventNames()).toEqual([])
  })

  it('reports a time-zone change noticed on waking', () => {
    const events: PowerEvent[] = []
    const zone = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions')
    zone.mockReturnValue({ timeZone: 'Europe/Berlin' } as Intl.ResolvedDateTimeFormatOptions)
    onPowerEvent((event) => events.push(event))
    powerMonitor.emit('suspend')
    zone.mockReturnValue({ timeZone: 'America/New_York' } as Intl.ResolvedDateTimeFormatOptions)
    powerMonitor.emit('resume')
    powerMonitor.emit('unlock-screen')
    expect(events).toEqual(['suspend', 'resume', 'time-zone-changed', 'unlock-screen'])
  })

  it("reads idle time from powerMonitor, and the clocks from Node's", () => {
    recorded.idleSeconds = 42
    expect(idleSeconds()).toBe(42)
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(50)
    const before = clock.monotonic()
    expect(clock.monotonic()).toBeGreaterThanOrEqual(before)
  })

  it('cannot listen to power events before the app is ready, as in Electron', () => {
    resetDouble()
    expect(() => onPowerEvent(() => {})).toThrow(/can't be used before the app is ready/)
  })
})
