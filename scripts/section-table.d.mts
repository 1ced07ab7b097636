// Types for section-table.mjs, so the build test (TypeScript) can call it.
export interface TablePart {
  id: string
  /** Its own catalog paths ('progress', 'bedtime.bed', 'common.warningSigns'). */
  texts: string[]
  /** The SHARED_TEXTS groups it reads. */
  groups: string[]
  /** Its module's path (without extension). */
  module: string
  welcome?: true
}
export declare const SECTION_TABLE: string
/** renderer/settings/section-table.ts as the build reads it (from the source). */
export declare function readSectionTable(): Promise<{ parts: TablePart[]; shared: Record<string, string[]> }>
