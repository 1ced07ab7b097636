// Limber's entry point for a shell (main/electron, or the tests): `startLimber(platform)` starts the running app
// and answers with what the shell calls into: IPC calls, second-launch command lines, window closes, dispose.
import { busyDetectorsOf } from './busy/detectors'
import { parseCommandLine } from './doors/commands'
import { FirstRun } from './doors/first-run'
import { handleIpc, ipcHandlers } from './doors/ipc-handlers'
import { Limber } from './limber'
import type { LimberApp, Platform, StartLimber } from './platform'

export type { LimberApp, Platform } from './platform'
export { parseCommandLine } from './doors/commands'

export const startLimber: StartLimber = (platform: Platform): LimberApp => {
  const app = new Limber(platform)
  // The welcome shown once, on the very first start, and its channels (welcome, test reminder).
  const firstRun = new FirstRun(
    platform,
    () => app.getPreferences().notifications.sound,
    () => app.speech().texts.app,
  )
  const handlers = {
    ...ipcHandlers(app),
    ...firstRun.handlers,
    'busy:detectors': () => busyDetectorsOf(platform, app.speech().texts.app),
  }
  firstRun.openWelcomeOnFirstStart(() => platform.openWindow('settings'))
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
      const texts = app.speech().texts.app
      const parsed = parseCommandLine(args, texts)
      if (!parsed.ok) return parsed
      try {
        return app.run(parsed.command)
      } catch (error) {
        platform.log('error', 'command failed', error)
        return { ok: false, message: texts.commands.failed }
      }
    },
    windowClosed: (kind) => app.guard(() => app.windowClosed(kind)),
    dialogTexts: () => app.speech().texts.app.dialogs,
    dispose: () => app.dispose(),
  }
}
