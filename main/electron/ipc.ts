/**
 * IPC bound from the contract: one ipcMain.handle per operation, named by its channel
 * (`domain:verb`), nothing else. Each call is checked to come from the app's own page, then
 * passed to the journal worker, which validates and runs it and answers a Result (typed
 * errors, never a throw); this process only waits, so windows and menus never freeze.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Result } from '../../common/contract';

/** What the handlers call into: the journal worker (main/core/jobs/journal-client.ts). */
export interface ContractTarget {
  call(channel: string, input: unknown): Result<unknown> | Promise<Result<unknown>>;
}

/** The answer to a message from anywhere but the app's own page. */
export const UNTRUSTED_SENDER: Result<never> = {
  ok: false,
  error: { code: 'invalid_input', message: 'Refused: this request did not come from the Scopebook window.' },
};

/** Registers one handler per contract operation. Returns a function that removes them all. */
export function bindContract(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  target: () => ContractTarget | null,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  for (const { channel } of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrusted(event)) return UNTRUSTED_SENDER;
      const core = target();
      if (!core) return { ok: false, error: { code: 'storage', message: 'The journal is closed.' } } satisfies Result<never>;
      return core.call(channel, input);
    });
  }
  return () => {
    for (const { channel } of CHANNELS) ipcMain.removeHandler(channel);
  };
}
