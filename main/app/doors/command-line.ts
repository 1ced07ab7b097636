// The command line of a second launch (`limber --pause 30m`): argv becomes one Command (commands.ts), or is refused
// with a message naming what is allowed: never the argument itself, which could be anything another program put
// there (bidirectional controls that reorder the notice, a lookalike of a real command, a wall of text). Switches
// the shell adds on its own are ignored.
import { DEFAULT_PLAN_DAYS, PLAN_LENGTHS } from '../../core/sore-back/days'
import { CATALOGS } from '../../../locales/index'
import type { AppTexts } from '../speech'
import { PAUSE_DURATIONS, type PauseDuration } from './choices'
import type { Command } from './commands'

export type ParsedCommandLine = { ok: true; command: Command } | { ok: false; message: string }

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
  /** The folder the command was typed in (a routine file's path is taken from there). */
  cwd?: string,
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
    if (arg === '--import-routine' || arg.startsWith('--import-routine=')) {
      const inline = arg.startsWith('--import-routine=')
      const value = inline ? arg.slice('--import-routine='.length) : args[i + 1]
      if (!inline) i++
      if (typeof value !== 'string' || value === '') return refuse(texts.routines.needsFile)
      commands.push({ type: 'import-routine', path: value, ...(cwd !== undefined ? { cwd } : {}) })
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
