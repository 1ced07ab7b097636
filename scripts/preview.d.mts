// Types for preview.mjs, so the window tests (TypeScript) can start the preview server.
import type { Server } from 'node:http'
export declare function serve(dir: string, port?: number): Promise<{ server: Server; url: string }>
export declare function startPreview(options?: {
  outdir?: string
  port?: number
}): Promise<{ server: Server; url: string }>
