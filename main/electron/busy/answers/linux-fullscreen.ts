// Reads the X server's answers about the active window (pure; no X connection here): which window the window
// manager calls active (_NET_ACTIVE_WINDOW on the root window) and whether its _NET_WM_STATE holds
// _NET_WM_STATE_FULLSCREEN. Both are EWMH properties that only a window manager sets.

/** A GetProperty reply as the X server sends it: the property's type atom, its format (8/16/32) and its bytes. */
export interface X11PropertyReply {
  type: number
  format: number
  data: Uint8Array
}

/** X11's predefined atoms for the property types EWMH uses (X11 protocol, "Predefined Atoms"). */
export const XA_ATOM = 4
export const XA_CARDINAL = 6
export const XA_WINDOW = 33

/** The 32-bit items of a format-32 property of `type`, or [] when it is absent or of another type. */
function items32(reply: X11PropertyReply, type: number): number[] {
  if (reply.type !== type || reply.format !== 32) return []
  const view = new DataView(reply.data.buffer, reply.data.byteOffset, reply.data.byteLength)
  const items: number[] = []
  // The X server answers in the byte order the client asked for at connection time: little-endian here.
  for (let at = 0; at + 4 <= reply.data.byteLength; at += 4) items.push(view.getUint32(at, true))
  return items
}

/** The active window from the root window's _NET_ACTIVE_WINDOW, or undefined when none is (or no WM says). */
export function activeWindow(reply: X11PropertyReply): number | undefined {
  const [window] = items32(reply, XA_WINDOW)
  return window ? window : undefined
}

/** True when a window's _NET_WM_STATE lists the _NET_WM_STATE_FULLSCREEN atom. */
export function isFullScreen(stateReply: X11PropertyReply, fullScreenAtom: number): boolean {
  return fullScreenAtom !== 0 && items32(stateReply, XA_ATOM).includes(fullScreenAtom)
}

/** The process that owns a window, from its _NET_WM_PID (set by most toolkits, Chromium and so Electron included). */
export function windowPid(pidReply: X11PropertyReply): number | undefined {
  const [pid] = items32(pidReply, XA_CARDINAL)
  return pid ? pid : undefined
}

/**
 * Why this session's windows cannot be asked about, or undefined when they can: on Wayland an app sees only its
 * own windows (X11 clients under XWayland see only other XWayland windows, so a native Wayland app in full screen
 * would go unseen), and without DISPLAY there is no X server to ask.
 */
export function x11Unavailable(
  env: Readonly<Record<string, string | undefined>>,
): 'wayland' | 'no-x11' | undefined {
  if (env.XDG_SESSION_TYPE === 'wayland' || (env.WAYLAND_DISPLAY && env.XDG_SESSION_TYPE !== 'x11'))
    return 'wayland'
  if (!env.DISPLAY) return 'no-x11'
  return undefined
}
