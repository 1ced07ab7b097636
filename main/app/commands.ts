// Reads the command line of a second launch (`limber --pause 30m`) into one command for the running instance.
// Anything unknown or malformed is refused with a message naming the argument and what is allowed.
import { PAUSE_DURATIONS, type PauseDuration } from './ipc-contract'

export type Command =
  | { type: 'pause'; duration: PauseDuration }
  | { type: 'resume' }
  | { type: 'break-now' }
  | { type: 'stretch-now' }
  | { type: 'settings' }
  | { type: 'quit' }

export type ParsedCommandLine = { ok: true; command: Command } | { ok: false; message: string }

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
