// The prompts that are not reminders: the morning check-in and the brace reminder. When they are due, whether one
// may come now (someone at the computer, nothing on screen, not paused, not sleep time, the user not busy), and
// the moments the app must wake for them.
import { addDays, dateKeyOf } from '../../core/local-time'
import type { Preferences } from '../../core/preferences/index'
import type { BusyHold } from '../busy/hold'
import type { OnScreen } from '../on-screen/on-screen'
import type { Presence } from '../presence/presence'
import type { Schedule } from '../timing/schedule'
import type { MorningCheckIn, WakingDay } from './check-in'
import type { SoreBackPlan } from './plan'

export interface PromptsPort {
  schedule: Pick<Schedule, 'calendar' | 'pausedUntil'>
  presence: Pick<Presence, 'away'>
  screen: Pick<OnScreen, 'current'>
  busy: Pick<BusyHold, 'noPromptDue' | 'promptWaits'>
  checkIn: Pick<MorningCheckIn, 'due' | 'ask' | 'nextMoment'>
  soreBack: Pick<SoreBackPlan, 'running' | 'day' | 'morning' | 'braceDueAt' | 'tellBrace' | 'nextMoment'>
  /** The stored preferences (whether the check-in is on). */
  prefs(): Preferences
}

export class Prompts {
  constructor(private readonly port: PromptsPort) {}

  /**
   * Whether a prompt may come now: someone at the computer, nothing on screen, not paused, not sleep time, and the
   * user not busy (a call, a presentation, a full-screen app, Do Not Disturb, as their "Don't interrupt" settings
   * say). A busy user is asked later, not held: the prompt comes within a minute after the busy state ends
   * (BusyHold.promptWaits), saying nothing of the wait. The system is asked last, only when everything else allows
   * the prompt.
   */
  mayPrompt(now: number): boolean {
    const { schedule, busy } = this.port
    const otherwise =
      !this.port.presence.away &&
      !this.port.screen.current &&
      schedule.pausedUntil(now) === null &&
      !schedule.calendar.isQuietTime(now)
    if (!otherwise) {
      busy.noPromptDue()
      return false
    }
    return !busy.promptWaits()
  }

  /** Whether the check-in is on: its preference, or a sore-back plan running. */
  checkInOn(now: number): boolean {
    return this.port.prefs().checkIn.enabled || this.port.soreBack.running(now) !== null
  }

  /** A prompt is due now (the step looks at the user first). */
  due(now: number): boolean {
    const brace = this.port.soreBack.braceDueAt(now)
    return (
      this.port.checkIn.due(now, this.checkInOn(now), this.wakeTimes(now).today) ||
      (brace !== null && now >= brace)
    )
  }

  /** Shows what is due of the prompts, one at a time: the morning check-in first, then the brace reminder. */
  prompt(now: number): void {
    if (!this.mayPrompt(now)) return
    const { checkIn, soreBack } = this.port
    if (checkIn.due(now, this.checkInOn(now), this.wakeTimes(now).today)) {
      // The first minute of a plan day: the check-in offers heat or ice, and the brace's wear counts from here.
      soreBack.morning(now)
      checkIn.ask(now, soreBack.day(now), this.port.schedule.calendar.prefs)
      return
    }
    const brace = soreBack.braceDueAt(now)
    if (brace !== null && now >= brace) soreBack.tellBrace(now)
  }

  /** The next moments the prompts and the plan need a wake-up for. */
  moments(now: number): (number | null)[] {
    const wake = this.wakeTimes(now)
    return [
      this.port.checkIn.nextMoment(now, this.checkInOn(now), wake.today, wake.tomorrow),
      this.port.soreBack.nextMoment(now),
    ]
  }

  /** Today's waking period (from the night that began yesterday evening, awake from its end), and tomorrow's wake. */
  private wakeTimes(now: number): { today: WakingDay; tomorrow: number } {
    const calendar = this.port.schedule.calendar
    const today = dateKeyOf(new Date(now))
    const lastNight = calendar.night(addDays(today, -1))
    return {
      today: { since: lastNight.bedtime.getTime(), wakeAt: lastNight.wake.getTime() },
      tomorrow: calendar.night(today).wake.getTime(),
    }
  }
}
