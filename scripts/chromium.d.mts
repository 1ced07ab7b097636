// Types for chromium.mjs, so the window tests (TypeScript) can launch the same browser as the benchmark.
import type { Browser, BrowserServer } from 'playwright-core'
export declare function chromiumPath(): string
export declare function launchChromium(): Promise<Browser>
export declare function launchChromiumServer(options?: { timeZone?: string }): Promise<BrowserServer>
