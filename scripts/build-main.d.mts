// Types for build-main.mjs, so the tests and the package check (TypeScript) can call it.
export declare const MAIN_EXTERNALS: readonly string[]
export declare const NOTICES_FILE: string
export declare const X11_WORKER_FILE: string
export declare function buildX11Worker(out: string): Promise<unknown>
export declare function buildMain(options?: {
  outdir?: string
  sizes?: Record<string, number>
}): Promise<string>
