// Entry point of the settings window: connects to the bridge (which loads the texts of the language in use), then
// renders. Nothing else runs at load.
import { render } from 'preact'
import { getBridge, markRendered } from '../shared/bridge'
import { renderOnChange } from '../shared/signal'
import { App } from './app'
import { connect } from './state'
import '../shared/theme.css'
import '../shared/check-in.css'
import '../shared/warning-signs.css'
import './settings.css'
import './welcome.css'

const root = document.getElementById('app')
if (root) {
  void connect(getBridge()).then((disconnect) => {
    const draw = () => render(<App />, root)
    renderOnChange(draw)
    draw()
    markRendered()
    window.addEventListener('pagehide', disconnect, { once: true })
  })
}
