import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { canReachJournal } from './api';
import { App } from './app/App';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/editor.css';
import './styles/views.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {canReachJournal() ? <App /> : <MissingToken />}
    </StrictMode>,
  );
}

/** The browser host opened without its token (a bookmark, a typed address): say what to do. */
function MissingToken() {
  return (
    <main className="missing-token">
      <h1>Scopebook</h1>
      <p>
        This tab cannot open your journal: it was opened without the address&apos;s key. Open the full address Scopebook printed when it
        started (it ends with <code>?token=…</code>), or restart <code>npm run web</code> to get a new one.
      </p>
    </main>
  );
}
