// Types for build-renderer.mjs, so the window tests (TypeScript) can call it.
export declare const WINDOWS: readonly ['settings', 'break']
export declare function loadCsp(): Promise<string>
export declare function buildRenderer(options?: { preview?: boolean; outdir?: string }): Promise<string>
/** The language codes Limber speaks; the build makes one texts file per window for each. */
export declare function loadLanguageCodes(): Promise<readonly string[]>
/** The esbuild plugin that gives a window main/core/preferences.ts as data: the schema's limits, the defaults. */
export declare function preferencesAsData(): Promise<import('esbuild').Plugin>
/** Every .js/.css file (relative to `outdir`) the window `name` can load in language `code`. */
export declare function windowFiles(outdir: string, name: string, code: string): Promise<string[]>
/** The preview's sample breaks, `?break=` (renderer/preview/scenario.ts). */
export declare function loadBreakScenarios(): Promise<readonly string[]>
