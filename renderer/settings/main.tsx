// Entry point of the settings window: connects to the bridge and fetches, beside the texts of the language in use,
// the part the first screen shows (Today, or the welcome on a first start), then renders. Nothing else runs at
// load: the other sections come right after the first frame (app.tsx, section-loader.ts).
import { render } from 'preact'
import { getBridge, markRendered } from '../shared/bridge'
import { renderOnChange } from '../shared/signal'
import { App } from './app'
import { loadFirstScreen } from './section-loader'
import { connect } from './state'
import '../shared/theme.css'
import './settings.css'

const root = document.getElementById('app')
if (root) {
  void connect(getBridge(), loadFirstScreen).then((disconnect) => {
    const draw = () => render(<App />, root)
    renderOnChange(draw)
    draw()
    markRendered()
    window.addEventListener('pagehide', disconnect, { once: true })
  })
}
