// The windows' wording of times, days and lengths (the shared formatter, main/core/i18n/format.ts, as the windows
// call it with English words), their clock arithmetic (renderer/shared/clock.ts) and the stretch routine's clock
// (renderer/break/routine.ts): pure functions, tested under Node.
import { describe, expect, it } from 'vitest'
import { common } from '../../locales/en'
import { createFormat } from '../../main/core/i18n/format'
import { repetitionsOf, stepAt, stretchPhases } from '../../renderer/break/routine'
import { isAfterMidnight } from '../../renderer/shared/clock'

const at = (local: string) => new Date(local).getTime()
const NOW = at('2026-11-26T07:28:00') // a Thursday morning
const format = createFormat('en-US', common.format)

describe('format', () => {
  it('names the day of a moment that is not today', () => {
    expect(format.when(at('2026-11-26T18:00'), NOW)).toMatch(/^6:00\sPM$/)
    expect(format.when(at('2026-11-27T06:30'), NOW)).toMatch(/^tomorrow at 6:30\sAM$/)
    expect(format.when(at('2026-11-29T06:30'), NOW)).toMatch(/^Sunday at 6:30\sAM$/)
  })

  it('counts down in seconds up to a minute, then in minutes and seconds', () => {
    expect([60, 59, 61, 600, 0].map(format.countdown)).toEqual(['60', '59', '1:01', '10:00', '0'])
    expect([1, 45, 60, 150, 600].map(format.seconds)).toEqual([
      '1 second',
      '45 seconds',
      '1 minute',
      '2 minutes 30 seconds',
      '10 minutes',
    ])
  })

  it('writes lengths of time and counts of days as the locale does', () => {
    expect([45, 60, 65, 390].map(format.minutes)).toEqual(['45 min', '1 hr', '1 hr 5 min', '6 hr 30 min'])
    expect([1, 3].map(format.dayCount)).toEqual(['1 day', '3 days'])
    expect([1, 2].map((day) => format.weekday(day, 'short'))).toEqual(['Mon', 'Tue'])
  })

  it('reads a bedtime before noon as after midnight', () => {
    expect(['00:30', '11:59', '12:00', '22:30'].map(isAfterMidnight)).toEqual([true, true, false, false])
  })

  it('lists days as a person would', () => {
    expect(format.days([1, 2, 3, 4, 5])).toBe('Monday to Friday')
    expect(format.days([1, 3, 5])).toBe('Monday, Wednesday, and Friday')
    expect(format.days([0, 1, 2, 3, 4, 5, 6])).toBe('every day')
    expect(format.days([6])).toBe('Saturday')
  })
})

describe('stretch routine', () => {
  it('does a one-sided stretch an even number of times, taking turns between the sides', () => {
    expect(
      [1, 2, 3, 4].map((repetitions) => repetitionsOf({ holdSeconds: 10, repetitions, oneSided: true })),
    ).toEqual([2, 2, 4, 4])
    expect(repetitionsOf({ holdSeconds: 10, repetitions: 3 })).toBe(3)
    const holds = stretchPhases({ holdSeconds: 10, repetitions: 2, oneSided: true }, 0)
      .filter((p) => p.phase === 'hold')
      .map((p) => [p.rep, p.side])
    expect(holds).toEqual([
      [1, 'first'],
      [2, 'other'],
    ])
  })

  it('calls the pause between the sides a change of side', () => {
    const timing = { holdSeconds: 10, repetitions: 2, oneSided: true }
    expect(stepAt(timing, 0, 20_000)).toMatchObject({ phase: 'release', side: 'other' })
    expect(stepAt({ ...timing, oneSided: false }, 0, 20_000)).toMatchObject({ phase: 'release', side: null })
  })
})
