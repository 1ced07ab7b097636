// The busy probes run system tools (pactl, gsettings, gdbus, dbus-send) found in trusted folders only: a program of
// the same name in the working folder, reached through a "." or an empty PATH entry or any relative one, is never
// run — it would run as Limber, and could say "in a call" or "Do Not Disturb" to hold every reminder back.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DND_SOURCES, linuxDndProbe } from '../../../main/electron/busy/linux-dnd'
import { linuxMicrophoneProbe } from '../../../main/electron/busy/linux-microphone'
import { findTool, trustedFolders } from '../../../main/electron/busy/system-tools'
import { fixture } from './fixtures'

const TOOLS = ['pactl', 'gsettings', 'gdbus', 'dbus-send']

let planted = ''
const home = process.cwd()
beforeEach(async () => {
  // A folder holding look-alikes of the tools: each notes that it ran, then answers "busy".
  planted = await mkdtemp(join(tmpdir(), 'limber-planted-'))
  await writeFile(join(planted, 'short-sources'), fixture('linux/pactl-short-sources-recording.stdout'))
  await writeFile(join(planted, 'source-outputs'), fixture('linux/pactl-source-outputs-recording.stdout'))
  const answers: Record<string, string> = {
    pactl: 'if [ "$2" = short ]; then cat "$here/short-sources"; else cat "$here/source-outputs"; fi',
    gsettings: 'echo false',
    gdbus: "echo '(<true>,)'",
    'dbus-send': "echo '   variant       boolean true'",
  }
  for (const tool of TOOLS) {
    const script = `#!/bin/sh\nhere=$(dirname "$0")\necho ${tool} >> "$here/ran.log"\n${answers[tool]}\n`
    await writeFile(join(planted, tool), script)
    await chmod(join(planted, tool), 0o755)
  }
})
afterEach(async () => {
  process.chdir(home)
  vi.unstubAllEnvs()
  await rm(planted, { recursive: true, force: true })
})

const ran = () => readFile(join(planted, 'ran.log'), 'utf8').catch(() => '')
const signal = () => AbortSignal.timeout(5000)

/** Asks every Linux probe that runs a tool, as the app does: which are available, and whether the user is busy. */
async function askProbes(): Promise<string[]> {
  const answers: string[] = []
  for (const probe of [linuxMicrophoneProbe(), linuxDndProbe(DND_SOURCES)]) {
    const available = await probe.available(signal())
    if (available.available) answers.push(...(await probe.check(signal()).catch(() => [])))
  }
  return answers
}

describe.runIf(process.platform === 'linux')('the system tools the busy probes run', () => {
  for (const [entry, path] of [
    ['an empty PATH entry', () => `:/usr/bin:/bin`],
    ['"." in PATH', () => `.:/usr/bin:/bin`],
    ['a relative PATH entry', () => `${relative(home, planted)}:/usr/bin:/bin`],
  ] as const) {
    it(`never come from the working folder through ${entry}`, async () => {
      vi.stubEnv('PATH', path())
      if (entry !== 'a relative PATH entry') process.chdir(planted)
      expect(await askProbes()).not.toContain('call')
      expect(await ran()).toBe('')
    })
  }

  it('come from the absolute folders PATH names, in their order (so the look-alikes above would have answered)', async () => {
    vi.stubEnv('PATH', `${planted}:/usr/bin:/bin`)
    expect(await askProbes()).toEqual(['call', 'do-not-disturb'])
    // dbus-send is the fallback where gdbus is missing: the planted gdbus answered.
    expect((await ran()).split('\n')).toEqual(expect.arrayContaining(['pactl', 'gsettings', 'gdbus']))
  })

  it('are looked up only in folders named by an absolute path, or the system’s when PATH names none', async () => {
    expect(trustedFolders({ PATH: `:.:bin:~/bin:/usr/bin::/opt/x/bin:/usr/bin` }, 'linux')).toEqual([
      '/usr/bin',
      '/opt/x/bin',
    ])
    expect(trustedFolders({ PATH: '.:' }, 'linux')).toEqual(
      expect.arrayContaining(['/usr/bin', '/bin', '/usr/sbin']),
    )
    expect(trustedFolders({}, 'win32')).toEqual(['C:\\Windows\\System32'])
    expect(await findTool('pactl', [planted])).toBe(join(planted, 'pactl'))
    expect(await findTool('../pactl', [join(planted, 'x')])).toBeNull()
    expect(await findTool('short-sources', [planted])).toBeNull()
  })
})
