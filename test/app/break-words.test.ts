// The words of reminders as the running app sends them (issue 12): a heads-up of minutes says minutes, the break
// window's line under the title never repeats the tips listed below it, and one-sided stretches say so.
import { describe, expect, it } from 'vitest'
import type { BreakContent } from '../../main/app/ipc-contract'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { inTimeZone, stopFakeClock } from './test-platform'
import { hhmm, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
let run: Started | null = null
function start(at: string, preferences: unknown = DEFAULT_PREFERENCES): Started {
  run = testApp.start(at, { preferences })
  return run
}

async function onScreen(started: Started): Promise<BreakContent> {
  const content = await started.call('break:get', undefined, 'break')
  if (!content) throw new Error('no break on screen')
  return content
}

/** True when any tip's first four words appear in the message. */
function repeats(content: BreakContent): string[] {
  return content.tips.filter((tip) =>
    content.message.toLowerCase().includes(tip.split(' ').slice(0, 4).join(' ').toLowerCase()),
  )
}

describe('reminder words (issue 12)', () => {
  it('says a five-minute heads-up in minutes, not “300 seconds”', () => {
    const prefs = structuredClone(DEFAULT_PREFERENCES)
    prefs.notifications.headsUpSeconds = 300
    const { platform } = start('2026-03-02T10:00', prefs)
    platform.work(30)
    const headsUp = platform.notifications.find((n) => n.id.startsWith('heads-up'))
    expect(headsUp && [hhmm(headsUp.at), headsUp.title]).toEqual(['10:25', 'A posture break in 5 minutes'])
  })

  it('does not repeat the wind-down suggestions, or the posture tip, in the line above them', async () => {
    for (const step of ['wind-down', 'get-ready']) {
      const started = start('2026-03-02T20:00')
      started.platform.work(step === 'wind-down' ? 31 : 121) // 20:30 wind-down, 22:00 get ready
      const content = await onScreen(started)
      expect(content.kind).toBe(step)
      expect(content.tips).toHaveLength(3)
      expect(repeats(content)).toEqual([])
      started.app.dispose()
      stopFakeClock()
    }
    const started = start('2026-03-02T10:00')
    started.platform.work(30)
    const posture = await onScreen(started)
    expect(posture.tips).toHaveLength(1)
    expect(repeats(posture)).toEqual([])
    // The notification, with no list beside it, still carries the tip.
    expect(started.platform.notifications.at(-1)?.body).toContain(posture.tips[0])
  })

  it('marks one-sided stretches, so the break window can say “other side”', async () => {
    const started = start('2026-03-02T10:00')
    await started.app.handleIpc('stretch:now', undefined, 'settings')
    const stretches = await started.call('stretches:get', undefined, 'settings')
    const oneSided = stretches.filter((s) => s.oneSided).map((s) => s.id)
    expect(oneSided).toEqual(expect.arrayContaining(['seated-twist', 'neck-side-stretch', 'lying-hamstring']))
    expect(oneSided).not.toContain('seated-cat-cow')
  })
})
