// Each lazily loaded part's scripts, preloaded together: a part's chunk imports others, which the browser would find
// only once that chunk has come, one round trip after another. The build lists each part's scripts in the page
// (`<meta name="limber-part-scripts">`, scripts/build-renderer.mjs), and a part's are all asked for at once.

let listed: ReadonlyMap<string, readonly string[]> | null = null

/** Part id → its scripts, from the page (none when the page has no list: each chunk then brings its own imports). */
function partScripts(): ReadonlyMap<string, readonly string[]> {
  if (!listed) {
    const content = document.querySelector('meta[name="limber-part-scripts"]')?.getAttribute('content') ?? ''
    listed = new Map(
      content
        .split('|')
        .map((entry) => entry.split(' ').filter(Boolean))
        .flatMap(([id, ...files]) => (id ? [[id, files]] : [])),
    )
  }
  return listed
}

const asked = new Set<string>()

/** Asks for every script of part `id` at once (each once), so its `import()` finds them on their way. */
export function preloadPartScripts(id: string): void {
  for (const file of partScripts().get(id) ?? []) {
    if (asked.has(file)) continue
    asked.add(file)
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = file
    document.head.append(link)
  }
}
