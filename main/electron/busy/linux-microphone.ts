// Linux: is a microphone in use? Asks the sound server with pactl (PulseAudio's tool; PipeWire answers it
// through pipewire-pulse, the default on current desktops). The decision is in answers/linux-microphone.ts.
import type { BusyReason } from '../../app/platform'
import { microphoneUsers } from './answers/linux-microphone'
import { CommandError, runCommand } from './command'
import type { BusyProbe } from './probe'

export function linuxMicrophoneProbe(): BusyProbe {
  const pactl = (args: string[], signal: AbortSignal) => runCommand('pactl', args, { signal })
  return {
    name: 'linux-microphone',
    reasons: ['call'],
    async available(signal) {
      try {
        await pactl(['list', 'short', 'sources'], signal)
        return { available: true }
      } catch (error) {
        if (error instanceof CommandError && error.code === 'ENOENT')
          return { available: false, why: ['no-pactl'] }
        return { available: false, why: ['no-sound-server'] }
      }
    },
    async check(signal): Promise<BusyReason[]> {
      const [outputs, sources] = await Promise.all([
        pactl(['list', 'source-outputs'], signal),
        pactl(['list', 'short', 'sources'], signal),
      ])
      return microphoneUsers(outputs, sources, process.pid).length > 0 ? ['call'] : []
    },
  }
}
