// The Windows and macOS probes' parsers, against answers written from the documented formats
// (test/fixtures/busy/windows and macos; there is no Windows or Mac here, see the README there).
import { describe, expect, it } from 'vitest'
import {
  QUNS,
  failed,
  focusAssistReasons,
  notificationStateReasons,
} from '../../../main/electron/busy/answers/windows-notification-state'
import { appOfKey, appsUsingDevice, parseRegQuery } from '../../../main/electron/busy/answers/windows-capture'
import {
  macScreenReasons,
  type DisplayInfo,
  type WindowInfo,
} from '../../../main/electron/busy/answers/macos-fullscreen'
import {
  ASSERTIONS_MAX_BYTES,
  focusOnFromAssertions,
  focusOnFromMenuBar,
} from '../../../main/electron/busy/answers/macos-focus'
import { fourCC, macCallInProgress } from '../../../main/electron/busy/answers/macos-capture'
import { fixture, jsonFixture } from './fixtures'

describe('Windows: what SHQueryUserNotificationState and Focus Assist say', () => {
  it('holds for full-screen apps, Direct3D games and presentation mode, and for quiet time', () => {
    expect(notificationStateReasons(QUNS.BUSY)).toEqual(['full-screen'])
    expect(notificationStateReasons(QUNS.RUNNING_D3D_FULL_SCREEN)).toEqual(['full-screen'])
    expect(notificationStateReasons(QUNS.PRESENTATION_MODE)).toEqual(['presenting'])
    expect(notificationStateReasons(QUNS.QUIET_TIME)).toEqual(['do-not-disturb'])
  })

  it('does not hold when Windows accepts notifications, the screen is locked, or a Store app runs', () => {
    for (const state of [QUNS.ACCEPTS_NOTIFICATIONS, QUNS.NOT_PRESENT, QUNS.APP]) {
      expect(notificationStateReasons(state)).toEqual([])
    }
  })

  it('refuses a state outside the documented enumeration', () => {
    expect(() => notificationStateReasons(0)).toThrow(/not a documented state/)
    expect(() => notificationStateReasons(8)).toThrow(/not a documented state/)
  })

  it('is Do Not Disturb while Focus Assist is on in either profile', () => {
    expect(focusAssistReasons(0)).toEqual([])
    expect(focusAssistReasons(1)).toEqual(['do-not-disturb'])
    expect(focusAssistReasons(2)).toEqual(['do-not-disturb'])
    expect(() => focusAssistReasons(7)).toThrow(/not 0, 1 or 2/)
  })

  it('reads a failing HRESULT or NTSTATUS as failure', () => {
    expect(failed(0)).toBe(false)
    expect(failed(0x80004005)).toBe(true)
    expect(failed(-1073741772)).toBe(true)
  })
})

describe('Windows: camera and microphone from the consent store', () => {
  it('reads each app key with its start and stop times', () => {
    const entries = parseRegQuery(fixture('windows/reg-query-webcam-in-use.txt'))
    expect(entries).toHaveLength(5)
    expect(entries[3]).toEqual({
      key: expect.stringMatching(/NonPackaged\\C:#Users#ana#AppData#Roaming#Zoom#bin#Zoom\.exe$/),
      start: 0x1dab2a7f61c3d40n,
      stop: 0n,
    })
  })

  it('finds the desktop app filming now, not the apps that stopped', () => {
    expect(appsUsingDevice(fixture('windows/reg-query-webcam-in-use.txt'))).toEqual(['Zoom.exe'])
    expect(appsUsingDevice(fixture('windows/reg-query-webcam-idle.txt'))).toEqual([])
  })

  it('finds a Store app recording, and nothing where no app ever used the microphone', () => {
    expect(appsUsingDevice(fixture('windows/reg-query-microphone-in-use.txt'))).toEqual([
      'MicrosoftTeams_8wekyb3d8bbwe',
    ])
    expect(appsUsingDevice(fixture('windows/reg-query-microphone-never-used.txt'))).toEqual([])
  })

  it('leaves out this app itself', () => {
    const own = 'C:\\Users\\ana\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe'
    expect(appsUsingDevice(fixture('windows/reg-query-webcam-in-use.txt'), own)).toEqual([])
    expect(appOfKey('HKEY_CURRENT_USER\\X\\NonPackaged\\C:#Program Files#Slack#slack.exe')).toBe('slack.exe')
  })
})

describe('macOS: full screen and presenting from the window list', () => {
  const screen = (name: string) =>
    jsonFixture<{ windows: WindowInfo[]; displays: DisplayInfo[] }>(`macos/${name}.json`)

  it('is full screen when the front app window covers the whole display', () => {
    const { windows, displays } = screen('screen-fullscreen-video')
    expect(macScreenReasons(windows, displays, 1)).toEqual(['full-screen'])
  })

  it('is not full screen for a zoomed window below the menu bar', () => {
    const { windows, displays } = screen('screen-zoomed-window')
    expect(macScreenReasons(windows, displays, 1)).toEqual([])
  })

  it('does not count this app’s own full-screen window (a break window)', () => {
    const { windows, displays } = screen('screen-fullscreen-video')
    expect(macScreenReasons(windows, displays, 812)).toEqual([])
  })

  it('is presenting while a display is mirrored', () => {
    const { windows, displays } = screen('screen-mirrored-slides')
    expect(macScreenReasons(windows, displays, 1)).toEqual(['presenting'])
  })
})

describe('macOS: Focus', () => {
  it('reads a Focus turned on from the Focus database, and its end', () => {
    expect(focusOnFromAssertions(fixture('macos/assertions-focus-on.json'))).toBe(true)
    expect(focusOnFromAssertions(fixture('macos/assertions-focus-off.json'))).toBe(false)
    // A file larger than any Focus database is refused before it is parsed.
    const huge = `{"data":[{"storeAssertionRecords":[]}],"pad":"${'x'.repeat(ASSERTIONS_MAX_BYTES)}"}`
    expect(() => focusOnFromAssertions(huge)).toThrow(/more than a Focus database/)
    expect(() => focusOnFromAssertions('{"header":{}}')).toThrow(/no "data" list/)
  })

  it('trusts the menu bar item only when it shows while a Focus is active', () => {
    expect(focusOnFromMenuBar('1\n', undefined)).toBe(true)
    expect(focusOnFromMenuBar('0\n', '2\n')).toBe(false)
    expect(focusOnFromMenuBar('1\n', '18\n')).toBeUndefined()
    expect(focusOnFromMenuBar('0\n', '8\n')).toBeUndefined()
    expect(() => focusOnFromMenuBar('maybe', undefined)).toThrow(/not 0 or 1/)
  })
})

describe('macOS: calls from cameras and audio input', () => {
  it('is a call while a camera runs, whatever the microphone does', () => {
    expect(macCallInProgress({ cameras: [false, true], inputDevices: [false] }, 1)).toBe(true)
  })

  it('asks per process on macOS 14.2 and later, leaving this app out', () => {
    const audioProcesses = [
      { pid: 1, recording: true },
      { pid: 77, recording: false },
    ]
    expect(macCallInProgress({ cameras: [], inputDevices: [true], audioProcesses }, 1)).toBe(false)
    expect(macCallInProgress({ cameras: [], inputDevices: [], audioProcesses }, 2)).toBe(true)
  })

  it('falls back to input devices running on older systems', () => {
    expect(macCallInProgress({ cameras: [false], inputDevices: [false, true] }, 1)).toBe(true)
    expect(macCallInProgress({ cameras: [false], inputDevices: [false] }, 1)).toBe(false)
  })

  it('spells CoreAudio’s four-character codes', () => {
    expect(fourCC('gone')).toBe(0x676f6e65)
    expect(fourCC('dev#')).toBe(0x64657623)
    expect(() => fourCC('toolong')).toThrow(/4 characters/)
  })
})
