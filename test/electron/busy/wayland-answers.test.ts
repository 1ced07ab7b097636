// The Wayland probes' answers, read from what gdbus and dbus-send really print (test/fixtures/busy/linux, recorded
// on a real session bus): idle time from Mutter and the screensaver, the session manager's idle inhibitor, logind's
// session path, and the lock and unlock lines `gdbus monitor` prints.
import { describe, expect, it } from 'vitest'
import {
  booleanFromDbusSend,
  booleanFromGdbus,
  DBUS_ANSWER_MAX,
  objectPathFromDbusSend,
  objectPathFromGdbus,
  unsignedFromDbusSend,
  unsignedFromGdbus,
} from '../../../main/electron/busy/answers/dbus-values'
import {
  LineSplitter,
  SIGNAL_LINE_MAX,
  signalFromMonitorLine,
} from '../../../main/electron/system/session-signals'
import { linuxInhibitProbe } from '../../../main/electron/busy/linux-inhibit'
import { fixture } from './fixtures'

describe('idle time as the compositor says it', () => {
  it('reads Mutter’s GetIdletime (uint64 milliseconds) from gdbus and dbus-send', () => {
    expect(unsignedFromGdbus(fixture('linux/gdbus-mutter-idletime.stdout'), 'uint64')).toBe(754321)
    expect(unsignedFromDbusSend(fixture('linux/dbus-send-mutter-idletime.stdout'), 'uint64')).toBe(754321)
  })

  it('reads the screensaver’s GetSessionIdleTime (uint32) from gdbus and dbus-send', () => {
    expect(unsignedFromGdbus(fixture('linux/gdbus-screensaver-idletime.stdout'), 'uint32')).toBe(754321)
    expect(unsignedFromDbusSend(fixture('linux/dbus-send-screensaver-idletime.stdout'), 'uint32')).toBe(
      754321,
    )
  })

  it('refuses a value of another type, an error, or an answer longer than one value takes', () => {
    expect(() => unsignedFromGdbus(fixture('linux/gdbus-mutter-idletime.stdout'), 'uint32')).toThrow(
      /not a uint32/,
    )
    expect(() => unsignedFromGdbus(fixture('linux/gdbus-no-service.stderr'), 'uint64')).toThrow(
      /not a uint64/,
    )
    expect(() => unsignedFromDbusSend('   int64 -5\n', 'uint64')).toThrow(/not a uint64/)
    const long = `${'   string "x"\n'.repeat(400)}   uint64 5\n`
    expect(long.length).toBeGreaterThan(DBUS_ANSWER_MAX)
    expect(() => unsignedFromDbusSend(long, 'uint64')).toThrow(/more than one value takes/)
  })
})

describe('the session manager’s idle inhibitor', () => {
  it('reads IsInhibited(8) from gdbus and dbus-send', () => {
    expect(booleanFromGdbus(fixture('linux/gdbus-session-inhibited-true.stdout'))).toBe(true)
    expect(booleanFromGdbus(fixture('linux/gdbus-session-inhibited-false.stdout'))).toBe(false)
    expect(booleanFromDbusSend(fixture('linux/dbus-send-session-inhibited-true.stdout'))).toBe(true)
    expect(booleanFromDbusSend(fixture('linux/dbus-send-session-inhibited-false.stdout'))).toBe(false)
    expect(() => booleanFromGdbus('(<true>,)')).toThrow(/not a boolean/)
  })
})

describe('logind’s session', () => {
  it('reads the session’s object path from GetSession("auto")', () => {
    const path = '/org/freedesktop/login1/session/_32'
    expect(objectPathFromGdbus(fixture('linux/gdbus-login1-session.stdout'))).toBe(path)
    expect(objectPathFromDbusSend(fixture('linux/dbus-send-login1-session.stdout'))).toBe(path)
    expect(() => objectPathFromGdbus("(objectpath '/a b',)")).toThrow(/not an object path/)
  })
})

describe('lock and unlock as gdbus monitor prints them', () => {
  it('reads every recorded line: the screensavers, logind’s Lock and Unlock, and LockedHint', () => {
    const lines = fixture('linux/gdbus-monitor-gnome-screensaver.stdout').split('\n')
    expect(lines.map(signalFromMonitorLine).filter(Boolean)).toEqual([
      'lock', // GNOME's ActiveChanged (true,)
      'lock', // KDE's
      'lock', // logind Lock
      'lock', // LockedHint <true>
      'unlock',
      'unlock', // IdleHint and LockedHint <false>
      'unlock',
      'unlock',
    ])
  })

  it('passes over the monitor’s own lines and other properties', () => {
    expect(
      signalFromMonitorLine('Monitoring signals from all objects owned by org.gnome.ScreenSaver'),
    ).toBeNull()
    expect(signalFromMonitorLine('The name org.gnome.ScreenSaver is owned by :1.15')).toBeNull()
    expect(
      signalFromMonitorLine(
        "/org/freedesktop/login1/session/_32: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.login1.Session', {'IdleHint': <true>}, @as [])",
      ),
    ).toBeNull()
    // Another service's property of the same name is not the session's.
    expect(
      signalFromMonitorLine(
        "/x: org.freedesktop.DBus.Properties.PropertiesChanged ('org.example.Other', {'LockedHint': <true>}, @as [])",
      ),
    ).toBeNull()
  })

  it('splits output into lines, dropping a line longer than the bound whole', () => {
    const splitter = new LineSplitter(20)
    expect(splitter.push('first li')).toEqual([])
    expect(splitter.push('ne\nsecond\nthi')).toEqual(['first line', 'second'])
    expect(splitter.push('x'.repeat(50))).toEqual([])
    expect(splitter.push('y'.repeat(50))).toEqual([])
    expect(splitter.push('\nlast\n')).toEqual(['last'])
    expect(splitter.dropped).toBe(1)
    expect(
      signalFromMonitorLine(`/a: org.gnome.ScreenSaver.ActiveChanged (true,)${' '.repeat(SIGNAL_LINE_MAX)}`),
    ).toBeNull()
  })
})

describe('the idle-inhibitor probe', () => {
  const source = (name: string, answer: () => Promise<boolean>) => ({ name, ask: answer })

  it('is available where a session answers, and busy while any says an app keeps the screen on', async () => {
    const signal = new AbortController().signal
    let gnome = false
    const probe = linuxInhibitProbe([
      source('gnome', async () => gnome),
      source('kde', () => Promise.reject(new Error('ServiceUnknown'))),
    ])
    expect(await probe.available(signal)).toEqual({ available: true })
    expect(await probe.check(signal)).toEqual([])
    gnome = true
    expect(await probe.check(signal)).toEqual(['screen-kept-on'])
  })

  it('says why where no session answers', async () => {
    const probe = linuxInhibitProbe([source('gnome', () => Promise.reject(new Error('ServiceUnknown')))])
    expect(await probe.available(new AbortController().signal)).toEqual({
      available: false,
      why: ['no-inhibit-signal'],
    })
  })
})
