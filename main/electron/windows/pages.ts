// Serves the windows' pages from dist/renderer on a privileged limber:// scheme: every page gets one origin that
// IPC can recognise, every response carries the Content-Security-Policy, and nothing outside the folder is served.
import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../../renderer/csp'
import type { PageKind } from '../../app/ipc-contract'

export const SCHEME = 'limber'
const HOST = 'app'

// Only the kinds of file the renderer build writes; anything else is not ours to serve.
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
}

/** Must run before 'ready'. Standard + secure gives the scheme a real origin ('self' in the CSP), like https. */
export function registerPageScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true } }])
}

export function pageUrl(kind: PageKind): string {
  return `${SCHEME}://${HOST}/${kind}.html`
}

/**
 * Whether a frame's URL is on our pages' origin (limber://app). Only where a frame is: which page it is comes from
 * the window it was created in, because a page can change its own URL without navigating (history.replaceState).
 */
export function isOurOrigin(url: string | undefined): boolean {
  if (url === undefined || !URL.canParse(url)) return false
  const { protocol: scheme, host } = new URL(url)
  return scheme === `${SCHEME}:` && host === HOST
}

export function servePages(root: string): void {
  protocol.handle(SCHEME, (request) => respond(root, request.url))
}

/** Answers limber://app/<file> with a file under `root`; a path that resolves outside it is a 404, like a missing one. */
export async function respond(root: string, url: string): Promise<Response> {
  const base = resolve(root)
  try {
    const { host, pathname } = new URL(url)
    const file = resolve(base, `.${decodeURIComponent(pathname)}`)
    const type = CONTENT_TYPES[extname(file)]
    if (host !== HOST || !file.startsWith(base + sep) || type === undefined) return notFound()
    const body = new Uint8Array(await readFile(file))
    return new Response(body, {
      headers: {
        'content-type': type,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    })
  } catch {
    // A malformed URL or escape, or a file that is not there: the page learns nothing more than "not found".
    return notFound()
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } })
}
