import { useEffect, useRef } from 'react';
import { NAV_ITEMS } from './nav';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

/** The list of keyboard shortcuts (press ?). */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !ref.current?.open) ref.current?.showModal();
    if (!open && ref.current?.open) ref.current.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog shortcuts" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {NAV_ITEMS.map((n) => (
            <tr key={n.id}>
              <td>
                <kbd>g</kbd> <kbd>{n.key}</kbd>
              </td>
              <td>Go to {n.label}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>n</kbd>
            </td>
            <td>Write a new entry</td>
          </tr>
          <tr>
            <td>
              <kbd>/</kbd>
            </td>
            <td>Search the journal</td>
          </tr>
          <tr>
            <td>
              <kbd>@</kbd>
            </td>
            <td>Mention who saw it (in the editor)</td>
          </tr>
          <tr>
            <td>
              <kbd>#</kbd>
            </td>
            <td>Tag the entry (in the editor)</td>
          </tr>
          <tr>
            <td>
              <kbd>Alt</kbd> <kbd>1</kbd>–<kbd>5</kbd>
            </td>
            <td>Set the ownership level (in the editor)</td>
          </tr>
          <tr>
            <td>
              <kbd>{mod}</kbd> <kbd>Enter</kbd>
            </td>
            <td>Finish the entry</td>
          </tr>
          <tr>
            <td>
              <kbd>↑</kbd> <kbd>↓</kbd>
            </td>
            <td>Move through the timeline</td>
          </tr>
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
