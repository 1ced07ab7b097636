// Entry point of the settings window: connects to the bridge and fetches, beside the texts of the language in use,
// the part the first screen shows (Today, or the welcome on a first start), then renders. The other sections are
// fetched beside it, in the background (the first render does not wait for them), and drawn once that first frame
// is painted or the user goes to one (app.tsx, section-loader.ts): a jump finds its section there.
import { render } from 'preact'
import { getBridge, markRendered } from '../shared/bridge'
import { renderOnChange } from '../shared/signal'
import { App } from './app'
import { loadEverySection, loadFirstScreen } from './section-loader'
import { connect } from './state'
import '../shared/theme.css'
import './settings.css'

/** The first screen's part, which the first render waits for; then every other section's, in the background. */
function loadParts(welcome: boolean): Promise<void> {
  const first = loadFirstScreen(welcome)
  first.then(loadEverySection, () => undefined)
  return first
}

const root = document.getElementById('app')
if (root) {
  void connect(getBridge(), loadParts).then((disconnect) => {
    const draw = () => render(<App />, root)
    renderOnChange(draw)
    draw()
    markRendered()
    window.addEventListener('pagehide', disconnect, { once: true })
  })
}
