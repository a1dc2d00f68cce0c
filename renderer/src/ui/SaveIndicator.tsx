import type { SaveState } from '../editor/autosave';

/** The quiet save status beside an editor: "Saved", "Saving…", or an error with a way to retry. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  switch (state.kind) {
    case 'idle':
      return <span className="save-indicator" role="status" />;
    case 'pending':
    case 'saving':
      return (
        <span className="save-indicator" role="status">
          Saving…
        </span>
      );
    case 'saved':
      return (
        <span className="save-indicator is-saved" role="status">
          Saved
        </span>
      );
    case 'error':
      return (
        <span className="save-indicator is-error" role="alert">
          Not saved: {state.message}{' '}
          <button type="button" className="button-link" onClick={onRetry}>
            Retry
          </button>
          <span className="muted"> Your text stays here and in this window’s local draft.</span>
        </span>
      );
    case 'conflict':
    case 'blocked':
      return (
        <span className="save-indicator is-error" role="status">
          Not saved
        </span>
      );
  }
}
