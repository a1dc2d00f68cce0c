/**
 * The global quick-capture shortcut. The OS (or another app holding the same keys) may refuse
 * it: registration then reports a message the user can act on instead of failing silently.
 */
import type { GlobalShortcut } from 'electron';

export type ShortcutResult = { ok: true; accelerator: string } | { ok: false; accelerator: string; message: string };

/** Keeps one registered accelerator and swaps it when the setting changes. */
export class CaptureShortcut {
  private current: string | null = null;

  constructor(
    private readonly globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>,
    private readonly onPress: () => void,
  ) {}

  /** Registers `accelerator` (releasing the previous one); unchanged accelerators are left alone. */
  set(accelerator: string): ShortcutResult {
    if (accelerator === this.current) return { ok: true, accelerator };
    this.clear();
    let registered: boolean;
    try {
      registered = this.globalShortcut.register(accelerator, this.onPress);
    } catch (err) {
      return { ok: false, accelerator, message: `The quick capture shortcut ${accelerator} is not valid here (${(err as Error).message}). Choose another in Settings.` };
    }
    if (!registered) {
      return {
        ok: false,
        accelerator,
        message: `The quick capture shortcut ${accelerator} is already used by the system or another app. Choose another in Settings.`,
      };
    }
    this.current = accelerator;
    return { ok: true, accelerator };
  }

  /** Releases the shortcut (on quit, or before registering another). */
  clear(): void {
    if (this.current) this.globalShortcut.unregister(this.current);
    this.current = null;
  }

  get registered(): string | null {
    return this.current;
  }
}
