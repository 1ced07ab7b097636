// Loads the settings window's parts (section-table.ts): each one's chunk, its stylesheet and its texts in the
// language in use, together, once. Before the first render the part of the first screen (Today, or the welcome on a
// first start); right after it every other section, in the background, so a jump finds it there. What is on screen
// is drawn first: the sections below Today are drawn once the first frame is painted, or at once when the user
// jumps to one; then in the side menu's order as they come (one that came early waits for those above it, so
// nothing on screen is pushed down from above). A jump to a section not here yet waits for it and those above it.
import { signal } from '../shared/signal'
import { preloadPartScripts } from './part-scripts'
import { SECTIONS, SHARED_TEXTS, WELCOME, type LazyPart } from './section-table'
import type { SectionView } from './section-view'
import { welcomeOpen } from './state'
import { loadTextsPart } from './texts'

/** Part id → its component, once its chunk and its texts are both here. */
const views = signal<Readonly<Record<string, SectionView>>>({})
const loading = new Map<string, Promise<void>>()
/** The sections below the first screen may be drawn: the first frame is painted, or the user went to one. */
const restShown = signal(false)

const isShared = (name: string): name is keyof typeof SHARED_TEXTS => name in SHARED_TEXTS

/** The texts files a part reads: its own (when it names texts of its own) and each shared group it names. */
function textsOf(part: LazyPart): string[] {
  const groups = part.texts.filter(isShared)
  return groups.length < part.texts.length ? [part.id, ...groups] : groups
}

/** A part's stylesheet (the build writes one for every part: sections/<id>.css), linked; resolves once applied. */
function stylesheet(id: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = `sections/${id}.css`
    link.onload = () => resolve()
    link.onerror = () => {
      link.remove()
      reject(new Error(`settings: sections/${id}.css did not load`))
    }
    document.head.append(link)
  })
}

/** Fetches a part's chunk, stylesheet and texts (once; again after a failure, at the next ask). */
export function loadPart(part: LazyPart): Promise<void> {
  let pending = loading.get(part.id)
  if (!pending) {
    preloadPartScripts(part.id)
    const texts = textsOf(part).map(loadTextsPart)
    pending = Promise.all([part.load(), stylesheet(part.id), ...texts]).then(
      ([module]) => {
        views.value = { ...views.value, [part.id]: module.default }
      },
      (error: unknown) => {
        loading.delete(part.id)
        throw error
      },
    )
    loading.set(part.id, pending)
  }
  return pending
}

/** What the first frame shows: the welcome's part on a first start, else Today's. */
export function loadFirstScreen(welcome: boolean): Promise<void> {
  if (!welcome) return loadPart(SECTIONS[0] ?? WELCOME)
  return loadPart(WELCOME).catch((error: unknown) => {
    // Without its part (a damaged install) the window shows the sections rather than nothing.
    console.error('settings: the welcome:', error)
    welcomeOpen.value = false
    return loadFirstScreen(false)
  })
}

/** Every section, fetched in the background (the window asks right after its first render). */
export function loadEverySection(): void {
  for (const section of SECTIONS) {
    loadPart(section).catch((error: unknown) => console.error(`settings: section ${section.id}:`, error))
  }
}

/** Lets the sections below the first screen be drawn (after the first frame, or at a jump to one). */
export function showTheRest(): void {
  restShown.value = true
}

/**
 * The sections to draw: in the side menu's order, up to the first one that is not here yet; only the first screen's
 * until showTheRest().
 */
export function drawnSections(): { id: string; View: SectionView }[] {
  const drawn: { id: string; View: SectionView }[] = []
  for (const { id } of restShown.value ? SECTIONS : SECTIONS.slice(0, 1)) {
    const View = views.value[id]
    if (!View) break
    drawn.push({ id, View })
  }
  return drawn
}

const indexOf = (id: string) => SECTIONS.findIndex((section) => section.id === id)

/** True when section `id` and every section above it are drawn. */
export function isDrawn(id: string): boolean {
  return drawnSections().length > indexOf(id)
}

/** Resolves once section `id` and every section above it can be drawn. */
export async function whenDrawable(id: string): Promise<void> {
  await Promise.all(SECTIONS.slice(0, indexOf(id) + 1).map(loadPart))
}

/** The welcome's component, once its part is here. */
export function welcomeView(): SectionView | undefined {
  return views.value[WELCOME.id]
}

/** Opens the welcome in place of the sections (About's "Show the welcome again"), at the top of the column. */
export async function openWelcome(): Promise<void> {
  await loadPart(WELCOME)
  welcomeOpen.value = true
  document.getElementById('content')?.scrollTo(0, 0)
}
