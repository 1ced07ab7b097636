// What a longer language breaks in a window, measured in the page: text clipped by a box that hides its overflow,
// cut with an ellipsis, or pushing a column wider than the window so it scrolls sideways; and visible texts or
// controls drawn over one another. Used with the pseudo-locale (40% longer than English) at the windows' sizes.
import type { Page } from 'playwright-core'

/** Boxes meant to scroll sideways: the side menu in a narrow window, and the seven-column numbers table. */
const SCROLLS_SIDEWAYS = ['nav', '.numbers-table']

/** Everything wrong with the layout now, each as "what: which element (text)". Empty when all is well. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((scrollsSideways) => {
    const problems: string[] = []
    const describe = (el: Element) => {
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)
      return text ? `${name} “${text}”` : name
    }
    // Text for screen readers only sits in a 1 px box that clips it (.sr-only, or clip: rect(0 0 0 0)), by design.
    const forReadersOnly = (el: Element) => {
      for (let at: Element | null = el; at; at = at.parentElement) {
        if (getComputedStyle(at).clip === 'rect(0px, 0px, 0px, 0px)') return true
      }
      return false
    }
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect()
      const visible = el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      return visible && box.width > 0 && box.height > 0
    }
    const all = [...document.querySelectorAll('body *')].filter((el) => shown(el) && !forReadersOnly(el))

    for (const el of [document.documentElement, document.body, ...all]) {
      const style = getComputedStyle(el)
      const clips = (overflow: string) => overflow === 'hidden' || overflow === 'clip'
      const wide = el.scrollWidth > el.clientWidth + 1
      const tall = el.scrollHeight > el.clientHeight + 1
      if (clips(style.overflowX) && wide) problems.push(`clipped sideways: ${describe(el)}`)
      else if (clips(style.overflowY) && tall) problems.push(`clipped below: ${describe(el)}`)
      if (style.textOverflow === 'ellipsis' && wide) problems.push(`cut with an ellipsis: ${describe(el)}`)
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll'
      if (scrolls && wide && !scrollsSideways.some((selector) => el.matches(selector))) {
        problems.push(`scrolls sideways: ${describe(el)}`)
      }
    }

    // Texts and controls: an element with text of its own, or a control. A box inside another is part of it.
    const ownText = (el: Element) =>
      [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
    const controls = 'button, input, select, textarea, a[href]'
    const items = all.filter((el) => el.matches(controls) || ownText(el))
    // A box in a scrolling column is drawn only within the column's edges: against anything outside that column
    // only the part inside counts (the rest is reached by scrolling); against its neighbours in the column, all.
    type Edges = { left: number; top: number; right: number; bottom: number }
    const scrollers = (el: Element) => {
      const out: { at: Element; edge: DOMRect }[] = []
      for (let at = el.parentElement; at; at = at.parentElement) {
        const style = getComputedStyle(at)
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          out.push({ at, edge: at.getBoundingClientRect() })
        }
      }
      return out
    }
    const boxes = items
      .map((el) => ({ el, rects: [...el.getClientRects()], scrollers: scrollers(el) }))
      .filter(({ rects }) => rects.length > 0)
      .map((box, order) => {
        // The box round all its lines: two items whose boxes do not overlap cannot have lines that do, so only
        // the pairs whose boxes meet are compared line by line (a sweep from the top, not every pair).
        const bound = {
          left: Math.min(...box.rects.map((r) => r.left)),
          top: Math.min(...box.rects.map((r) => r.top)),
          right: Math.max(...box.rects.map((r) => r.right)),
          bottom: Math.max(...box.rects.map((r) => r.bottom)),
        }
        return { ...box, bound, order }
      })
    const cut = (rect: Edges, by: { at: Element; edge: DOMRect }[], other: Element): Edges => {
      let { left, top, right, bottom } = rect
      for (const { at, edge } of by) {
        if (at.contains(other)) continue
        left = Math.max(left, edge.left)
        top = Math.max(top, edge.top)
        right = Math.min(right, edge.right)
        bottom = Math.min(bottom, edge.bottom)
      }
      return { left, top, right, bottom }
    }
    const fromTop = [...boxes].sort((a, b) => a.bound.top - b.bound.top)
    const pairs: [number, number][] = []
    for (let i = 0; i < fromTop.length; i++) {
      const first = fromTop[i]!
      for (let j = i + 1; j < fromTop.length; j++) {
        const second = fromTop[j]!
        if (second.bound.top >= first.bound.bottom - 1) break
        const across =
          Math.min(first.bound.right, second.bound.right) - Math.max(first.bound.left, second.bound.left)
        if (across <= 1) continue
        const [a, b] = first.order < second.order ? [first, second] : [second, first]
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue
        const overlaps = a.rects.some((rectA) =>
          b.rects.some((rectB) => {
            const ra = cut(rectA, a.scrollers, b.el)
            const rb = cut(rectB, b.scrollers, a.el)
            return (
              Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 1 &&
              Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 1
            )
          }),
        )
        if (overlaps) pairs.push([a.order, b.order])
      }
    }
    // Reported in the page's order, as a reader meets them.
    pairs.sort(([a1, b1], [a2, b2]) => a1 - a2 || b1 - b2)
    for (const [a, b] of pairs)
      problems.push(`overlap: ${describe(boxes[a]!.el)} and ${describe(boxes[b]!.el)}`)
    return problems
  }, SCROLLS_SIDEWAYS)
}
