// The camera probe's scan of /proc/<pid>/fd, against a /proc laid out in a temporary folder: a process holding
// thousands of files open is read a few links at a time, and an abort (the probe's time limit) stops the scan at
// once. The real file system calls run; they are only counted.
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { READS_AT_ONCE, scanOpenFiles } from '../../../main/electron/busy/linux-camera'
import { isCameraDevice } from '../../../main/electron/busy/answers/linux-camera'

/** The links read so far, how many are in flight, and the most that ever were; `hold` keeps new reads pending. */
const reads = { started: 0, inFlight: 0, most: 0, hold: null as Promise<void> | null, onRead: () => {} }

vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof fs>()
  return {
    ...real,
    readlink: async (path: string) => {
      reads.started++
      reads.inFlight++
      reads.most = Math.max(reads.most, reads.inFlight)
      reads.onRead()
      try {
        if (reads.hold) await reads.hold
        return await real.readlink(path)
      } finally {
        reads.inFlight--
      }
    },
  }
})

const FILES = 3_000
let proc = ''
beforeAll(async () => {
  proc = await mkdtemp(join(tmpdir(), 'limber-proc-'))
  // A process holding 3,000 files open (a browser, a build), a few ordinary ones, and a call app on the camera.
  await mkdir(join(proc, '4000', 'fd'), { recursive: true })
  for (let fd = 0; fd < FILES; fd++) await symlink('/dev/null', join(proc, '4000', 'fd', String(fd)))
  for (const pid of ['4001', '4002', '4003']) {
    await mkdir(join(proc, pid, 'fd'), { recursive: true })
    await symlink('/dev/null', join(proc, pid, 'fd', '0'))
  }
  await symlink('/dev/video0', join(proc, '4003', 'fd', '1'))
})
afterAll(async () => {
  await rm(proc, { recursive: true, force: true })
})
beforeEach(() => {
  Object.assign(reads, { started: 0, inFlight: 0, most: 0, hold: null, onRead: () => {} })
})

describe('the camera scan of /proc', () => {
  it('finds the process on the camera, reading a few links at a time however many files one holds', async () => {
    const found = await scanOpenFiles(isCameraDevice, AbortSignal.timeout(20_000), proc)
    expect(found).toEqual([{ pid: 4003, targets: ['/dev/video0'] }])
    expect(reads.started).toBe(FILES + 4)
    expect(reads.most).toBeLessThanOrEqual(READS_AT_ONCE)
  })

  it('stops at once when aborted: no link read after, and no wait for the reads in flight', async () => {
    const controller = new AbortController()
    let release = () => {}
    reads.onRead = () => {
      if (reads.started === 100) {
        // From here on the reads in flight never end (a hung file system) until the test lets them.
        reads.hold = new Promise((resolve) => (release = resolve))
        controller.abort(new Error('no answer within 3000 ms'))
      }
    }
    const scan = scanOpenFiles(isCameraDevice, controller.signal, proc)
    await expect(scan).rejects.toThrow('no answer within 3000 ms')
    expect(reads.started).toBeLessThanOrEqual(100 + READS_AT_ONCE)
    release()
    await vi.waitFor(() => expect(reads.inFlight).toBe(0))
    expect(reads.started).toBeLessThanOrEqual(100 + READS_AT_ONCE)
  })
})
