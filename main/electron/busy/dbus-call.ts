// Calls one D-Bus method with the desktop's own tools: `gdbus call` (glib's, on every GNOME and most KDE systems),
// or `dbus-send --print-reply` where glib's tools are missing. Run by their full paths, under a time limit, and
// stopped once they say more than one value takes (command.ts); their answers are read in answers/dbus-values.ts.
import { DBUS_ANSWER_MAX } from './answers/dbus-values'
import { CommandError, runCommand } from './command'

/** One argument, typed as dbus-send needs it ("uint32:8"); gdbus takes the bare value. */
export type DbusArgument = { type: 'uint32' | 'string'; value: string | number }

export interface DbusMethodCall {
  bus: 'session' | 'system'
  service: string
  path: string
  /** The interface's name and the method's, "org.gnome.Mutter.IdleMonitor.GetIdletime". */
  method: string
  args?: readonly DbusArgument[]
}

/** How to read the answer as each tool prints it. */
export interface DbusReaders<T> {
  gdbus(stdout: string): T
  dbusSend(stdout: string): T
}

export async function callDbus<T>(
  call: DbusMethodCall,
  read: DbusReaders<T>,
  signal: AbortSignal,
): Promise<T> {
  const args = call.args ?? []
  const options = { signal, maxBytes: DBUS_ANSWER_MAX }
  try {
    const gdbusArgs = ['call', `--${call.bus}`, '--dest', call.service, '--object-path', call.path]
    const values = args.map((arg) => String(arg.value))
    return read.gdbus(await runCommand('gdbus', [...gdbusArgs, '--method', call.method, ...values], options))
  } catch (error) {
    if (!(error instanceof CommandError && error.code === 'ENOENT')) throw error
  }
  const typed = args.map((arg) => `${arg.type}:${arg.value}`)
  const stdout = await runCommand(
    'dbus-send',
    [`--${call.bus}`, '--print-reply', `--dest=${call.service}`, call.path, call.method, ...typed],
    options,
  )
  return read.dbusSend(stdout)
}
