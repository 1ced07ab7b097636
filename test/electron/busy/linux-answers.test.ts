// The Linux probes' parsers against answers recorded from real systems (test/fixtures/busy/linux, README there).
import { describe, expect, it } from 'vitest'
import {
  activeWindow,
  isFullScreen,
  windowPid,
  x11Unavailable,
  type X11PropertyReply,
} from '../../../main/electron/busy/answers/linux-fullscreen'
import {
  DND_ANSWER_MAX,
  dndFromGsettings,
  GSETTINGS_DND,
  gsettingsBoolean,
  inhibitedFromDbusSend,
  inhibitedFromGdbus,
} from '../../../main/electron/busy/answers/linux-dnd'
import {
  microphoneUsers,
  parseShortSources,
  parseSourceOutputs,
} from '../../../main/electron/busy/answers/linux-microphone'
import {
  cameraUsers,
  isCameraDevice,
  type ProcessFds,
} from '../../../main/electron/busy/answers/linux-camera'
import { fixture, jsonFixture } from './fixtures'

interface RecordedReply {
  type: number
  format: number
  data: string
}
interface X11Recording {
  atoms: Record<'_NET_ACTIVE_WINDOW' | '_NET_WM_STATE' | '_NET_WM_STATE_FULLSCREEN', number>
  active: RecordedReply
  state?: RecordedReply
}
const reply = (recorded: RecordedReply): X11PropertyReply => ({
  type: recorded.type,
  format: recorded.format,
  data: Buffer.from(recorded.data, 'hex'),
})
const x11 = (name: string) => {
  const recording = jsonFixture<X11Recording>(`linux/${name}.json`)
  const window = activeWindow(reply(recording.active))
  const fullScreen =
    recording.state !== undefined &&
    isFullScreen(reply(recording.state), recording.atoms._NET_WM_STATE_FULLSCREEN)
  return { window, fullScreen }
}

describe('the X server’s answers about the active window', () => {
  it('finds no active window on a desktop with nothing open', () => {
    expect(x11('x11-no-window')).toEqual({ window: undefined, fullScreen: false })
  })

  it('finds the active window, not full screen', () => {
    expect(x11('x11-window')).toEqual({ window: 0x400030, fullScreen: false })
  })

  it('sees a window the window manager made full screen', () => {
    expect(x11('x11-fullscreen')).toEqual({ window: 0x400030, fullScreen: true })
  })

  it('finds full screen among the other states a window manager sets (maximized, focused)', () => {
    const atoms = Buffer.alloc(12)
    ;[301, 302, 318].forEach((atom, index) => atoms.writeUInt32LE(atom, index * 4))
    expect(isFullScreen({ type: 4, format: 32, data: atoms }, 318)).toBe(true)
    expect(isFullScreen({ type: 4, format: 32, data: atoms.subarray(0, 8) }, 318)).toBe(false)
  })

  it('does not take a property of another type for a state list', () => {
    expect(isFullScreen({ type: 33, format: 32, data: Buffer.from('3e010000', 'hex') }, 318)).toBe(false)
    expect(isFullScreen({ type: 4, format: 32, data: Buffer.from('3e010000', 'hex') }, 0)).toBe(false)
  })

  it('reads the process that owns a window from _NET_WM_PID', () => {
    expect(windowPid({ type: 6, format: 32, data: Buffer.from('39300000', 'hex') })).toBe(12345)
    expect(windowPid({ type: 0, format: 0, data: Buffer.alloc(0) })).toBeUndefined()
  })

  it('says plainly that Wayland cannot be asked, and that no X display cannot either', () => {
    expect(x11Unavailable({ XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' })).toBe('wayland')
    expect(x11Unavailable({ WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' })).toBe('wayland')
    expect(x11Unavailable({})).toBe('no-x11')
    expect(x11Unavailable({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' })).toBeUndefined()
  })
})

describe('Do Not Disturb as GNOME and KDE answer it', () => {
  it('reads Do Not Disturb from GNOME’s, Cinnamon’s and MATE’s settings, each its own way round', () => {
    const [gnome, cinnamon, mate] = GSETTINGS_DND
    const read = (source: typeof gnome, file: string) =>
      source && dndFromGsettings(source, fixture(`linux/${file}`))
    expect(read(gnome, 'gsettings-gnome-show-banners-true.stdout')).toBe(false)
    expect(read(gnome, 'gsettings-gnome-show-banners-false.stdout')).toBe(true)
    expect(read(cinnamon, 'gsettings-cinnamon-display-notifications-true.stdout')).toBe(false)
    expect(read(cinnamon, 'gsettings-cinnamon-display-notifications-false.stdout')).toBe(true)
    expect(read(mate, 'gsettings-mate-do-not-disturb-false.stdout')).toBe(false)
    expect(read(mate, 'gsettings-mate-do-not-disturb-true.stdout')).toBe(true)
  })

  it('rejects a gsettings answer that is not a boolean', () => {
    expect(() => gsettingsBoolean('No such key “show-banners”\n')).toThrow(/not true or false/)
  })

  it('reads the notification server’s Inhibited property as gdbus prints it', () => {
    expect(inhibitedFromGdbus(fixture('linux/gdbus-inhibited-true.stdout'))).toBe(true)
    expect(inhibitedFromGdbus(fixture('linux/gdbus-inhibited-false.stdout'))).toBe(false)
    expect(() => inhibitedFromGdbus('(<uint32 3>,)')).toThrow(/not a boolean/)
  })

  it('refuses a desktop answer longer than a property takes, before reading it', () => {
    // 30,000 line breaks kept the main process busy for seconds when every line start was tried against the
    // whole answer; an answer that long is not a boolean property, whatever it ends with.
    const flood = `${'\n'.repeat(30_000)}   variant       boolean true\n`
    expect(() => inhibitedFromDbusSend(flood)).toThrow(
      'dbus-send answered 30030 characters, more than a property takes (4096)',
    )
    expect(() => inhibitedFromGdbus(`${' '.repeat(5000)}(<true>,)`)).toThrow(/more than a property takes/)
    expect(() => gsettingsBoolean(`${'\n'.repeat(5000)}true`)).toThrow(/more than a property takes/)
    // The longest answer taken is still read, wherever its line is.
    expect(inhibitedFromDbusSend(`${'\n'.repeat(DND_ANSWER_MAX - 30)}   variant       boolean true\n`)).toBe(
      true,
    )
  })

  it('reads the same property as dbus-send prints it', () => {
    expect(inhibitedFromDbusSend(fixture('linux/dbus-send-inhibited-true.stdout'))).toBe(true)
    expect(inhibitedFromDbusSend(fixture('linux/dbus-send-inhibited-false.stdout'))).toBe(false)
    expect(() => inhibitedFromDbusSend('method return time=1\n   variant       string "x"\n')).toThrow()
    expect(inhibitedFromDbusSend('method return time=1\r\n\t variant boolean   false \r\n')).toBe(false)
  })
})

describe('microphones in use, as PulseAudio answers', () => {
  const sources = fixture('linux/pactl-short-sources-recording.stdout')

  it('lists the streams and the sources they record from', () => {
    const outputs = parseSourceOutputs(fixture('linux/pactl-source-outputs-recording.stdout'))
    expect(outputs.map((o) => [o.index, o.source, o.corked, o.properties['application.name']])).toEqual([
      [0, 1, false, 'zoom-standin'],
      [1, 0, false, 'visualizer'],
    ])
    expect(parseShortSources(sources)).toEqual(
      new Map([
        [0, 'speakers.monitor'],
        [1, 'headset_mic'],
      ]),
    )
  })

  it('is in use while an app records from a microphone', () => {
    expect(microphoneUsers(fixture('linux/pactl-source-outputs-recording.stdout'), sources, 1)).toEqual([
      'zoom-standin',
    ])
  })

  it('is not in use when the only recording is of what the speakers play (a monitor)', () => {
    const monitorOnly = fixture('linux/pactl-source-outputs-monitor-only.stdout')
    const shortSources = fixture('linux/pactl-short-sources-monitor-only.stdout')
    expect(microphoneUsers(monitorOnly, shortSources, 1)).toEqual([])
  })

  it('is not in use with nothing recording', () => {
    const idle = fixture('linux/pactl-source-outputs-idle.stdout')
    expect(microphoneUsers(idle, fixture('linux/pactl-short-sources-idle.stdout'), 1)).toEqual([])
  })

  // The next cases edit the recorded answer (a paused stream, a volume meter, our own process): PulseAudio's
  // command-line tools cannot make such streams, so they were not recorded as such.
  const recording = fixture('linux/pactl-source-outputs-recording.stdout')
  it('is not in use when the recording stream is paused (corked)', () => {
    const corked = recording.replace('\tCorked: no\n', '\tCorked: yes\n')
    expect(microphoneUsers(corked, sources, 1)).toEqual([])
  })

  it('does not count a volume meter or this app itself', () => {
    const meter = recording.replace('media.name = "/dev/null"', 'media.name = "Peak detect"')
    expect(microphoneUsers(meter, sources, 1)).toEqual([])
    const pid = /application\.process\.id = "(\d+)"/.exec(recording)?.[1]
    expect(microphoneUsers(recording, sources, Number(pid))).toEqual([])
  })

  it('refuses a listing whose stream names no source', () => {
    expect(() => parseSourceOutputs('Source Output #4\n\tDriver: x\n')).toThrow(/#4 names no source/)
  })
})

describe('cameras in use, from the open files in /proc', () => {
  const recorded = jsonFixture<{ processes: ProcessFds[] }>('linux/proc-fds-no-camera.json').processes

  it('knows a V4L2 camera device from other files', () => {
    expect(['/dev/video0', '/dev/video12'].every(isCameraDevice)).toBe(true)
    expect(
      ['/dev/video', '/dev/videox', '/dev/vhci', 'socket:[1]', '/tmp/dev/video0'].some(isCameraDevice),
    ).toBe(false)
  })

  it('finds no camera user on a machine where nothing holds a camera', () => {
    expect(cameraUsers(recorded, 1)).toEqual([])
  })

  it('finds the process holding /dev/video0, but not this app itself', () => {
    const withCall = [...recorded, { pid: 4242, targets: ['/dev/null', '/dev/video0', 'socket:[88]'] }]
    expect(cameraUsers(withCall, 1)).toEqual([4242])
    expect(cameraUsers(withCall, 4242)).toEqual([])
  })
})
