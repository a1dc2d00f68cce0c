/** Quiet notifications at the bottom of the window, with an optional action such as "Undo". */
import { useSyncExternalStore } from 'react';

/** One notification. */
export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void | Promise<void> };
  tone: 'info' | 'error';
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const timers = new Map<number, ReturnType<typeof setTimeout>>();

function emit() {
  for (const l of listeners) l();
}

/** Shows a notification; those with an action stay longer. Returns its id. */
export function showToast(message: string, options: { action?: Toast['action']; tone?: Toast['tone'] } = {}): number {
  const toast: Toast = { id: nextId++, message, action: options.action, tone: options.tone ?? 'info' };
  toasts = [...toasts.slice(-3), toast];
  emit();
  scheduleDismiss(toast.id, toast.action ? 10_000 : 5_000);
  return toast.id;
}

/** Removes a notification. */
export function dismissToast(id: number): void {
  clearTimeout(timers.get(id));
  timers.delete(id);
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

/** Keeps a notification while the pointer or focus is on it. */
export function holdToast(id: number, held: boolean): void {
  clearTimeout(timers.get(id));
  timers.delete(id);
  if (!held) scheduleDismiss(id, 4_000);
}

function scheduleDismiss(id: number, ms: number) {
  timers.set(
    id,
    setTimeout(() => dismissToast(id), ms),
  );
}

/** The notifications currently shown. */
export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => toasts,
  );
}
