// The shape of a stretch routine: its stretches ordered to change position as little as possible (desk, then
// standing, then the floor), a step to get down before the first floor stretch and one to get up after the last,
// each giving 30 seconds, and at least 15 seconds for any other change of position.
import { describe, expect, it } from 'vitest'
import {
  CHANGE_SECONDS,
  FLOOR_MOVE_SECONDS,
  STRETCHES,
  orderByPlace,
  planRoutine,
  placeOf,
  stretchById,
  type Stretch,
} from '../main/core/content'

function stretches(...ids: string[]): Stretch[] {
  return ids.map((id) => {
    const found = stretchById(id)
    if (!found) throw new Error(`no stretch ${id}`)
    return found
  })
}

/** The routine as a list a person would read: stretch ids and the moves between them. */
function played(ids: string[]): string[] {
  return planRoutine(orderByPlace(stretches(...ids))).map((item) =>
    item.kind === 'stretch' ? item.stretch.id : `${item.move.kind} ${item.move.seconds}s`,
  )
}

describe('the order of a routine', () => {
  it('puts the desk stretches first, then the standing ones, then the floor', () => {
    const ordered = orderByPlace(
      stretches('knee-to-chest', 'standing-back-bend', 'seated-twist', 'chin-tuck'),
    )
    expect(ordered.map((s) => s.id)).toEqual([
      'seated-twist',
      'chin-tuck',
      'standing-back-bend',
      'knee-to-chest',
    ])
  })

  it('on the floor, goes from lying on the back to the front, to all fours, to kneeling: each a step towards getting up', () => {
    const ordered = orderByPlace(stretches('childs-pose', 'all-fours-cat-cow', 'sphinx', 'lying-knee-roll'))
    expect(ordered.map((s) => s.id)).toEqual([
      'lying-knee-roll',
      'sphinx',
      'all-fours-cat-cow',
      'childs-pose',
    ])
  })

  it('never goes back to a place it has left, whatever the library picks', () => {
    const order = ['desk', 'standing', 'on-back', 'on-front', 'all-fours', 'kneeling']
    const ids = STRETCHES.map((s) => s.id)
    for (let shift = 0; shift < ids.length; shift++) {
      const mixed = [...ids.slice(shift), ...ids.slice(0, shift)].filter((_, i) => i % 3 !== shift % 3)
      const places = orderByPlace(stretches(...mixed)).map((s) => order.indexOf(placeOf(s)))
      expect(places).toEqual([...places].sort((a, b) => a - b))
    }
  })
})

describe('the moves between positions', () => {
  it('gives 30 seconds to get down before the first floor stretch and 30 to get up after the last', () => {
    expect(FLOOR_MOVE_SECONDS).toBeGreaterThanOrEqual(30)
    expect(played(['childs-pose', 'seated-twist', 'knee-to-chest'])).toEqual([
      'seated-twist',
      'get-down 30s',
      'knee-to-chest',
      'change 15s',
      'childs-pose',
      'get-up 30s',
    ])
  })

  it('gives at least 15 seconds to stand up from the desk, and nothing between stretches in the same place', () => {
    expect(CHANGE_SECONDS).toBeGreaterThanOrEqual(15)
    expect(played(['seated-twist', 'standing-reach-up', 'chin-tuck', 'standing-back-bend'])).toEqual([
      'seated-twist',
      'chin-tuck',
      'change 15s',
      'standing-reach-up',
      'standing-back-bend',
    ])
  })

  it('starts a routine that begins on the floor with getting down, from the chair the break found the user in', () => {
    expect(played(['knee-to-chest'])).toEqual(['get-down 30s', 'knee-to-chest', 'get-up 30s'])
    expect(played(['standing-back-bend', 'sphinx'])).toEqual([
      'change 15s',
      'standing-back-bend',
      'get-down 30s',
      'sphinx',
      'get-up 30s',
    ])
  })

  it('needs no move at all for a routine done at the desk', () => {
    expect(played(['seated-twist', 'chin-tuck'])).toEqual(['seated-twist', 'chin-tuck'])
  })
})
