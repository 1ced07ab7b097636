// Types for package-check.mjs, so the package test (TypeScript) can run the same check as `npm run package:check`.
export interface Inspection {
  problems: string[]
  asarBytes: number
  parts: Record<string, number>
  files?: number
}
export declare const REQUIRED_FILES: readonly string[]
export declare function packageApp(): Promise<{
  work: string
  appOutDir: string
  bundleSizes: Record<string, number>
}>
export declare function configuredFuses(): Promise<Record<number, '0' | '1'>>
export declare function inspectPackage(
  appOutDir: string,
  options?: { executable?: string; fuses?: Record<number, '0' | '1'> },
): Promise<Inspection>
export declare function filesNamedByUrl(code: string): string[]
export declare function loadedModules(code: string, sourceType?: 'module' | 'script'): string[]
export declare function packageCheck(options?: {
  keep?: boolean
  print?: (line: string) => void
}): Promise<Inspection & { bundleSizes: Record<string, number>; seconds: number }>
export declare function report(
  inspection: Inspection,
  bundleSizes: Record<string, number>,
  fuses: Record<number, string>,
  seconds: number,
): string
export declare function updateProblems(appOutDir: string, bundleSizes: Record<string, number>): string[]
