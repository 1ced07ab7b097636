// Runs one small system command for a probe (gsettings, pactl, reg, defaults…) with a hard time limit and a bound
// on its answer, in the C locale so its answer has the format the parsers expect, and kills it if it hangs, says
// too much, or the probe is aborted. The program is found in trusted folders only, and run by its full path
// (system-tools.ts): never from the working folder through a "." or empty PATH entry.
import { execFile } from 'node:child_process'
import { delimiter } from 'node:path'
import { findTool, trustedFolders } from './system-tools'

/** Why a command gave no answer: not installed, failed, or took too long. */
export class CommandError extends Error {
  constructor(
    message: string,
    /**
     * 'ENOENT' when the program is not installed, the exit code when it failed, 'TIMEOUT' when it hung, 'TOO_LONG'
     * when it said more than it may, 'ABORT' when the probe was stopped.
     */
    readonly code: string | number | undefined,
  ) {
    super(message)
    this.name = 'CommandError'
  }
}

export interface CommandOptions {
  signal: AbortSignal
  /** Kill the command after this many milliseconds (default 2 s). */
  timeoutMs?: number
  /** Kill the command once it has written more than this many bytes (default 1 MB). */
  maxBytes?: number
}

const DEFAULT_MAX_BYTES = 1024 * 1024

/** Answers the command's standard output; rejects with a CommandError naming the command on any failure. */
export async function runCommand(
  file: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<string> {
  const folders = trustedFolders()
  const program = await findTool(file, folders)
  if (program === null) throw new CommandError(`${file} is not installed`, 'ENOENT')
  if (options.signal.aborted) throw new CommandError(`${file} was stopped`, 'ABORT')
  const shown = [file, ...args].join(' ')
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  // What the tool itself starts is looked up in the same folders (Windows keeps its own PATH: its variables'
  // names ignore case, which a copied object would not).
  const path = process.platform === 'win32' ? {} : { PATH: folders.join(delimiter) }
  return new Promise((resolve, reject) => {
    execFile(
      program,
      args,
      {
        timeout: options.timeoutMs ?? 2000,
        killSignal: 'SIGKILL',
        maxBuffer: maxBytes,
        signal: options.signal,
        windowsHide: true,
        encoding: 'utf8',
        env: { ...process.env, ...path, LC_ALL: 'C', LANG: 'C' },
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout)
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: string | number }
        if (failure.code === 'ENOENT') return reject(new CommandError(`${file} is not installed`, 'ENOENT'))
        if (failure.name === 'AbortError') return reject(new CommandError(`${shown} was stopped`, 'ABORT'))
        if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
          return reject(new CommandError(`${shown} answered more than ${maxBytes} bytes`, 'TOO_LONG'))
        if (failure.killed)
          return reject(new CommandError(`${shown} took too long and was stopped`, 'TIMEOUT'))
        const said = String(stderr).trim().split('\n')[0] ?? ''
        reject(new CommandError(`${shown} failed${said ? `: ${said}` : ''}`, failure.code))
      },
    )
  })
}
