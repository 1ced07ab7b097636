// Where the break window shows when there are several displays: on the display where the user is working, never on
// one that is off or asleep, inside the visible work area; a full-screen break dims every other display when the
// preference says so. Displays added, removed or rearranged while it shows move the break (only when its display
// went, slept or changed) and the dimmed screens with it, so no window is lost off-screen or left behind. The
// placement itself is pure (main/core/screens/placement.ts); this part asks the Platform and keeps what it placed.
import {
  BREAK_WINDOW_SIZE,
  breakLayout,
  sameLayout,
  samePlacement,
  type BreakLayout,
  type WhereTheUserIs,
} from '../../core/screens/placement'
import type { Preferences } from '../../core/preferences/index'
import type { Disposable, Platform } from '../platform'

export interface BreakScreensHooks {
  /** The preferences in force. */
  prefs(): Preferences
  /** Runs a callback from the outside world (a display event), never throwing back into the shell. */
  guard(run: () => void): void
}

export class BreakScreens implements Disposable {
  /** What was placed while the break window is open; undefined when it is closed or the shell places it. */
  private placed: BreakLayout | undefined
  private open = false
  private readonly listening: Disposable | undefined

  constructor(
    private readonly platform: Pick<
      Platform,
      'displays' | 'openWindow' | 'closeWindow' | 'placeWindow' | 'showDimmed' | 'log'
    >,
    private readonly hooks: BreakScreensHooks,
  ) {
    this.listening = platform.displays?.onChanged(() => hooks.guard(() => this.displaysChanged()))
  }

  /** Opens (or shows) the break window where the user is working; `firm`: the user cannot close it. */
  openBreak(options: { focus: boolean; firm: boolean }): void {
    const fullScreen = this.hooks.prefs().breakWindow.fullScreen
    // A window already open stays where it is (the user may have moved it); only a new one is placed.
    const layout = this.open ? this.placed : this.layoutNow(null)
    this.platform.openWindow('break', {
      fullScreen,
      focus: options.focus,
      ...(options.firm ? { firm: true } : {}),
      ...(layout && !this.open ? { placement: layout.break } : {}),
    })
    this.open = true
    this.dim(layout)
    this.placed = layout
  }

  /** The app closes the break window: its dimmed screens go with it. */
  closeBreak(): void {
    if (!this.open) return
    this.platform.closeWindow('break')
    this.closed()
  }

  /** The break window closed (the user, or the system): no dimmed screen stays behind. */
  closed(): void {
    this.open = false
    this.dim(undefined)
    this.placed = undefined
  }

  /** "Show the break here", from the dimmed screen on `displayId`: the break moves there, the dimming follows. */
  bringHere(displayId: number): boolean {
    if (!this.open || !this.platform.displays) return false
    const target = this.displays().find((display) => display.id === displayId && display.awake)
    if (!target) return false
    this.moveTo(this.layoutNow(target.id))
    return true
  }

  dispose(): void {
    this.listening?.dispose()
  }

  /** Displays came, went or changed: the break stays on its display if it still can, else goes where the user is. */
  private displaysChanged(): void {
    if (!this.open) return
    this.moveTo(this.layoutNow(this.placed?.break.displayId ?? null))
  }

  private moveTo(layout: BreakLayout | undefined): void {
    if (!layout || sameLayout(layout, this.placed)) return
    if (!this.placed || !samePlacement(layout.break, this.placed.break))
      this.platform.placeWindow?.('break', layout.break, this.hooks.prefs().breakWindow.fullScreen)
    this.dim(layout)
    this.placed = layout
  }

  /** Shows exactly the dimmed screens of `layout` (none when it has none), telling the shell only of a change. */
  private dim(layout: BreakLayout | undefined): void {
    const wanted = layout?.dimmed ?? []
    if (wanted.length === 0 && (this.placed?.dimmed.length ?? 0) === 0) return
    this.platform.showDimmed?.(wanted)
  }

  private layoutNow(keepOn: number | null): BreakLayout | undefined {
    if (!this.platform.displays) return undefined
    const displays = this.displays()
    const prefs = this.hooks.prefs().breakWindow
    return breakLayout(displays, this.whereTheUserIs(), {
      fullScreen: prefs.fullScreen,
      everyDisplay: prefs.everyDisplay,
      size: BREAK_WINDOW_SIZE,
      keepOn,
    })
  }

  private displays() {
    try {
      return this.platform.displays?.all() ?? []
    } catch (error) {
      this.platform.log('warn', 'could not list the displays', error)
      return []
    }
  }

  private whereTheUserIs(): WhereTheUserIs {
    const displays = this.platform.displays
    try {
      return { pointer: displays?.pointer() ?? null, focusedDisplayId: displays?.focusedDisplay?.() ?? null }
    } catch (error) {
      this.platform.log('warn', 'could not tell where the pointer is', error)
      return { pointer: null }
    }
  }
}
