// Breaks on every display: a windowed break opens on the display where the user is working (the focused window's,
// else the pointer's), never on one that is off or asleep, inside its visible work area; a full-screen break covers
// the pointer's display and dims every other one (or only the one, as the user chooses). Displays plugged in,
// unplugged or rearranged while a break shows move it and its dimmed screens: nothing is lost off-screen, nothing
// left behind.
import { describe, expect, it } from 'vitest'
import type { Placement, Rect } from '../../main/app/platform'
import { inTimeZone } from './test-platform'
import { display, LAPTOP_AND_MONITOR } from './test-displays'
import { useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()

/** Starts at 10:00 with the displays and preferences given; the posture break is due at 10:30. */
function start(options: { fullScreen?: boolean; everyDisplay?: boolean } = {}): Started {
  const { fullScreen = false, everyDisplay = true } = options
  const started = testApp.start('2026-03-02T10:00', {
    preferences: { version: 1, breakWindow: { fullScreen, everyDisplay } },
  })
  started.platform.displays.become(LAPTOP_AND_MONITOR, 'added')
  return started
}

/** The posture break comes at 10:30 and the user opens its window from the notification. */
function breakShows(started: Started): void {
  started.platform.work(30)
  started.platform.answer('open')
}

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}

const ids = (placements: readonly Placement[]) => placements.map((p) => p.displayId).sort()

describe('a windowed break', () => {
  it('opens centred in the work area of the display with the pointer', () => {
    const started = start()
    started.platform.displays.at = { x: 2000, y: 700 } // on the monitor
    breakShows(started)
    const at = started.platform.places.breakAt
    expect(at?.displayId).toBe(2)
    expect(at?.bounds).toEqual({ x: 1440 + (2560 - 420) / 2, y: (1400 - 360) / 2, width: 420, height: 360 })
    expect(started.platform.places.dimmed).toEqual([])
  })

  it('opens on the display of the focused window before the pointer’s', () => {
    const started = start()
    started.platform.displays.at = { x: 2000, y: 700 }
    started.platform.displays.focused = 1
    breakShows(started)
    expect(started.platform.places.breakAt?.displayId).toBe(1)
  })

  it('never opens on a display that is asleep, even with the pointer on it', () => {
    const started = start()
    const [laptop, monitor] = LAPTOP_AND_MONITOR
    started.platform.displays.become([laptop!, { ...monitor!, awake: false }], 'changed')
    started.platform.displays.at = { x: 2000, y: 700 }
    breakShows(started)
    expect(started.platform.places.breakAt?.displayId).toBe(1)
  })

  it('stays inside the visible work area of a display smaller than the window', () => {
    const started = start()
    started.platform.displays.become([display(7, -800, 0, 800, 400, { bar: 60 })], 'changed')
    started.platform.displays.at = { x: -10, y: 10 }
    breakShows(started)
    const at = started.platform.places.breakAt
    expect(at?.displayId).toBe(7)
    expect(inside(at!.bounds, { x: -800, y: 0, width: 800, height: 340 })).toBe(true)
  })

  it('finds the nearest display when the pointer sits in a gap between displays of different heights', () => {
    const started = start()
    started.platform.displays.at = { x: 1400, y: 1300 } // below the laptop's corner, beside the taller monitor
    breakShows(started)
    expect(started.platform.places.breakAt?.displayId).toBe(2)
  })

  it('dims nothing, even with several displays', () => {
    const started = start({ fullScreen: false, everyDisplay: true })
    breakShows(started)
    expect(started.platform.places.dimmedLog).toEqual([])
  })
})

describe('a full-screen break', () => {
  it('covers the pointer’s display and dims every other awake display', () => {
    const started = start({ fullScreen: true })
    started.platform.displays.become([...LAPTOP_AND_MONITOR, display(3, 4000, 0, 1920, 1080)], 'added')
    started.platform.displays.at = { x: 300, y: 300 }
    breakShows(started)
    const placed = started.platform.places.placed.at(-1)
    expect(placed).toMatchObject({ kind: 'break', fullScreen: true, placement: { displayId: 1 } })
    expect(placed?.placement.bounds).toEqual({ x: 0, y: 0, width: 1440, height: 900 })
    expect(ids(started.platform.places.dimmed)).toEqual([2, 3])
    expect(started.platform.places.dimmed.find((d) => d.displayId === 3)?.bounds).toEqual({
      x: 4000,
      y: 0,
      width: 1920,
      height: 1080,
    })
  })

  it('covers only the pointer’s display when the user chose so', () => {
    const started = start({ fullScreen: true, everyDisplay: false })
    breakShows(started)
    expect(started.platform.places.breakAt?.displayId).toBe(1)
    expect(started.platform.places.dimmed).toEqual([])
  })

  it('dims no display that is asleep', () => {
    const started = start({ fullScreen: true })
    const [laptop, monitor] = LAPTOP_AND_MONITOR
    started.platform.displays.become([laptop!, { ...monitor!, awake: false }], 'changed')
    breakShows(started)
    expect(started.platform.places.dimmed).toEqual([])
  })

  it('takes its dimmed screens away when it is answered, and when its window is closed', async () => {
    const started = start({ fullScreen: true })
    breakShows(started)
    expect(ids(started.platform.places.dimmed)).toEqual([2])
    const showing = await started.call('break:get', undefined, 'break')
    await started.call('reminder:act', { id: showing!.id, action: 'done' })
    expect(started.platform.places.dimmed).toEqual([])

    started.platform.work(31) // the next posture break
    started.platform.answer('open')
    expect(ids(started.platform.places.dimmed)).toEqual([2])
    started.app.windowClosed('break') // the user closed it
    expect(started.platform.places.dimmed).toEqual([])
  })

  it('moves to the display a dimmed screen asks for, and the dimming follows', async () => {
    const started = start({ fullScreen: true })
    breakShows(started)
    expect(await started.call('break:here', { display: 2 }, 'dimmed')).toEqual({ ok: true })
    expect(started.platform.places.placed.at(-1)).toMatchObject({ moved: true, placement: { displayId: 2 } })
    expect(ids(started.platform.places.dimmed)).toEqual([1])
  })

  it('says on the dimmed screens whether a break is still showing, in the language in use', async () => {
    const started = start({ fullScreen: true })
    expect(await started.call('dimmed:get', undefined, 'dimmed')).toMatchObject({ breakShowing: false })
    breakShows(started)
    expect(await started.call('dimmed:get', undefined, 'dimmed')).toMatchObject({
      breakShowing: true,
      language: { code: 'en' },
    })
  })
})

describe('displays that change while a break shows', () => {
  it('moves the break to a display that is left when its own is unplugged, and drops its dimmed screen', () => {
    const started = start({ fullScreen: true })
    started.platform.displays.at = { x: 2000, y: 700 }
    breakShows(started)
    expect(started.platform.places.breakAt?.displayId).toBe(2)
    expect(ids(started.platform.places.dimmed)).toEqual([1])
    started.platform.displays.at = { x: 2000, y: 700 } // where the monitor was: the nearest is the laptop now
    started.platform.displays.become([LAPTOP_AND_MONITOR[0]!], 'removed')
    expect(started.platform.places.placed.at(-1)).toMatchObject({ moved: true, placement: { displayId: 1 } })
    expect(started.platform.places.dimmed).toEqual([])
  })

  it('dims a display plugged in while it shows, and leaves the break where it is', () => {
    const started = start({ fullScreen: true })
    started.platform.displays.become([LAPTOP_AND_MONITOR[0]!], 'removed')
    breakShows(started)
    const before = started.platform.places.placed.length
    started.platform.displays.at = { x: 2000, y: 700 } // the pointer wanders onto the new monitor
    started.platform.displays.become(LAPTOP_AND_MONITOR, 'added')
    expect(started.platform.places.placed.length).toBe(before)
    expect(ids(started.platform.places.dimmed)).toEqual([2])
  })

  it('follows a rearrangement: the window moves with its display, the dimmed screen with its own', () => {
    const started = start({ fullScreen: true })
    breakShows(started) // on the laptop, the monitor dimmed
    // The monitor is dragged to the left of the laptop in the system's settings.
    started.platform.displays.become(
      [display(1, 0, 0, 1440, 900, { scaleFactor: 2 }), display(2, -2560, 0, 2560, 1440)],
      'changed',
    )
    expect(started.platform.places.breakAt?.displayId).toBe(1)
    expect(started.platform.places.dimmed).toEqual([
      { displayId: 2, bounds: { x: -2560, y: 0, width: 2560, height: 1440 } },
    ])
  })

  it('keeps a windowed break inside the work area when its display shrinks', () => {
    const started = start()
    breakShows(started)
    started.platform.displays.become([display(1, 0, 0, 400, 300, { bar: 30 })], 'changed')
    const at = started.platform.places.breakAt
    expect(at?.displayId).toBe(1)
    expect(inside(at!.bounds, { x: 0, y: 0, width: 400, height: 270 })).toBe(true)
  })

  it('moves nothing and dims nothing when no break shows', () => {
    const started = start({ fullScreen: true })
    started.platform.displays.become([LAPTOP_AND_MONITOR[0]!], 'removed')
    started.platform.displays.become(LAPTOP_AND_MONITOR, 'added')
    expect(started.platform.places.placed).toEqual([])
    expect(started.platform.places.dimmedLog).toEqual([])
  })

  it('lets go of the display events when the app stops', () => {
    const started = start()
    expect(started.platform.displays.listenerCount).toBe(1)
    started.app.dispose()
    expect(started.platform.displays.listenerCount).toBe(0)
  })
})
