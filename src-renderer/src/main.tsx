/** Renderer entry: mounts the app once its library is open. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseGate } from './recovery/DatabaseGate';
import { LibraryMoveGate } from './library-move/LibraryMoveGate';
import './styles/app.css';
import './styles/highlights.css';
import './styles/search.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseGate>
      <LibraryMoveGate>
        <App />
      </LibraryMoveGate>
    </DatabaseGate>
  </StrictMode>,
);
