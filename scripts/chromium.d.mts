// Types for chromium.mjs, so the window tests (TypeScript) can launch the same browser as the benchmark.
import type { Browser } from 'playwright-core'
export declare function chromiumPath(): string
export declare function launchChromium(): Promise<Browser>
