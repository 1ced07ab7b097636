// The settings window's shared state, as signals: what main last told us (preferences, status, upcoming,
// history, stretches), the one line that says what became of the last change, and whether the welcome is open.
// Changes and their messages at the fields are saving.ts's, which only the parts with fields load.
import { signal } from '../shared/signal'
import type {
  AppStatus,
  HistorySummary,
  LimberBridge,
  StretchInfo,
  UpcomingItem,
} from '../../main/app/ipc-contract'
import type { Preferences } from '../../main/core/preferences/index'
import { loadTexts } from './texts'

export const prefs = signal<Preferences | null>(null)
export const status = signal<AppStatus | null>(null)
export const upcoming = signal<UpcomingItem[]>([])
export const history = signal<HistorySummary | null>(null)
export const stretches = signal<StretchInfo[]>([])
/**
 * What became of the last change, for screen readers and sighted users alike: "Saved.", "Not saved: “Break
 * length”." The detail (the reason, or a note) is read out too, but not shown twice: it is at the field already.
 */
/** A text given as a function is worded when shown, so it follows a change of language ("Saved."). */
export const notice = signal<{ text: string | (() => string); detail?: string }>({ text: '' })
/** The first-run welcome is open in place of the sections. */
export const welcomeOpen = signal(false)

let bridge: LimberBridge | null = null

/**
 * Loads everything the window shows and follows main's changes. `firstScreen` fetches what the first frame shows
 * (the welcome, when `welcome` is true) beside the texts. Returns the unsubscribe for both events.
 */
export async function connect(
  b: LimberBridge,
  firstScreen: (welcome: boolean) => Promise<void>,
): Promise<() => void> {
  bridge = b
  const [p, s, u, h, st, welcome] = await Promise.all([
    b.getPreferences(),
    b.getStatus(),
    b.getUpcoming(),
    b.getHistory(),
    b.getStretches(),
    b.getWelcome(),
  ])
  // The texts first: asking for them says which language the first screen's part comes in.
  await Promise.all([loadTexts(s.language), firstScreen(welcome.show)])
  prefs.value = p
  status.value = s
  upcoming.value = u
  history.value = h
  stretches.value = st
  if (welcome.show) {
    welcomeOpen.value = true
    // Shown now: the welcome does not open by itself again (About offers it).
    void b.markWelcomeSeen()
  }
  const offPrefs = b.on('prefs:changed', (next) => {
    prefs.value = next
    void refreshUpcoming()
  })
  const offStatus = b.on('status:changed', (next) => {
    const before = status.value?.language
    void loadTexts(next.language)
    status.value = next
    void refreshUpcoming()
    // Main writes the stretches' words in the language in use: a new language, new words.
    if (before && (before.code !== next.language.code || before.locale !== next.language.locale)) {
      void b.getStretches().then((list) => (stretches.value = list))
    }
  })
  return () => {
    offPrefs()
    offStatus()
  }
}

export function useBridge(): LimberBridge {
  if (!bridge) throw new Error('settings: connect() has not run')
  return bridge
}

/** What comes next, and the history (today's sitting figures and check-in move with the status). */
export async function refreshUpcoming(): Promise<void> {
  if (!bridge) return
  const [u, h] = await Promise.all([bridge.getUpcoming(), bridge.getHistory()])
  upcoming.value = u
  history.value = h
}
