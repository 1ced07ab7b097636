// The heads-up: a quiet notification a little before a posture or stretch break ("A posture break in 1 minute"),
// so the user can finish a sentence. Given once per break, never to an empty room, never while the user is busy,
// never over a reminder already on screen, and taken away when the break comes, is held or the user leaves.
import type { DueReminder } from '../../core/planning/next-due'
import { isActiveUseKind } from '../../core/planning/reminders'
import type { Preferences } from '../../core/preferences/index'
import type { Platform } from '../platform'
import type { Speech } from '../speech'
import { headsUpNotification } from './break-content'

export interface HeadsUpHooks {
  prefs(): Preferences
  speech(): Speech
  /** A reminder is on screen: no heads-up over it. */
  showing(): boolean
}

export class HeadsUp {
  /** The heads-up given last: which break it was for (`key@at`) and its notification's id. */
  private given: { mark: string; id: string } | null = null

  constructor(
    private readonly platform: Pick<Platform, 'notify' | 'closeNotification'>,
    private readonly hooks: HeadsUpHooks,
  ) {}

  /** When the heads-up for `due` would come, or null for none (only posture and stretch breaks get one). */
  at(due: DueReminder): number | null {
    const seconds = this.hooks.prefs().notifications.headsUpSeconds
    if (seconds <= 0 || !isActiveUseKind(due.kind) || due.snoozed) return null
    if (this.given?.mark === markOf(due)) return null
    return due.at - seconds * 1000
  }

  /** Gives the heads-up before `due` when its time has come, unless the user is away (or busy: `quiet`). */
  maybeGive(due: DueReminder | null, now: number, quiet: boolean): void {
    if (!due || quiet || this.hooks.showing()) return
    const at = this.at(due)
    if (at === null || now < at || now >= due.at) return
    const mark = markOf(due)
    this.given = { mark, id: `heads-up-${mark}` }
    const seconds = Math.round((due.at - now) / 1000)
    this.platform.notify(
      headsUpNotification(this.given.id, due.kind, seconds, this.hooks.speech()),
      () => undefined,
    )
  }

  /** Takes the heads-up off the screen (the break came or was held, the user left or paused, settings changed). */
  close(): void {
    if (this.given) this.platform.closeNotification(this.given.id)
  }
}

const markOf = (due: DueReminder): string => `${due.key}@${due.at}`
