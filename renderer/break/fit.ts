// Keeps a stretch's steps, cautions and cue in sight in the usual break window, whatever the language: when they
// are taller than the window (German or Spanish run longer than English), the type steps down, to 78% at most,
// until they fit (the safety text never smaller than the steps, break.css). Full screen, the whole break fits the
// screen the same way (the figure, ring and steps stay large, fit for the floor). The 200%-zoom page scrolls on
// purpose and keeps its sizes.

/** Text sizes to try, largest first, as a share of the window's usual 15 px. */
const SCALES = [1, 0.94, 0.88, 0.82, 0.78] as const

/** Picks the largest text size at which the break's content fits its window without scrolling. */
export function fitToWindow(page: HTMLElement): void {
  const brk = page.querySelector<HTMLElement>('.break')
  const main = brk?.querySelector<HTMLElement>('main')
  if (!brk || !main) return
  // Full screen, read from the floor, the whole break fits the screen: nobody scrolls from two metres away.
  const full = brk.classList.contains('full')
  if (!full && getComputedStyle(main).overflowY === 'visible') {
    brk.style.removeProperty('--fit')
    return
  }
  const root = document.documentElement
  const fits = () =>
    full ? root.scrollHeight <= root.clientHeight + 1 : main.scrollHeight <= main.clientHeight + 1
  // Set and measured before the next paint, so the steps in between are never seen.
  for (const scale of SCALES) {
    brk.style.setProperty('--fit', String(scale))
    if (fits()) return
  }
}

/**
 * What the fit depends on: the window's size and the words on screen, but not the ring's number, which changes
 * every second and never changes the layout (the fit tries up to five sizes, each a layout).
 */
function layoutKey(page: HTMLElement): string {
  let words = `${innerWidth}x${innerHeight} ${page.querySelector('.break')?.className ?? ''}`
  const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.classList.contains('seconds')) words += `|${node.textContent ?? ''}`
  }
  return words
}

/** Fits again whenever the window's content or size changes (a new stretch, the next step, a resize). */
export function keepFitting(page: HTMLElement): () => void {
  let queued = false
  let fitted = ''
  const fit = () => {
    if (queued) return
    queued = true
    requestAnimationFrame(() => {
      queued = false
      const key = layoutKey(page)
      if (key === fitted) return
      fitted = key
      fitToWindow(page)
    })
  }
  const observer = new MutationObserver(fit)
  observer.observe(page, { childList: true, subtree: true, characterData: true })
  window.addEventListener('resize', fit)
  fitToWindow(page)
  return () => {
    observer.disconnect()
    window.removeEventListener('resize', fit)
  }
}
