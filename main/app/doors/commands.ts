// The user's commands, one path for all three ways in: the tray menu (by action id), the command line of a second
// launch (`limber --pause 30m`, read by command-line.ts) and the windows (IPC) all become a Command, and
// `runCommand` carries it out, saying what happened in the language in use.
import { DEFAULT_PLAN_DAYS, type PlanLength } from '../../core/sore-back/days'
import type { PauseDuration, ReminderAction, TherapyMode } from './choices'
import type { Platform } from '../platform'
import type { AppTexts } from '../speech'
import { CATALOGS } from '../../../locales/index'
import { MENU_ACTIONS } from '../surfaces/tray-menu'

export type Command =
  | { type: 'pause'; duration: PauseDuration }
  | { type: 'resume' }
  | { type: 'break-now' }
  | { type: 'stretch-now' }
  | { type: 'skip-next' }
  | { type: 'therapy-start'; mode: TherapyMode }
  | { type: 'therapy-stop' }
  | { type: 'show-break' }
  | { type: 'settings' }
  | { type: 'quit' }
  /** Done, snooze or skip for the reminder on screen, named by its showing's id. */
  | { type: 'answer'; id: string; action: ReminderAction }
  /** The emergency way out of a break without Skip (Esc held for three seconds): recorded as skipped. */
  | { type: 'emergency-exit'; id: string }
  /** "My back hurts today": a gentler plan for `days` local days, from today. */
  | { type: 'sore-back'; days: PlanLength }
  | { type: 'sore-back-end' }
  /** The sore-back plan's notices (when to see a doctor, "it keeps coming back") were read. */
  | { type: 'sore-back-seen' }
  /** The brace went on now (its wear counts from here), or came off. */
  | { type: 'brace'; on: boolean }
  /** The morning check-in's answer: back pain 0–10 and an optional word. */
  | { type: 'check-in'; pain: number; word: string }
  /** "Not today" to the morning check-in. */
  | { type: 'check-in-dismiss' }
  /** `limber --import-routine FILE`: a routine file, its path as typed, relative to `cwd` (where it was typed). */
  | { type: 'import-routine'; path: string; cwd?: string }
  /** "Check for updates" (About). */
  | { type: 'update-check' }
  /** Quit and install the downloaded update now (after the break on screen, if one is). */
  | { type: 'update-install' }

/** What the running app does for each command. */
export interface CommandTarget {
  answer(id: string, action: ReminderAction): boolean
  emergencyExit(id: string): boolean
  pause(duration: PauseDuration): void
  resume(): void
  /** 'kept': firm mode keeps the next break (pause instead). */
  skipNext(): 'skipped' | 'none' | 'kept'
  breakNow(kind: 'posture' | 'stretch'): boolean
  startTherapy(mode: TherapyMode): void
  stopTherapy(): void
  showBreak(): void
  openSettings(): void
  startSoreBack(days: PlanLength): { doctorNotice: boolean }
  /** False when no plan was running. */
  endSoreBack(): boolean
  putAwaySoreBackNotices(): void
  /** False when no plan runs (the brace reminder belongs to the plan). */
  setBrace(on: boolean): boolean
  /** False when the answer is not a pain of 0–10. */
  checkIn(pain: number, word: string): boolean
  dismissCheckIn(): void
  /** Imports a routine file and tells the user what it imported or why not (a notification). */
  importRoutine(path: string, cwd: string | undefined): CommandResult
  checkForUpdates(): void
  /** False when no update is ready. */
  installUpdate(): boolean
}

export interface CommandResult {
  ok: boolean
  /** What happened, in words (the command line prints it). */
  message: string
  /** The app has told the user already (a notification): the shell only logs it. */
  told?: boolean
}

/** The tray's action ids (tray-menu.ts) and the command each one stands for. */
const MENU_COMMANDS: Readonly<Record<(typeof MENU_ACTIONS)[keyof typeof MENU_ACTIONS], Command>> = {
  'break-now': { type: 'break-now' },
  'stretch-now': { type: 'stretch-now' },
  'therapy-ice': { type: 'therapy-start', mode: 'ice' },
  'therapy-heat': { type: 'therapy-start', mode: 'heat' },
  'therapy-stop': { type: 'therapy-stop' },
  'pause-30m': { type: 'pause', duration: '30m' },
  'pause-1h': { type: 'pause', duration: '1h' },
  'pause-2h': { type: 'pause', duration: '2h' },
  'pause-until-morning': { type: 'pause', duration: 'until-morning' },
  'pause-forever': { type: 'pause', duration: 'forever' },
  resume: { type: 'resume' },
  'skip-next': { type: 'skip-next' },
  'show-break': { type: 'show-break' },
  'sore-back': { type: 'sore-back', days: DEFAULT_PLAN_DAYS },
  'sore-back-off': { type: 'sore-back-end' },
  'update-install': { type: 'update-install' },
  settings: { type: 'settings' },
  quit: { type: 'quit' },
}

/**
 * Carries out a command (or a tray action id) on the app and says what happened in `texts`' language. Unknown
 * action ids are logged and refused.
 */
export function runCommand(
  app: CommandTarget,
  input: Command | string,
  platform: Pick<Platform, 'log' | 'quit'>,
  texts: AppTexts = CATALOGS.en.app,
): CommandResult {
  const said = texts.commands
  const command = typeof input === 'string' ? menuCommand(input) : input
  if (!command) {
    platform.log('warn', `unknown menu action ${JSON.stringify(String(input).slice(0, 40))}`)
    return { ok: false, message: said.unknown }
  }
  switch (command.type) {
    case 'pause':
      app.pause(command.duration)
      return { ok: true, message: said.paused[command.duration] }
    case 'resume':
      app.resume()
      return { ok: true, message: said.resumed }
    case 'break-now':
      return { ok: app.breakNow('posture'), message: said.postureStarted }
    case 'stretch-now':
      return { ok: app.breakNow('stretch'), message: said.stretchStarted }
    case 'skip-next': {
      const skipped = app.skipNext()
      const message = { skipped: said.skipped, none: said.nothingToSkip, kept: said.skipKept }[skipped]
      return { ok: skipped === 'skipped', message }
    }
    case 'therapy-start':
      app.startTherapy(command.mode)
      return { ok: true, message: command.mode === 'ice' ? said.iceStarted : said.heatStarted }
    case 'therapy-stop':
      app.stopTherapy()
      return { ok: true, message: said.therapyStopped }
    case 'show-break':
      app.showBreak()
      return { ok: true, message: said.breakShown }
    case 'settings':
      app.openSettings()
      return { ok: true, message: said.settingsShown }
    case 'quit':
      platform.quit()
      return { ok: true, message: said.quitting }
    case 'answer': {
      const ok = app.answer(command.id, command.action)
      return { ok, message: ok ? said.answered : said.goneFromScreen }
    }
    case 'emergency-exit': {
      const ok = app.emergencyExit(command.id)
      return { ok, message: ok ? said.answered : said.goneFromScreen }
    }
    case 'sore-back': {
      const { doctorNotice } = app.startSoreBack(command.days)
      const started = command.days === 1 ? said.planStartedToday : said.planStarted({ count: command.days })
      // Two sentences: what started, then where the doctor's signs are.
      return { ok: true, message: doctorNotice ? `${started} ${said.seeDoctorNote}` : started }
    }
    case 'sore-back-end': {
      const ended = app.endSoreBack()
      return { ok: true, message: ended ? said.planEnded : said.noPlan }
    }
    case 'sore-back-seen':
      app.putAwaySoreBackNotices()
      return { ok: true, message: said.noted }
    case 'brace': {
      const ok = app.setBrace(command.on)
      return { ok, message: ok ? said.noted : said.braceWithoutPlan }
    }
    case 'check-in': {
      const ok = app.checkIn(command.pain, command.word)
      return { ok, message: ok ? said.checkInKept : said.checkInRange }
    }
    case 'check-in-dismiss':
      app.dismissCheckIn()
      return { ok: true, message: said.noCheckIn }
    case 'import-routine':
      return app.importRoutine(command.path, command.cwd)
    case 'update-check':
      app.checkForUpdates()
      return { ok: true, message: said.updateChecking }
    case 'update-install': {
      const ok = app.installUpdate()
      return { ok, message: ok ? said.updateInstalling : said.updateNotReady }
    }
  }
}

function menuCommand(action: string): Command | null {
  const named = Object.entries(MENU_COMMANDS).find(([id]) => id === action)
  return named ? named[1] : null
}
