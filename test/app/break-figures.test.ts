// The stretch figures as the running app sends them: a stretch break carries, for each stretch, the film that moves
// its figure and the words that say what it shows, in the language in use (a sore-back day's gentle break too); the
// list of stretches carries each figure held, small enough to send all of them.
import { afterEach, describe, expect, it } from 'vitest'
import { CATALOGS } from '../../locales/index'
import type { BreakContent, StretchInfo } from '../../main/app/ipc-contract'
import { figureFor } from '../../main/core/figure'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences'
import { inTimeZone, startTestApp, stopFakeClock, useFakeClock, type Started } from './test-platform'

inTimeZone('Europe/Berlin')

let run: Started | null = null
function start(language = 'en'): Started {
  useFakeClock('2026-03-02T10:00')
  run = startTestApp({ preferences: { ...DEFAULT_PREFERENCES, language } })
  return run
}
afterEach(() => {
  run?.app.dispose()
  run = null
  stopFakeClock()
})

async function stretchBreak(started: Started): Promise<BreakContent> {
  await started.app.handleIpc('stretch:now', undefined, 'settings')
  const content = (await started.app.handleIpc('break:get', undefined, 'break')) as BreakContent | null
  if (!content || content.kind !== 'stretch') throw new Error('no stretch break on screen')
  return content
}

describe('the figures a stretch break carries', () => {
  it('gives every stretch of the break its moving figure and what it shows, in the language in use', async () => {
    for (const language of ['en', 'de'] as const) {
      const content = await stretchBreak(start(language))
      expect(content.stretches.length).toBeGreaterThan(0)
      for (const stretch of content.stretches) {
        const words = (CATALOGS[language].content.figures as Record<string, string>)[stretch.id]
        expect(stretch.figure?.description, stretch.id).toBe(words)
        expect(stretch.figure?.film?.into.length, stretch.id).toBeGreaterThan(2)
        expect(stretch.figure?.picture.strokes.length, stretch.id).toBeGreaterThan(5)
      }
      run?.app.dispose()
      stopFakeClock()
    }
  })

  it('keeps the figures on a sore-back day, when the break is gentle', async () => {
    const started = start()
    await started.app.handleIpc('sore-back:start', { days: 3 }, 'settings')
    const content = await stretchBreak(started)
    expect(content.stretches.every((s) => s.intensity === 'gentle')).toBe(true)
    for (const stretch of content.stretches) expect(stretch.figure?.film, stretch.id).not.toBeNull()
  })

  it('sends the list of stretches with each figure held only: 22 pictures, not 22 films', async () => {
    const started = start()
    const list = (await started.app.handleIpc('stretches:get', undefined, 'settings')) as StretchInfo[]
    for (const stretch of list) {
      expect(stretch.figure?.film, stretch.id).toBeNull()
      expect(stretch.figure?.picture.strokes.length, stretch.id).toBeGreaterThan(5)
      expect(figureFor(stretch.id), stretch.id).not.toBeNull()
    }
    expect(JSON.stringify(list).length).toBeLessThan(80_000)
  })
})
