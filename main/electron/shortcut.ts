/**
 * The global quick-capture shortcut. The OS (or another app holding the same keys) may refuse
 * it: registration then reports a message the user can act on instead of failing silently.
 */
import type { CommandLine, GlobalShortcut } from 'electron';

export type ShortcutResult = { ok: true; accelerator: string } | { ok: false; accelerator: string; message: string };

/** Chromium's feature that routes global shortcuts through the XDG GlobalShortcuts portal on Wayland. */
export const GLOBAL_SHORTCUTS_PORTAL = 'GlobalShortcutsPortal';

/** Whether the app runs in a Linux Wayland session (where global shortcuts need the portal). */
export function isWaylandSession(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform !== 'linux') return false;
  return env.XDG_SESSION_TYPE === 'wayland' || (!!env.WAYLAND_DISPLAY && env.XDG_SESSION_TYPE !== 'x11');
}

/**
 * Turns on the GlobalShortcutsPortal feature (before the app is ready), keeping any features
 * already asked for: Chromium reads only the last --enable-features switch.
 */
export function enableShortcutsPortal(commandLine: Pick<CommandLine, 'appendSwitch' | 'getSwitchValue' | 'hasSwitch'>): void {
  const existing = commandLine.hasSwitch('enable-features') ? commandLine.getSwitchValue('enable-features').split(',').filter(Boolean) : [];
  if (existing.includes(GLOBAL_SHORTCUTS_PORTAL)) return;
  commandLine.appendSwitch('enable-features', [...existing, GLOBAL_SHORTCUTS_PORTAL].join(','));
}

/** Keeps one registered accelerator and swaps it when the setting changes. */
export class CaptureShortcut {
  private current: string | null = null;

  /** `wayland`: registration goes through the desktop's shortcut portal, so a refusal means something else. */
  constructor(
    private readonly globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>,
    private readonly onPress: () => void,
    private readonly wayland = false,
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
        message: this.wayland
          ? `The desktop did not grant the quick capture shortcut ${accelerator}. On Wayland, global shortcuts are granted by the desktop's shortcut portal, which refused it or is not available here. Allow it in your desktop's keyboard settings, or bind a key there to open scopebook://capture.`
          : `The quick capture shortcut ${accelerator} is already used by the system or another app. Choose another in Settings.`,
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
