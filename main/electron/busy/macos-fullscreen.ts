// macOS: full screen and presenting, through CoreGraphics called with koffi (prebuilt; no native build, and no
// permission prompt: window bounds and owners need no Screen Recording access). Lists the on-screen windows
// front to back and the displays, then decides with the pure macScreenReasons() in answers/macos-fullscreen.ts.
import type { BusyReason } from '../../app/platform'
import { macScreenReasons, type DisplayInfo, type Rect, type WindowInfo } from './answers/macos-fullscreen'
import type { BusyProbe } from './probe'

const FRAMEWORKS = '/System/Library/Frameworks'
/** kCGWindowListOptionOnScreenOnly | kCGWindowListExcludeDesktopElements. */
const ON_SCREEN_APP_WINDOWS = (1 << 0) | (1 << 4)
const UTF8 = 0x08000100
const NUMBER_DOUBLE = 13

interface ScreenReader {
  windows(): WindowInfo[]
  displays(): DisplayInfo[]
}

let reader: Promise<ScreenReader> | undefined

/** Binds the CoreFoundation and CoreGraphics calls once (only on macOS, only when first asked). */
function screenReader(): Promise<ScreenReader> {
  return (reader ??= import('koffi').then(({ default: koffi }) => {
    const cf = koffi.load(`${FRAMEWORKS}/CoreFoundation.framework/CoreFoundation`)
    const cg = koffi.load(`${FRAMEWORKS}/CoreGraphics.framework/CoreGraphics`)
    koffi.struct('CGRect', { x: 'double', y: 'double', width: 'double', height: 'double' })
    const copyWindowInfo = cg.func(
      'void *CGWindowListCopyWindowInfo(uint32_t option, uint32_t relativeToWindow)',
    )
    const rectFromDictionary = cg.func(
      'bool CGRectMakeWithDictionaryRepresentation(void *dict, _Out_ CGRect *rect)',
    )
    const activeDisplays = cg.func(
      'int32_t CGGetActiveDisplayList(uint32_t max, uint32_t *displays, uint32_t *count)',
    )
    const displayBounds = cg.func('CGRect CGDisplayBounds(uint32_t display)')
    const isMirrored = cg.func('int CGDisplayIsInMirrorSet(uint32_t display)')
    const count = cf.func('long CFArrayGetCount(void *array)')
    const at = cf.func('void *CFArrayGetValueAtIndex(void *array, long index)')
    const value = cf.func('void *CFDictionaryGetValue(void *dict, void *key)')
    const string = cf.func(
      'void *CFStringCreateWithCString(void *allocator, const char *text, uint32_t encoding)',
    )
    const numberValue = cf.func('bool CFNumberGetValue(void *number, long type, double *value)')
    const release = cf.func('void CFRelease(void *object)')
    // The kCGWindow… key constants are CFStrings whose text is their own name.
    const key = (name: string): unknown => string(null, name, UTF8)
    const keys = {
      pid: key('kCGWindowOwnerPID'),
      layer: key('kCGWindowLayer'),
      bounds: key('kCGWindowBounds'),
    }
    const number = (dict: unknown, name: unknown): number => {
      const cfNumber = value(dict, name)
      const out = new Float64Array(1)
      if (!cfNumber || !numberValue(cfNumber, NUMBER_DOUBLE, out)) return Number.NaN
      return out[0] ?? Number.NaN
    }
    return {
      windows() {
        const list = copyWindowInfo(ON_SCREEN_APP_WINDOWS, 0)
        if (!list) throw new Error('CGWindowListCopyWindowInfo answered nothing')
        try {
          const windows: WindowInfo[] = []
          for (let index = 0, total = Number(count(list)); index < total; index++) {
            const dict = at(list, index)
            const bounds: Partial<Rect> = {}
            const boundsDict = value(dict, keys.bounds)
            if (!boundsDict || !rectFromDictionary(boundsDict, bounds)) continue
            windows.push({
              pid: number(dict, keys.pid),
              layer: number(dict, keys.layer),
              bounds: bounds as Rect,
            })
          }
          return windows
        } finally {
          release(list)
        }
      },
      displays() {
        const ids = new Uint32Array(16)
        const found = new Uint32Array(1)
        const error = activeDisplays(ids.length, ids, found) as number
        if (error !== 0) throw new Error(`CGGetActiveDisplayList failed (${error})`)
        return [...ids.subarray(0, found[0])].map((id) => ({
          bounds: displayBounds(id) as Rect,
          mirrored: (isMirrored(id) as number) !== 0,
        }))
      },
    }
  }))
}

export function macFullScreenProbe(): BusyProbe {
  return {
    name: 'macos-fullscreen',
    reasons: ['full-screen', 'presenting'],
    async available() {
      const screen = await screenReader()
      screen.displays()
      return { available: true }
    },
    async check(): Promise<BusyReason[]> {
      const screen = await screenReader()
      return macScreenReasons(screen.windows(), screen.displays(), process.pid)
    },
  }
}
