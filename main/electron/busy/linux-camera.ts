// Linux: is a camera in use? Scans /proc/<pid>/fd for a process holding /dev/video* open (readable for the
// user's own processes, which is where a call app runs). Costs nothing when no camera is plugged in. The
// decision is in answers/linux-camera.ts.
import { readdir, readlink } from 'node:fs/promises'
import type { BusyReason } from '../../app/platform'
import { cameraUsers, isCameraDevice, type ProcessFds } from './answers/linux-camera'
import { throwIfAborted, type BusyProbe } from './probe'

/** The processes with an open file whose link target `keep` accepts, and those targets. */
export async function scanOpenFiles(
  keep: (target: string) => boolean,
  signal: AbortSignal,
  procRoot = '/proc',
): Promise<ProcessFds[]> {
  const pids = (await readdir(procRoot)).filter((name) => /^\d+$/.test(name))
  const found: ProcessFds[] = []
  const look = async (pid: string) => {
    // Other users' processes (EACCES) and processes that just ended (ENOENT) are passed over.
    const fds = await readdir(`${procRoot}/${pid}/fd`).catch(() => [] as string[])
    const targets = await Promise.all(
      fds.map((fd) => readlink(`${procRoot}/${pid}/fd/${fd}`).catch(() => '')),
    )
    const kept = targets.filter(keep)
    if (kept.length > 0) found.push({ pid: Number(pid), targets: kept })
  }
  // A few processes at a time: bounded work in flight, and a chance to stop between batches.
  for (let at = 0; at < pids.length; at += 16) {
    throwIfAborted(signal)
    await Promise.all(pids.slice(at, at + 16).map(look))
  }
  return found
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
