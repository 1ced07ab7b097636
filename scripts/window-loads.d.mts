// Types for window-loads.mjs, so the build test (TypeScript) can call it.
export declare const BUDGETS: {
  readonly firstLoad: number
  readonly part: number
  readonly shared: number
  readonly breakWindow: number
}
export interface PartLoad {
  id: string
  /** Every file it loads beyond the first load. */
  files: string[]
  /** Those of them no other part loads. */
  own: string[]
}
export interface WindowLoads {
  first: string[]
  firstStart: string[]
  parts: PartLoad[]
  shared: string[]
}
/** What window `name` loads in language `code`: files relative to `out`, as the browser fetches them. */
export declare function windowLoads(out: string, name: string, code: string): Promise<WindowLoads>
/** Every script and stylesheet window `name` can load in language `code`, its first load and all it loads later. */
export declare function windowFiles(out: string, name: string, code: string): Promise<string[]>
/** A window's scripts and stylesheets, its texts among them: what the break window's budget counts (not its page). */
export declare function scriptsAndStyles(files: readonly string[]): string[]
/** The files' size gzipped, each on its own. */
export declare function gzipped(out: string, files: readonly string[]): Promise<number>
