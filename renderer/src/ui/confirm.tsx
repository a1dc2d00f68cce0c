import { useCallback, useRef, useState, type ReactNode } from 'react';

interface Ask {
  title: string;
  body: ReactNode;
  confirm: string;
  resolve: (ok: boolean) => void;
}

/**
 * A modal question for the rare destructive action (purging, deleting a person).
 * Uses the native <dialog>: focus is trapped, Escape cancels. Render `dialog` once.
 */
export function useConfirm(): { ask: (q: Omit<Ask, 'resolve'>) => Promise<boolean>; dialog: ReactNode } {
  const [question, setQuestion] = useState<Ask | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  const ask = useCallback(
    (q: Omit<Ask, 'resolve'>) =>
      new Promise<boolean>((resolve) => {
        setQuestion({ ...q, resolve });
        requestAnimationFrame(() => ref.current?.showModal());
      }),
    [],
  );
  const close = (ok: boolean) => {
    ref.current?.close();
    question?.resolve(ok);
    setQuestion(null);
  };
  const dialog = (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        close(false);
      }}
    >
      {question && (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            close(true);
          }}
        >
          <h2 id="confirm-title">{question.title}</h2>
          <div className="dialog-body">{question.body}</div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => close(false)} autoFocus>
              Cancel
            </button>
            <button type="submit" className="button button-danger">
              {question.confirm}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
  return { ask, dialog };
}
