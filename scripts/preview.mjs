// `npm run preview`: builds the windows with the preview's script (the real app running in the page, on a browser
// Platform: renderer/preview) and serves them on 127.0.0.1, so anyone can try them in a browser without Electron.
// The window tests and the benchmark use the same server.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildRenderer, loadBreakScenarios, loadCsp } from './build-renderer.mjs'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wav': 'audio/wav',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

/** Serves `dir` on 127.0.0.1:`port` (0 = any free port). Resolves to the server and its base URL. */
export async function serve(dir, port = 0) {
  const csp = await loadCsp()
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = normalize(join(dir, path === '/' ? 'settings.html' : path))
    if (!file.startsWith(dir + sep)) {
      response.writeHead(403).end()
      return
    }
    try {
      const body = await readFile(file)
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // The header as well as the meta tag: frame-ancestors only works from a header.
        'content-security-policy': csp,
        // Built once before the server starts and never changed while it runs: a page loaded again (the tests
        // load pages many times) takes its scripts from the cache, compiled.
        'cache-control': 'max-age=86400, immutable',
      })
      response.end(body)
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  return { server, url: `http://127.0.0.1:${address.port}` }
}

/** Builds the preview variant into `outdir` and serves it. */
export async function startPreview({ outdir = 'dist/preview', port = 0 } = {}) {
  const dir = await buildRenderer({ preview: true, outdir })
  return serve(dir, port)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [{ url }, breaks] = await Promise.all([
    startPreview({ port: Number(process.env.PORT ?? 5175) }),
    loadBreakScenarios(),
  ])
  const [first, ...others] = breaks
  console.log(`Limber windows, each running the app in the page (Ctrl+C to stop):
  settings  ${url}/settings.html        (?idle=unavailable shows the no-idle-detection note)
  break     ${url}/break.html?break=${first}
            …?break=${others.join(' | ')}
            add &sound=1 to hear the chime
  dimmed    ${url}/dimmed.html?display=2   (the screen beside a full-screen break; &firm=… as for the break)
  any page  ?lang=de | es | fr | pt-BR | en | pseudo   speaks that language (pseudo: accented, 40% longer)
  more      the scenarios listed at the top of renderer/preview/install.ts (?held=call, ?soreback=2, …)`)
}
