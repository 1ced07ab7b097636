// Where each tray icon lives inside the packaged resources folder, per platform and tray state.
// Kept pure so the Electron layer only joins it with process.resourcesPath (or assets/ in development).

/** `rest`: the quieter icon once today's time at the computer reached the daily limit. */
export type TrayIconState = 'active' | 'paused' | 'due' | 'rest'
export type IconPlatform = 'darwin' | 'win32' | 'linux'

const CAPITALISED: Readonly<Record<TrayIconState, string>> = {
  active: 'Active',
  paused: 'Paused',
  due: 'Due',
  rest: 'Rest',
}

/** The size Linux trays are given; 32 px stays sharp when the panel scales it down to 16–24 px. */
export const LINUX_TRAY_ICON_SIZE = 32

/**
 * Path relative to the resources folder. macOS gets a template image (Electron picks up the @2x file beside it),
 * Windows an .ico holding every size, Linux a PNG.
 */
export function trayIconFile(state: TrayIconState, platform: IconPlatform): string {
  switch (platform) {
    case 'darwin':
      return `tray/mac/tray${CAPITALISED[state]}Template.png`
    case 'win32':
      return `tray/win/tray-${state}.ico`
    case 'linux':
      return `tray/linux/tray-${state}-${LINUX_TRAY_ICON_SIZE}.png`
  }
}
