// A stretch break's routine as the running app sends it: its stretches ordered desk → standing → floor, a step to
// get down before the first floor stretch and one to get up after the last (their own words, in the language in
// use), at least 15 seconds for any other change of position, and the sound and voice cues off until asked for.
import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../../locales/index'
import type { BreakContent, MoveInfo } from '../../main/app/ipc-contract'
import { STRETCHES } from '../../main/core/content'
import { DEFAULT_PREFERENCES, type Preferences } from '../../main/core/preferences'
import { useTestApp, type Started } from './test-app'
import { inTimeZone } from './test-platform'

inTimeZone('Europe/Berlin')

const app = useTestApp()

/** Preferences under which a break can pick only `ids` (and picks `count` of them). */
function only(ids: string[], count: number, language: Preferences['language'] = 'en'): Preferences {
  const prefs = structuredClone(DEFAULT_PREFERENCES) as Preferences
  prefs.language = language
  prefs.stretch.stretchesPerBreak = count
  prefs.stretch.disabledStretches = STRETCHES.map((s) => s.id).filter((id) => !ids.includes(id))
  return prefs
}

async function stretchBreak(started: Started): Promise<BreakContent> {
  await started.call('stretch:now')
  const content = await started.call('break:get', undefined, 'break')
  if (!content || content.kind !== 'stretch') throw new Error('no stretch break on screen')
  return content
}

function moves(content: BreakContent): MoveInfo[] {
  return (content.routine ?? []).flatMap((entry) => (entry.kind === 'move' ? [entry.move] : []))
}

const MIXED = ['knee-to-chest', 'standing-back-bend', 'seated-twist', 'childs-pose']

describe('the routine of a stretch break', () => {
  it('orders its stretches desk, standing, floor, and plays them in that order with the moves between', async () => {
    const content = await stretchBreak(app.start('2026-03-02T10:00', { preferences: only(MIXED, 4) }))
    expect(content.stretches.map((s) => s.position)).toEqual(['desk', 'standing', 'floor', 'floor'])
    const played = (content.routine ?? []).map((e) => (e.kind === 'stretch' ? e.id : e.move.kind))
    expect(played).toEqual([
      'seated-twist',
      'change',
      'standing-back-bend',
      'get-down',
      'knee-to-chest',
      'change',
      'childs-pose',
      'get-up',
    ])
  })

  it('words getting down and getting up in its own steps, with 30 seconds for each', async () => {
    const content = await stretchBreak(app.start('2026-03-02T10:00', { preferences: only(MIXED, 4) }))
    const [toStanding, down, onTheFloor, up] = moves(content)
    expect(down?.title).toBe('Get down onto the floor')
    expect(down?.steps.join(' ')).toMatch(/Knees first, then hands, then roll onto your back\./)
    expect(down?.seconds).toBeGreaterThanOrEqual(30)
    expect(up?.title).toBe('Get up slowly')
    expect(up?.steps.join(' ')).toMatch(/^Walk your hands back to your knees/)
    expect(up?.seconds).toBeGreaterThanOrEqual(30)
    expect(toStanding?.seconds).toBeGreaterThanOrEqual(15)
    expect(onTheFloor?.seconds).toBeGreaterThanOrEqual(15)
    // The figure shows where each move leads: the next stretch, and for getting up the one it gets up from.
    expect(down?.figureOf).toBe('knee-to-chest')
    expect(up?.figureOf).toBe('childs-pose')
  })

  it('gets the user up from lying on their back: roll onto your side, push up with your arms, then sit', async () => {
    const content = await stretchBreak(
      app.start('2026-03-02T10:00', { preferences: only(['knee-to-chest', 'seated-twist'], 2) }),
    )
    const up = moves(content).at(-1)
    expect(up?.kind).toBe('get-up')
    expect(up?.steps[0]).toBe('Roll onto your side, push up with your arms, then sit.')
    // The floor stretch leaves getting up to the routine's own step: no "To get up" while still on the floor.
    for (const stretch of content.stretches) expect(stretch.steps.join(' ')).not.toMatch(/to get up/i)
  })

  it('says every move in the language in use', async () => {
    for (const language of ['de', 'es', 'fr', 'pt-BR'] as const) {
      const content = await stretchBreak(
        app.start('2026-03-02T10:00', { preferences: only(MIXED, 4, language) }),
      )
      const words = CATALOGS[language].content.moves
      const [, down, , up] = moves(content)
      expect(down?.title, language).toBe(words.title['get-down'])
      expect(down?.steps, language).toContain(words.down['on-back'])
      expect(up?.title, language).toBe(words.title['get-up'])
      expect(up?.steps.at(-1), language).toBe(words.upLast)
    }
  })

  it('has no moves at all when every stretch is done at the desk', async () => {
    const content = await stretchBreak(
      app.start('2026-03-02T10:00', { preferences: only(['seated-twist', 'chin-tuck'], 2) }),
    )
    expect(moves(content)).toEqual([])
  })

  it('keeps the sound cues and the voice off until the user turns them on', async () => {
    const started = app.start('2026-03-02T10:00')
    expect((await stretchBreak(started)).cues).toEqual({ tones: false, voice: false })
    await started.call('prefs:set', { stretch: { soundCues: true, voice: true } })
    await started.call('reminder:act', { id: (await stretchBreak(started)).id, action: 'done' }, 'break')
    expect((await stretchBreak(started)).cues).toEqual({ tones: true, voice: true })
  })
})
