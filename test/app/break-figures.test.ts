// The stretch figures as the running app sends them: a stretch break carries, for each stretch, the film that moves
// its figure and the words that say what it shows, in the language in use (a sore-back day's gentle break too); the
// list of stretches carries each figure held, small enough to send all of them.
import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../../locales/index'
import type { BreakContent } from '../../main/app/ipc-contract'
import { figureFor } from '../../main/core/figure'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences'
import { useTestApp, type Started } from './test-app'
import { inTimeZone } from './test-platform'

inTimeZone('Europe/Berlin')

const app = useTestApp()
function start(language = 'en'): Started {
  return app.start('2026-03-02T10:00', { preferences: { ...DEFAULT_PREFERENCES, language } })
}

async function stretchBreak(started: Started): Promise<BreakContent> {
  await started.call('stretch:now')
  const content = await started.call('break:get', undefined, 'break')
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
    }
  })

  it('keeps the figures on a sore-back day, when the break is gentle', async () => {
    const started = start()
    await started.call('sore-back:start', { days: 3 })
    const content = await stretchBreak(started)
    expect(content.stretches.every((s) => s.intensity === 'gentle')).toBe(true)
    for (const stretch of content.stretches) expect(stretch.figure?.film, stretch.id).not.toBeNull()
  })

  it('sends the list of stretches with each figure held only: 22 pictures, not 22 films', async () => {
    const started = start()
    const list = await started.call('stretches:get')
    for (const stretch of list) {
      expect(stretch.figure?.film, stretch.id).toBeNull()
      expect(stretch.figure?.picture.strokes.length, stretch.id).toBeGreaterThan(5)
      expect(figureFor(stretch.id), stretch.id).not.toBeNull()
    }
    expect(JSON.stringify(list).length).toBeLessThan(80_000)
  })
})
