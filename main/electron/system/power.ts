// Sleep, wake, lock and idle time from Electron's powerMonitor, as the Platform's PowerEvents, and the app's clock.
import { powerMonitor } from 'electron'
import type { Clock, Disposable, PowerEvent } from '../../app/platform'

const POWER_EVENTS = ['suspend', 'resume', 'lock-screen', 'unlock-screen'] as const

/**
 * Wall time, and a monotonic time for noticing jumps. performance.now() (like process.hrtime) is CLOCK_MONOTONIC
 * on Linux and mach_absolute_time on macOS, both of which stop during sleep; on Windows it is the performance
 * counter, which keeps counting through sleep. So the app must treat 'suspend'/'resume' as the sleep signal and
 * never rely on the monotonic clock alone to notice it.
 */
export const clock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
}

export function idleSeconds(): number {
  return powerMonitor.getSystemIdleTime()
}

function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

/**
 * Forwards power events. There is no time-zone event in Electron, so the zone is compared when the machine wakes or
 * unlocks (when travel happens) and 'time-zone-changed' follows the wake event if it differs. Caveat: the main
 * process may keep the zone it started with until restart (electron/electron#33723), so this can stay silent.
 */
export function onPowerEvent(listener: (event: PowerEvent) => void): Disposable {
  let zone = currentTimeZone()
  // As a plain emitter: Electron types each event as its own overload, which a union of names cannot pick.
  const monitor: NodeJS.EventEmitter = powerMonitor
  const handlers = POWER_EVENTS.map((event) => {
    const handler = () => {
      listener(event)
      if (event !== 'resume' && event !== 'unlock-screen') return
      const now = currentTimeZone()
      if (now !== zone) {
        zone = now
        listener('time-zone-changed')
      }
    }
    monitor.on(event, handler)
    return [event, handler] as const
  })
  return {
    dispose: () => {
      for (const [event, handler] of handlers) monitor.removeListener(event, handler)
    },
  }
}
