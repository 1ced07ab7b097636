// Linux: is a camera in use? Scans /proc/<pid>/fd for a process holding /dev/video* open (readable for the
// user's own processes, which is where a call app runs). Costs nothing when no camera is plugged in. The
// decision is in answers/linux-camera.ts.
import { readdir, readlink } from 'node:fs/promises'
import type { BusyReason } from '../../app/platform'
import { cameraUsers, isCameraDevice, type ProcessFds } from './answers/linux-camera'
import { throwIfAborted, type BusyProbe } from './probe'

/**
 * File operations in flight at once, for the whole scan: Node runs file system calls on a pool of four threads, so
 * more at a time would only queue (a process may hold 100,000 files open) and hold up every other file operation.
 */
export const READS_AT_ONCE = 4

/**
 * The processes with an open file whose link target `keep` accepts, and those targets. Reads one link at a time
 * per lane, READS_AT_ONCE lanes; when `signal` aborts, no further link is read and the scan rejects at once.
 */
export async function scanOpenFiles(
  keep: (target: string) => boolean,
  signal: AbortSignal,
  procRoot = '/proc',
): Promise<ProcessFds[]> {
  throwIfAborted(signal)
  const pids = (await readdir(procRoot)).filter((name) => /^\d+$/.test(name))
  const found: ProcessFds[] = []
  const look = async (pid: string) => {
    // Other users' processes (EACCES) and processes that just ended (ENOENT) are passed over.
    const fds = await readdir(`${procRoot}/${pid}/fd`).catch(() => [] as string[])
    const kept: string[] = []
    for (const fd of fds) {
      throwIfAborted(signal)
      const target = await readlink(`${procRoot}/${pid}/fd/${fd}`).catch(() => '')
      if (keep(target)) kept.push(target)
    }
    if (kept.length > 0) found.push({ pid: Number(pid), targets: kept })
  }
  let next = 0
  const lane = async () => {
    for (let pid = pids[next++]; pid !== undefined; pid = pids[next++]) {
      throwIfAborted(signal)
      await look(pid)
    }
  }
  const lanes = Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, pids.length) }, lane))
  await untilAborted(lanes, signal)
  return found
}

/** `work`, or a rejection the moment `signal` aborts (the reads in flight then end on their own, unread). */
async function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  let onAbort = () => {}
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
    signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([work, aborted])
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

export function linuxCameraProbe(options: { devRoot?: string; procRoot?: string } = {}): BusyProbe {
  const devRoot = options.devRoot ?? '/dev'
  return {
    name: 'linux-camera',
    reasons: ['call'],
    async available() {
      await readdir(options.procRoot ?? '/proc')
      return { available: true }
    },
    async check(signal): Promise<BusyReason[]> {
      const cameras = (await readdir(devRoot)).filter((name) => isCameraDevice(`/dev/${name}`))
      if (cameras.length === 0) return []
      const scan = await scanOpenFiles(isCameraDevice, signal, options.procRoot)
      return cameraUsers(scan, process.pid).length > 0 ? ['call'] : []
    },
  }
}
