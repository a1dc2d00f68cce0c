import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  label: string;
  value: string;
  /** Saves the new value; rejects with a message to show beside the field. */
  onCommit: (value: string) => Promise<void>;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  hint?: string;
}

/** A text field that saves itself: after a pause in typing and when focus leaves it. */
export function EditableField({ label, value, onCommit, multiline, rows = 3, maxLength, placeholder, hint }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const committed = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const textRef = useRef(text);
  textRef.current = text;

  useEffect(() => {
    // A new value from outside (another field's save returned the person): take it unless editing.
    if (value !== committed.current && textRef.current === committed.current) setText(value);
    committed.current = value;
  }, [value]);

  const commit = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = textRef.current;
    if (next === committed.current) return;
    try {
      await onCommit(next);
      committed.current = next;
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const commitRef = useRef(commit);
  commitRef.current = commit;
  useEffect(() => () => void commitRef.current(), []);

  const onChange = (next: string) => {
    setText(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void commit(), 800);
  };

  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea
          id={id}
          rows={rows}
          value={text}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => void commit()}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={text}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
          }}
        />
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
