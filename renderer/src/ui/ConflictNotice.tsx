/**
 * What an editor shows when its document was changed somewhere else: the user's text stays and
 * was not saved over the other version; they choose which one wins.
 */
export function ConflictNotice({
  what,
  message,
  onLoadOther,
  onKeepMine,
}: {
  /** "entry" or "review". */
  what: string;
  message: string;
  onLoadOther: () => void;
  onKeepMine: () => void;
}) {
  return (
    <div className="notice notice-warning" role="alert">
      <p>
        <strong>This {what} was changed somewhere else</strong> (another window, perhaps). Your version is still here and was
        not saved over it. {message}
      </p>
      <div className="notice-actions">
        <button type="button" className="button" onClick={onLoadOther}>
          Load the other version
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          Keep mine and save it
        </button>
      </div>
    </div>
  );
}
