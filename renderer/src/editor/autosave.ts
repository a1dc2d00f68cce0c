/**
 * Autosave: debounced while typing, flushed on demand (blur, navigation, window close),
 * one write at a time, never losing a change made while a write is in flight. A failed
 * write keeps everything dirty (the text stays in the editor) and the next change or a
 * retry tries again; a conflict stops autosaving until the person decides.
 */

/** What the save indicator shows. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'blocked'; message: string };

/** The result of one write: `skipped` when there was nothing worth saving (an empty new entry). */
export type WriteOutcome = 'saved' | 'skipped';

export interface AutosaverOptions {
  delayMs: number;
  /** Writes the current state of the editor; throws when the write fails. */
  write: () => Promise<WriteOutcome>;
  isConflict: (error: unknown) => boolean;
  onState: (state: SaveState) => void;
  /** Everything changed so far is acknowledged: the local draft can go. */
  onClean?: () => void;
}

/** The autosave state machine of one editor. */
export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private changes = 0;
  private savedChanges = 0;
  private inFlight: Promise<void> | null = null;
  private state: SaveState = { kind: 'idle' };
  private disposed = false;

  constructor(private readonly options: AutosaverOptions) {}

  /** Whether some change is not acknowledged yet. */
  get dirty(): boolean {
    return this.changes !== this.savedChanges;
  }

  get current(): SaveState {
    return this.state;
  }

  /** Something changed: save after a pause in typing. */
  change(): void {
    this.changes += 1;
    if (this.halted()) return;
    // Once per burst of typing, not per keystroke: the indicator already says "pending".
    if (this.state.kind !== 'saving' && this.state.kind !== 'pending') this.setState({ kind: 'pending' });
    this.schedule();
  }

  /** Save now (blur, navigation, closing); resolves once everything known so far is written or has failed. */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || this.halted()) return;
    await this.writeOnce();
    // Changes made during the write were scheduled by change(); a flush writes them too.
    if (this.dirty && !this.halted() && this.state.kind !== 'error') await this.flush();
  }

  /** Try again after an error. */
  retry(): Promise<void> {
    return this.flush();
  }

  /** Stop autosaving: the entry conflicts, or its document could not be read. Changes are still counted. */
  halt(kind: 'conflict' | 'blocked', message: string): void {
    this.clearTimer();
    this.setState({ kind, message });
  }

  /** Start again after a conflict was settled (reloaded, or the person chose to keep their version). */
  resume(options: { dirty: boolean }): void {
    if (!options.dirty) this.savedChanges = this.changes;
    this.setState(this.dirty ? { kind: 'pending' } : { kind: 'saved' });
    if (this.dirty) this.schedule();
  }

  /** The editor is (again) on screen: timers may run. */
  attach(): void {
    this.disposed = false;
  }

  /** The editor is gone: no more timers. A pending change is still written by a final flush(). */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private halted(): boolean {
    return this.state.kind === 'conflict' || this.state.kind === 'blocked';
  }

  private schedule(): void {
    this.clearTimer();
    if (this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async writeOnce(): Promise<void> {
    const upTo = this.changes;
    this.setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const outcome = await this.options.write();
        this.savedChanges = Math.max(this.savedChanges, upTo);
        if (this.dirty) {
          this.setState({ kind: 'pending' });
        } else {
          this.setState(outcome === 'saved' ? { kind: 'saved' } : { kind: 'idle' });
          this.options.onClean?.();
        }
      } catch (error) {
        if (this.options.isConflict(error)) {
          this.halt('conflict', messageOf(error));
        } else {
          this.setState({ kind: 'error', message: messageOf(error) });
        }
      }
    })();
    this.inFlight = run;
    try {
      await run;
    } finally {
      this.inFlight = null;
    }
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onState(state);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
