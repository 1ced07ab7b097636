// The user's commands, one path for all three ways in: the tray menu (by action id), the command line of a second
// launch (`limber --pause 30m`) and the windows (IPC) all become a Command, and `runCommand` carries it out.
// A command line that is unknown or malformed is refused with a message naming the argument and what is allowed.
import { PAUSE_DURATIONS, type PauseDuration, type ReminderAction, type TherapyMode } from './ipc-contract'
import type { Platform } from './platform'
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
  settings: { type: 'settings' },
  quit: { type: 'quit' },
}

const PAUSE_WORDS = {
  '30m': 'for 30 minutes',
  '1h': 'for 1 hour',
  '2h': 'for 2 hours',
  'until-morning': 'until tomorrow morning',
  forever: 'until you resume',
} as const

/** Carries out a command (or a tray action id) on the app. Unknown action ids are logged and refused. */
export function runCommand(
  app: CommandTarget,
  input: Command | string,
  platform: Pick<Platform, 'log' | 'quit'>,
): CommandResult {
  const command = typeof input === 'string' ? menuCommand(input) : input
  if (!command) {
    platform.log('warn', `unknown menu action ${JSON.stringify(String(input).slice(0, 40))}`)
    return { ok: false, message: 'Limber does not know that command.' }
  }
  switch (command.type) {
    case 'pause':
      app.pause(command.duration)
      return { ok: true, message: `Limber is paused ${PAUSE_WORDS[command.duration]}.` }
    case 'resume':
      app.resume()
      return { ok: true, message: 'Limber is running again.' }
    case 'break-now':
      return { ok: app.breakNow('posture'), message: 'Posture break started.' }
    case 'stretch-now':
      return { ok: app.breakNow('stretch'), message: 'Stretch break started.' }
    case 'skip-next': {
      const ok = app.skipNext()
      return { ok, message: ok ? 'The next reminder is skipped.' : 'No reminder is coming up.' }
    }
    case 'therapy-start':
      app.startTherapy(command.mode)
      return { ok: true, message: `${command.mode === 'ice' ? 'Ice' : 'Heat'} timer started.` }
    case 'therapy-stop':
      app.stopTherapy()
      return { ok: true, message: 'Therapy timer stopped.' }
    case 'show-break':
      app.showBreak()
      return { ok: true, message: 'Break window opened.' }
    case 'settings':
      app.openSettings()
      return { ok: true, message: 'Settings opened.' }
    case 'quit':
      platform.quit()
      return { ok: true, message: 'Limber is quitting.' }
    case 'answer': {
      const ok = app.answer(command.id, command.action)
      return { ok, message: ok ? 'Answered.' : 'That reminder is no longer on screen.' }
    }
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

export const COMMAND_USAGE =
  'Use one of: --pause 30m|1h|2h|until-morning|forever, --resume, --break-now, --stretch-now, --settings, --quit.'

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
export function parseCommandLine(args: readonly unknown[]): ParsedCommandLine {
  if (!Array.isArray(args))
    return { ok: false, message: `The command line could not be read. ${COMMAND_USAGE}` }
  if (args.length > MAX_ARGS) {
    return { ok: false, message: `Too many arguments (${args.length}). ${COMMAND_USAGE}` }
  }
  const commands: Command[] = []
  for (let i = 0; i < args.length; i++) {
    const arg: unknown = args[i]
    if (typeof arg !== 'string') return { ok: false, message: `Arguments must be text. ${COMMAND_USAGE}` }
    if (arg.length > MAX_ARG_LENGTH) {
      return { ok: false, message: `Argument ${quote(arg)} is too long. ${COMMAND_USAGE}` }
    }
    if (arg === '' || isShellSwitch(arg)) continue
    if (arg === '--pause' || arg.startsWith('--pause=')) {
      const inline = arg.startsWith('--pause=')
      const value = inline ? arg.slice('--pause='.length) : args[i + 1]
      if (!inline) i++
      const duration = parsePauseDuration(value)
      if (!duration) {
        const got = typeof value === 'string' && value !== '' ? `, got ${quote(value)}` : ''
        return { ok: false, message: `--pause needs how long: ${PAUSE_DURATIONS.join(', ')}${got}.` }
      }
      commands.push({ type: 'pause', duration })
      continue
    }
    const simple = Object.prototype.hasOwnProperty.call(SIMPLE, arg) ? SIMPLE[arg] : undefined
    if (simple) {
      commands.push(simple)
      continue
    }
    const known = Object.keys(SIMPLE).find((name) => arg.startsWith(`${name}=`))
    if (known) return { ok: false, message: `${known} takes no value, got ${quote(arg)}. ${COMMAND_USAGE}` }
    return { ok: false, message: `Unknown argument ${quote(arg)}. ${COMMAND_USAGE}` }
  }
  if (commands.length > 1) {
    return { ok: false, message: `Give one command at a time, got ${commands.length}. ${COMMAND_USAGE}` }
  }
  return { ok: true, command: commands[0] ?? { type: 'settings' } }
}

function parsePauseDuration(value: unknown): PauseDuration | undefined {
  return PAUSE_DURATIONS.find((duration) => duration === value)
}

/** Quotes an argument for a message, shortened so a pasted megabyte does not end up in a notification. */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
}
