// Limber's entry point for a shell (main/electron, or the tests): `startLimber(platform)` starts the running app
// and answers with what the shell calls into: IPC calls, second-launch command lines, window closes, dispose.
import { parseCommandLine, type Command } from './commands'
import { FirstRun } from './first-run' // issue 12
import { handleIpc, ipcHandlers } from './ipc-handlers'
import { Limber } from './limber'
import type { LimberApp, Platform, StartLimber } from './platform'

export type { LimberApp, Platform } from './platform'
export { parseCommandLine } from './commands'

export const startLimber: StartLimber = (platform: Platform): LimberApp => {
  const app = new Limber(platform)
  const firstRun = new FirstRun(platform, () => app.getPreferences().notifications.sound) // issue 12
  const handlers = { ...ipcHandlers(app), ...firstRun.handlers } // issue 12: + the first run's channels
  firstRun.openWelcomeOnFirstStart(() => app.openSettings()) // issue 12
  return {
    handleIpc: (channel, payload, sender) => {
      try {
        return Promise.resolve(handleIpc(handlers, platform, channel, payload, sender))
      } catch (error) {
        platform.log('error', 'IPC call failed', error)
        return Promise.resolve({ error: 'internal error' })
      }
    },
    handleCommandLine: (args) => {
      const parsed = parseCommandLine(args)
      if (!parsed.ok) return parsed
      try {
        return { ok: true, message: run(app, platform, parsed.command) }
      } catch (error) {
        platform.log('error', 'command failed', error)
        return { ok: false, message: 'Limber could not do that; see the log.' }
      }
    },
    windowClosed: (kind) => app.guard(() => app.windowClosed(kind)),
    dispose: () => app.dispose(),
  }
}

const PAUSE_WORDS = {
  '30m': 'for 30 minutes',
  '1h': 'for 1 hour',
  '2h': 'for 2 hours',
  'until-morning': 'until tomorrow morning',
  forever: 'until you resume',
} as const

function run(app: Limber, platform: Platform, command: Command): string {
  switch (command.type) {
    case 'pause':
      app.pause(command.duration)
      return `Limber is paused ${PAUSE_WORDS[command.duration]}.`
    case 'resume':
      app.resume()
      return 'Limber is running again.'
    case 'break-now':
      app.breakNow('posture')
      return 'Posture break started.'
    case 'stretch-now':
      app.breakNow('stretch')
      return 'Stretch break started.'
    case 'settings':
      app.openSettings()
      return 'Settings opened.'
    case 'quit':
      platform.quit()
      return 'Limber is quitting.'
  }
}
