// macOS: is a call on (a camera running, or another app recording audio)? Asks CoreMediaIO and CoreAudio with
// koffi; both answer without any permission prompt. The decision is in answers/macos-capture.ts.
import type { BusyReason } from '../../app/platform'
import { fourCC, macCallInProgress, type CaptureAnswers } from './answers/macos-capture'
import type { BusyProbe } from './probe'

const FRAMEWORKS = '/System/Library/Frameworks'
const SYSTEM_OBJECT = 1
const GLOBAL = fourCC('glob')
const INPUT = fourCC('inpt')
const DEVICES = fourCC('dev#')
const STREAMS = fourCC('stm#')
const RUNNING_SOMEWHERE = fourCC('gone')
const PROCESSES = fourCC('prs#')
const PROCESS_PID = fourCC('ppid')
const PROCESS_RECORDING = fourCC('piri')

let reader: Promise<() => CaptureAnswers> | undefined

/** Binds the CoreAudio and CoreMediaIO calls once (only on macOS, only when first asked). */
function captureReader(): Promise<() => CaptureAnswers> {
  return (reader ??= import('koffi').then(({ default: koffi }) => {
    const audio = koffi.load(`${FRAMEWORKS}/CoreAudio.framework/CoreAudio`)
    const media = koffi.load(`${FRAMEWORKS}/CoreMediaIO.framework/CoreMediaIO`)
    koffi.struct('PropertyAddress', { selector: 'uint32_t', scope: 'uint32_t', element: 'uint32_t' })
    const audioSize = audio.func(
      'int32_t AudioObjectGetPropertyDataSize(uint32_t object, const PropertyAddress *address, uint32_t qualifierSize, void *qualifier, uint32_t *size)',
    )
    const audioData = audio.func(
      'int32_t AudioObjectGetPropertyData(uint32_t object, const PropertyAddress *address, uint32_t qualifierSize, void *qualifier, uint32_t *size, void *data)',
    )
    const mediaSize = media.func(
      'int32_t CMIOObjectGetPropertyDataSize(uint32_t object, const PropertyAddress *address, uint32_t qualifierSize, void *qualifier, uint32_t *size)',
    )
    const mediaData = media.func(
      'int32_t CMIOObjectGetPropertyData(uint32_t object, const PropertyAddress *address, uint32_t qualifierSize, void *qualifier, uint32_t size, uint32_t *used, void *data)',
    )
    const address = (selector: number, scope = GLOBAL) => ({ selector, scope, element: 0 })

    /** A property holding UInt32s (object ids, flags): [] when the object does not have it. */
    const audioWords = (object: number, selector: number, scope = GLOBAL): Uint32Array => {
      const size = new Uint32Array(1)
      if (audioSize(object, address(selector, scope), 0, null, size) !== 0 || !size[0])
        return new Uint32Array(0)
      const words = new Uint32Array(size[0] / 4)
      if (audioData(object, address(selector, scope), 0, null, size, words) !== 0) return new Uint32Array(0)
      return words.subarray(0, size[0] / 4)
    }
    const mediaWords = (object: number, selector: number): Uint32Array => {
      const size = new Uint32Array(1)
      if (mediaSize(object, address(selector), 0, null, size) !== 0 || !size[0]) return new Uint32Array(0)
      const words = new Uint32Array(size[0] / 4)
      const used = new Uint32Array(1)
      if (mediaData(object, address(selector), 0, null, size[0], used, words) !== 0) return new Uint32Array(0)
      return words.subarray(0, (used[0] ?? 0) / 4)
    }

    return () => {
      const cameras = [...mediaWords(SYSTEM_OBJECT, DEVICES)].map(
        (camera) => mediaWords(camera, RUNNING_SOMEWHERE)[0] === 1,
      )
      const inputDevices = [...audioWords(SYSTEM_OBJECT, DEVICES)]
        .filter((device) => audioWords(device, STREAMS, INPUT).length > 0)
        .map((device) => audioWords(device, RUNNING_SOMEWHERE)[0] === 1)
      // The process list exists from macOS 14.2; older systems do not have the property (an empty answer).
      const processIds = audioWords(SYSTEM_OBJECT, PROCESSES)
      const audioProcesses =
        processIds.length === 0
          ? undefined
          : [...processIds].map((process) => ({
              pid: audioWords(process, PROCESS_PID)[0] ?? 0,
              recording: audioWords(process, PROCESS_RECORDING)[0] === 1,
            }))
      return { cameras, inputDevices, audioProcesses }
    }
  }))
}

export function macCaptureProbe(): BusyProbe {
  return {
    name: 'macos-capture',
    reasons: ['call'],
    async available() {
      ;(await captureReader())()
      return { available: true }
    },
    async check(): Promise<BusyReason[]> {
      return macCallInProgress((await captureReader())(), process.pid) ? ['call'] : []
    },
  }
}
