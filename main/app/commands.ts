// The user's commands, one path for all three ways in: the tray menu (by action id), the command line of a second
// launch (`limber --pause 30m`) and the windows (IPC) all become a Command, and `runCommand` carries it out.
// A command line that is unknown or malformed is refused with a message naming what is allowed: never the argument
// itself, which could be anything another program put there (bidirectional controls that reorder the notice, a
// lookalike of a real command, a wall of text).
import { DEFAULT_PLAN_DAYS, PLAN_LENGTHS, type PlanLength } from '../core/sore-back'
import { PAUSE_DURATIONS, type PauseDuration, type ReminderAction, type TherapyMode } from './ipc-contract'
import type { Platform } from './platform'
import type { AppTexts } from './speech'
import { CATALOGS } from '../../locales/index'
import { MENU_ACTIONS } from './tray-menu'

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

/** What the running app does for each command. */
export interface CommandTarget {
  answer(id: string, action: ReminderAction): boolean
  pause(duration: PauseDuration): void
  resume(): void
  skipNext(): boolean
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
}

export interface CommandResult {
  ok: boolean
  /** What happened, in words (the command line prints it). */
  message: string
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
      const ok = app.skipNext()
      return { ok, message: ok ? said.skipped : said.nothingToSkip }
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
  }
}

function menuCommand(action: string): Command | null {
  return Object.prototype.hasOwnProperty.call(MENU_COMMANDS, action)
    ? MENU_COMMANDS[action as keyof typeof MENU_COMMANDS]
    : null
}

export type ParsedCommandLine = { ok: true; command: Command } | { ok: false; message: string }

// ─── The command line ─────────────────────────────────────────────────────────────────────────────────────

const SIMPLE: Readonly<Record<string, Command>> = {
  '--resume': { type: 'resume' },
  '--break-now': { type: 'break-now' },
  '--stretch-now': { type: 'stretch-now' },
  '--settings': { type: 'settings' },
  '--quit': { type: 'quit' },
}

/** How to use the command line, in English (the answers themselves are in the language in use). */
export const COMMAND_USAGE = CATALOGS.en.app.commandLine.usage

/** The values `--sore-back` takes: a plan's length in days, or "off" to end the plan. */
const SORE_BACK_VALUES = [...PLAN_LENGTHS.map((days) => `${days}d`), 'off']

const MAX_ARGS = 64
const MAX_ARG_LENGTH = 4096

/**
 * Switches that Chromium, Electron or the OS put on a relaunch's command line without the user typing them
 * (Windows passes e.g. `--allow-file-access-from-files` to the second instance, macOS may add `-psn_…`).
 * They are not ours to judge, so they are ignored rather than refused. Everything else starting with `-` is ours.
 */
const SHELL_SWITCH_PREFIXES = [
  '--allow-file-access-from-files',
  '--original-process-start-time',
  '--enable-',
  '--disable-',
  '--inspect',
  '--remote-debugging-',
  '--no-sandbox',
  '--js-flags',
  '--ozone-platform',
  '--force-device-scale-factor',
  '--lang=',
  '--user-data-dir',
  '-psn_',
]

/** True for switches the shell adds on its own; exported so the Electron layer and tests agree on the list. */
export function isShellSwitch(arg: string): boolean {
  return SHELL_SWITCH_PREFIXES.some((prefix) => arg === prefix || arg.startsWith(prefix))
}

/**
 * Parses argv (without the executable and app path). No command means "open the settings". One command per
 * launch: two would leave the order of e.g. `--pause 1h --resume` to guesswork. Never throws.
 */
export function parseCommandLine(
  args: readonly unknown[],
  texts: AppTexts = CATALOGS.en.app,
): ParsedCommandLine {
  const said = texts.commandLine
  // The problem, then how to use the command line: two sentences.
  const refuse = (problem: string): ParsedCommandLine => ({ ok: false, message: `${problem} ${said.usage}` })
  if (!Array.isArray(args)) return refuse(said.unreadable)
  if (args.length > MAX_ARGS) return refuse(said.tooMany({ count: args.length }))
  const commands: Command[] = []
  for (let i = 0; i < args.length; i++) {
    const arg: unknown = args[i]
    if (typeof arg !== 'string') return refuse(said.notText)
    if (arg.length > MAX_ARG_LENGTH) return refuse(said.tooLong({ position: i + 1, max: MAX_ARG_LENGTH }))
    if (arg === '' || isShellSwitch(arg)) continue
    if (arg === '--pause' || arg.startsWith('--pause=')) {
      const inline = arg.startsWith('--pause=')
      const value = inline ? arg.slice('--pause='.length) : args[i + 1]
      if (!inline) i++
      const duration = parsePauseDuration(value)
      if (!duration) return { ok: false, message: said.pauseNeeds({ values: PAUSE_DURATIONS.join(', ') }) }
      commands.push({ type: 'pause', duration })
      continue
    }
    if (arg === '--sore-back' || arg.startsWith('--sore-back=')) {
      const inline = arg.startsWith('--sore-back=')
      const next = args[i + 1]
      // The value is optional: the next argument is the plan's length unless it is another switch (or absent).
      const value = inline
        ? arg.slice('--sore-back='.length)
        : typeof next === 'string' && !next.startsWith('-')
          ? next
          : undefined
      if (!inline && value !== undefined) i++
      const command = parseSoreBack(value)
      if (!command) return { ok: false, message: said.soreBackTakes({ values: SORE_BACK_VALUES.join(', ') }) }
      commands.push(command)
      continue
    }
    const simple = Object.prototype.hasOwnProperty.call(SIMPLE, arg) ? SIMPLE[arg] : undefined
    if (simple) {
      commands.push(simple)
      continue
    }
    const known = Object.keys(SIMPLE).find((name) => arg.startsWith(`${name}=`))
    // The name is ours (from SIMPLE), not what was typed.
    if (known) return refuse(said.noValue({ name: known }))
    return refuse(said.unknown({ position: i + 1 }))
  }
  if (commands.length > 1) return refuse(said.oneAtATime({ count: commands.length }))
  return { ok: true, command: commands[0] ?? { type: 'settings' } }
}

function parsePauseDuration(value: unknown): PauseDuration | undefined {
  return PAUSE_DURATIONS.find((duration) => duration === value)
}

/** `--sore-back` alone is a plan of the default length; `2d` one of two days; `off` ends the plan. */
function parseSoreBack(value: string | undefined): Command | null {
  if (value === undefined) return { type: 'sore-back', days: DEFAULT_PLAN_DAYS }
  if (value === 'off') return { type: 'sore-back-end' }
  const days = PLAN_LENGTHS.find((length) => `${length}d` === value)
  return days === undefined ? null : { type: 'sore-back', days }
}
