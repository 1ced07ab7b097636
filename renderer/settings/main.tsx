// Entry point of the settings window: connects to the bridge (which loads the texts of the language in use), then
// renders. Nothing else runs at load.
import { render } from 'preact'
import { getBridge, markRendered } from '../shared/bridge'
import { App } from './app'
import { connect } from './state'
import '../shared/theme.css'
import '../shared/check-in.css'
import './settings.css'
import './welcome.css'

const root = document.getElementById('app')
if (root) {
  void connect(getBridge()).then((disconnect) => {
    render(<App />, root)
    markRendered()
    window.addEventListener('pagehide', disconnect, { once: true })
  })
}
