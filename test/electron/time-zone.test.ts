// The main process's time zone kept up to date with the system's (Electron's main process may keep its start-up
// zone): the zone read from /etc/localtime or /etc/timezone, and assigned to TZ, which Node applies at once.
import { afterEach, describe, expect, it } from 'vitest'
import { createTimeZoneSync, zoneFromPath, type ZoneSources } from '../../main/electron/system/time-zone'

const JANUARY = Date.UTC(2026, 0, 15, 12)
const offsetInJanuary = () => -new Date(JANUARY).getTimezoneOffset()

function sources(overrides: Partial<ZoneSources> = {}): ZoneSources & { logs: string[]; link: string } {
  const logs: string[] = []
  const fake = {
    platform: 'linux' as NodeJS.Platform,
    link: '/usr/share/zoneinfo/Europe/Berlin',
    readLink(): string {
      return fake.link
    },
    readText(): string {
      throw new Error('ENOENT')
    },
    env: {} as Record<string, string | undefined>,
    log: (_level: string, message: string) => logs.push(message),
    logs,
    ...overrides,
  }
  return fake
}

const launchZone = process.env.TZ
afterEach(() => {
  process.env.TZ = launchZone
})

describe('the system time zone', () => {
  it('is read from a zoneinfo path, wherever the zone files live', () => {
    expect(zoneFromPath('/usr/share/zoneinfo/Europe/Berlin')).toBe('Europe/Berlin')
    expect(zoneFromPath('../usr/share/zoneinfo/America/Argentina/Buenos_Aires')).toBe(
      'America/Argentina/Buenos_Aires',
    )
    expect(zoneFromPath('/var/db/timezone/zoneinfo/Asia/Kolkata')).toBe('Asia/Kolkata') // macOS
    expect(zoneFromPath('/usr/share/zoneinfo/posix/Pacific/Chatham')).toBe('Pacific/Chatham')
    expect(zoneFromPath('/usr/share/zoneinfo/Not/AZone')).toBeNull()
    expect(zoneFromPath('/etc/some-file')).toBeNull()
  })

  it('is assigned to TZ when it changes, and Node reads local times in it at once (checked here, under Node)', () => {
    // As in a shell launched without TZ: the adapter is in charge of it.
    delete process.env.TZ
    const fake = sources({ env: process.env })
    const sync = createTimeZoneSync(fake.log, fake)
    fake.link = '/usr/share/zoneinfo/America/New_York'
    sync()
    expect(process.env.TZ).toBe('America/New_York')
    expect(offsetInJanuary()).toBe(-300)
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York')
    fake.link = '/usr/share/zoneinfo/Europe/Berlin'
    sync()
    expect(offsetInJanuary()).toBe(60)
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Berlin')
  })

  it('falls back to /etc/timezone where /etc/localtime is a copy rather than a link', () => {
    const fake = sources({
      readLink: () => {
        throw new Error('EINVAL')
      },
      readText: () => 'Asia/Kolkata\n',
    })
    createTimeZoneSync(fake.log, fake)()
    expect(fake.env.TZ).toBe('Asia/Kolkata')
  })

  it('says once when the zone cannot be read, and keeps the start-up zone', () => {
    const fake = sources({
      readLink: () => {
        throw new Error('ENOENT')
      },
    })
    const sync = createTimeZoneSync(fake.log, fake)
    sync()
    sync()
    expect(fake.env.TZ).toBeUndefined()
    expect(fake.logs).toEqual(['the system time zone cannot be read; keeping the start-up zone'])
  })

  it('leaves a TZ given at launch alone, and does nothing on Windows', () => {
    const chosen = sources({ env: { TZ: 'Pacific/Chatham' } })
    createTimeZoneSync(chosen.log, chosen)()
    expect(chosen.env.TZ).toBe('Pacific/Chatham')
    const windows = sources({ platform: 'win32' })
    createTimeZoneSync(windows.log, windows)()
    expect(windows.env.TZ).toBeUndefined()
  })
})
