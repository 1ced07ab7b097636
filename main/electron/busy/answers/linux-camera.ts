// Decides from a scan of /proc/<pid>/fd (pure) whether a camera is in use: Linux cameras are V4L2 devices,
// /dev/video0, /dev/video1…, and an app that films holds one open for as long as it does.

/** What one process holds open: the targets of its /proc/<pid>/fd links ("/dev/video0", "socket:[123]"…). */
export interface ProcessFds {
  pid: number
  targets: string[]
}

/** True for a V4L2 video device path. */
export function isCameraDevice(target: string): boolean {
  return /^\/dev\/video\d+$/.test(target)
}

/** The processes (other than `ownPid`) holding a camera open. */
export function cameraUsers(scan: readonly ProcessFds[], ownPid: number): number[] {
  return scan.filter((p) => p.pid !== ownPid && p.targets.some(isCameraDevice)).map((p) => p.pid)
}
