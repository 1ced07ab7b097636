// One step of the running app, taken after every event (a timer, power, the tray, the command line, IPC): look at
// the clocks and the user, show what is due, record what passed unseen, give the prompts; then what wakes the app
// next (wake-ups.ts has the rules, wake-timers.ts the timers). Every change of the planner's state goes through the
// schedule's transitions.
import { logEvent } from '../log-events'
import { expiredOccurrences } from '../../core/planning/wall-clock-due'
import type { AppParts } from '../parts'
import { lookDue, nextWakeUps, samplingWanted, type WakeInputs, type WakeUps } from './wake-ups'

/** The parts a step looks at and moves on. */
export type StepParts = Pick<
  AppParts,
  | 'platform'
  | 'prefs'
  | 'schedule'
  | 'presence'
  | 'away'
  | 'clockWatch'
  | 'soreBack'
  | 'therapy'
  | 'screen'
  | 'dueNow'
  | 'busy'
  | 'prompts'
  | 'history'
  | 'sitting'
  | 'dayLimit'
  | 'persist'
  | 'checkIn'
>

/** Whether idle time is read every minute now, or looked at during a lock, and when it was last read. */
export type Looks = Omit<WakeInputs, 'now' | 'mono' | 'moments' | 'heldLook'>

export class Step {
  private lastCheckMono = 0
  /** When wall-clock reminders were last checked for having passed unseen, and when the next can. */
  private expiryCheck: { calendar: unknown; handled: readonly string[]; from: number; at: number } | null =
    null

  constructor(private readonly app: StepParts) {}

  run(now: number): void {
    const app = this.app
    app.presence.noteRunning(now)
    this.lookAtClocks(now)
    app.soreBack.expire(now)
    let looked = false
    if (lookDue({ mono: app.platform.clock.monotonic(), ...this.looks(now) })) {
      app.presence.sample(now)
      looked = true
    }
    app.therapy.advance(now, app.prefs.value.notifications.sound)
    const timeout = app.screen.timesOutAt
    const timedOut = app.screen.current
    if (timeout !== null && now >= timeout && timedOut) {
      app.schedule.apply({ type: 'answered', reminder: timedOut.reminder }, now)
      app.screen.end(app.screen.timeoutOutcome, now)
    }
    this.passOverExpired(now)
    for (let guard = 0; guard < 4; guard++) {
      const due = app.schedule.next(now)
      if (!due || due.at > now || app.dueNow.waitsForScreen(due)) break
      // Nothing is shown to an empty room: look at the user first (and so a held reminder's look is the sample's).
      if (!looked && app.prefs.value.naturalBreaks.enabled && !app.presence.away) {
        app.presence.sample(now)
        looked = true
        continue
      }
      if (app.dueNow.heldBack(due)) break
      app.dueNow.show(due, now, true, app.busy.release(now))
    }
    const next = app.schedule.next(now)
    app.busy.carryOn(next, now, app.prefs.value.posture.durationSeconds * 1000)
    app.screen.openWhenTypingPauses(now)
    app.screen.headsUp.maybeGive(next, now, app.presence.away || app.busy.holding)
    const promptDue = app.prompts.due(now)
    if (promptDue || app.dayLimit.due(now)) {
      // The morning check-in and the daily limit are for someone at the computer: look at the user first (busy or
      // not: mayPrompt). A departure the look finds takes its minutes back, so the limit may no longer be due.
      if (!looked && !app.presence.away) app.presence.sample(now)
      if (promptDue) app.prompts.prompt(now)
      else if (app.dayLimit.due(now) && app.prompts.mayPrompt(now)) app.dayLimit.tell(now)
    } else {
      app.busy.noPromptDue()
    }
    app.persist()
  }

  /** When the two timers should wake the app next, for what comes next. */
  wakeUps(now: number): WakeUps {
    const app = this.app
    const due = app.schedule.next(now)
    const headsUp = due ? app.screen.headsUp.at(due) : null
    const paused = app.schedule.pausedUntil(now)
    return nextWakeUps({
      now,
      mono: app.platform.clock.monotonic(),
      moments: [
        // A reminder waiting behind the one on screen comes when that one is answered or times out; one held while
        // the user is busy is looked at again by the watch (heldLook).
        due && !(due.at <= now && app.dueNow.heldBack(due, false)) ? due.at : null,
        headsUp !== null && headsUp > now ? headsUp : null,
        app.screen.timesOutAt,
        app.therapy.nextSwitch(now),
        typeof paused === 'number' ? paused : null,
        app.screen.windowLookAt,
        ...app.prompts.moments(now),
        app.dayLimit.nextMoment(now),
      ],
      heldLook: app.busy.nextLookMono(),
      ...this.looks(now),
    })
  }

  /** Whether idle time is read every minute now, or looked at during a lock, and when it was last read. */
  looks(now: number): Looks {
    const { presence, schedule } = this.app
    const { state, calendar } = schedule
    const prefs = calendar.prefs
    return {
      sampling: samplingWanted({
        paused: schedule.pausedUntil(now) !== null,
        locked: presence.locked,
        suspended: presence.suspended,
        idleAway: presence.idleAway,
        breakClocks:
          (prefs.posture.enabled && state.postureClockStart !== null) ||
          (prefs.stretch.enabled && state.stretchClockStart !== null),
        activeUseTime: () => calendar.isActiveUseTime(now),
      }),
      looking: presence.lockLookWanted,
      suspended: presence.suspended,
      lastSampleMono: presence.lastSampleMono,
      lastCheckMono: this.lastCheckMono,
    }
  }

  /** Wall, monotonic time and zone, compared at every wake-up: a change re-plans before anything else. */
  private lookAtClocks(now: number): void {
    const app = this.app
    const change = app.clockWatch.check(now)
    this.lastCheckMono = app.platform.clock.monotonic()
    if (change.zoneChanged) app.schedule.zoneChanged()
    const skew = change.jumpMs
    // Forward with no input all along, or with a resume that had no suspend: the machine slept, its events lost.
    // Nothing measured in elapsed time moves with it.
    if (app.presence.sleptThrough(skew, now) || skew === 0) return
    logEvent(app.platform, { event: 'clock-moved', seconds: Math.round(skew / 1000) })
    app.schedule.apply({ type: 'clock-jumped', deltaMs: skew }, now)
    // Everything measured in elapsed time moves with it.
    app.screen.shift(skew)
    app.therapy.shift(skew)
    app.presence.shift(skew)
    app.away.shift(skew)
    app.sitting.shift(skew)
    app.soreBack.shift(skew)
    app.busy.shift(skew)
    app.checkIn.shift(skew)
  }

  /** Wall-clock reminders whose moment passed unseen are recorded `missed`, once. */
  private passOverExpired(now: number): void {
    const { schedule, history } = this.app
    const last = this.expiryCheck
    const same = last && last.calendar === schedule.calendar && last.handled === schedule.state.handledKeys
    if (same && now < last.at && now >= last.from) return
    const expired = expiredOccurrences(schedule.calendar, schedule.state, now)
    for (const { occurrence, missed } of expired.occurrences) {
      if (missed) history.record(occurrence.kind, 'missed', occurrence.at)
    }
    const keys = expired.occurrences.map((e) => e.occurrence.key)
    schedule.apply({ type: 'passed-over', keys }, now)
    this.expiryCheck = {
      calendar: schedule.calendar,
      handled: schedule.state.handledKeys,
      from: now,
      at: expired.nextCheckAt,
    }
  }
}
