// Runs one small system command for a probe (gsettings, pactl, reg, defaults…) with a hard time limit, in the
// C locale so its answer has the format the parsers expect, and kills it if it hangs or the probe is aborted.
import { execFile } from 'node:child_process'

/** Why a command gave no answer: not installed, failed, or took too long. */
export class CommandError extends Error {
  constructor(
    message: string,
    /** 'ENOENT' when the program is not installed, the exit code when it failed, 'TIMEOUT' when it hung. */
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
}

/** Answers the command's standard output; rejects with a CommandError naming the command on any failure. */
export function runCommand(file: string, args: readonly string[], options: CommandOptions): Promise<string> {
  const shown = [file, ...args].join(' ')
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      {
        timeout: options.timeoutMs ?? 2000,
        killSignal: 'SIGKILL',
        maxBuffer: 4 * 1024 * 1024,
        signal: options.signal,
        windowsHide: true,
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout)
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: string | number }
        if (failure.code === 'ENOENT') return reject(new CommandError(`${file} is not installed`, 'ENOENT'))
        if (failure.name === 'AbortError') return reject(new CommandError(`${shown} was stopped`, 'ABORT'))
        if (failure.killed)
          return reject(new CommandError(`${shown} took too long and was stopped`, 'TIMEOUT'))
        const said = String(stderr).trim().split('\n')[0] ?? ''
        reject(new CommandError(`${shown} failed${said ? `: ${said}` : ''}`, failure.code))
      },
    )
  })
}
