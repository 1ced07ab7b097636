// Which busy probes run on which system, and what each system cannot tell at all: the one table behind
// busyReasons() and busyDetectors() (see docs/dont-interrupt.md for how each probe asks, and its limits).
import type { BusyReason, DetectorWhy, Platform } from '../../app/platform'
import { createBusyDetection, type BusyDetection } from './detection'
import { linuxCameraProbe } from './linux-camera'
import { linuxDndProbe } from './linux-dnd'
import { linuxFullScreenProbe } from './linux-fullscreen'
import { linuxInhibitProbe } from './linux-inhibit'
import { linuxMicrophoneProbe } from './linux-microphone'
import { macCaptureProbe } from './macos-capture'
import { macFocusProbe } from './macos-focus'
import { macFullScreenProbe } from './macos-fullscreen'
import type { BusyProbe } from './probe'
import { windowsCaptureProbe } from './windows-capture'
import { windowsNotificationStateProbe } from './windows-notification-state'

export interface SystemProbes {
  probes: BusyProbe[]
  /** Why this system cannot tell a reason that none of its probes reports. */
  uncovered: Partial<Record<BusyReason, DetectorWhy>>
}

export function busyProbesFor(system: NodeJS.Platform): SystemProbes {
  switch (system) {
    case 'linux':
      return {
        probes: [
          linuxFullScreenProbe(),
          linuxDndProbe(),
          linuxCameraProbe(),
          linuxMicrophoneProbe(),
          linuxInhibitProbe(),
        ],
        // A slideshow in full screen counts as full screen.
        uncovered: { presenting: 'no-presenting-signal' },
      }
    case 'win32':
      // Which app keeps the screen on is told only to administrators (powercfg /requests).
      return {
        probes: [windowsNotificationStateProbe(), windowsCaptureProbe()],
        uncovered: { 'screen-kept-on': 'no-way' },
      }
    case 'darwin':
      // pmset's assertions could tell it; not asked yet (docs/dont-interrupt.md).
      return {
        probes: [macFullScreenProbe(), macFocusProbe(), macCaptureProbe()],
        uncovered: { 'screen-kept-on': 'no-way' },
      }
    default:
      return { probes: [], uncovered: {} }
  }
}

/** The Electron Platform's busy detection for the system it runs on. */
export function busyDetectionFor(system: NodeJS.Platform, log: Platform['log']): BusyDetection {
  const { probes, uncovered } = busyProbesFor(system)
  return createBusyDetection(probes, { uncovered, log })
}
