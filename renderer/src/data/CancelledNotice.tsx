import { useEffect, useRef } from 'react';

/**
 * "Cancelled: nothing was written." The Cancel button that was focused has just gone, so the
 * notice takes the focus: keyboard users stay where they were and screen readers read it.
 */
export function CancelledNotice({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) ref.current?.focus();
  }, []);
  return (
    <p ref={ref} tabIndex={-1} className="notice notice-quiet" role="status">
      {message}
    </p>
  );
}
