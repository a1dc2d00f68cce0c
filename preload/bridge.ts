/**
 * Builds the objects the preload exposes, from nothing but an IPC port, so they can be tested
 * without Electron: `scopebook` (the contract, one method per operation, channel = `domain:verb`)
 * and `scopebookShell` (menu commands, the flush handshake and Save as PDF).
 */
// Values come from the zod-free modules only: the preload bundle must not carry zod.
import type { Result, ScopebookApi } from '../common/contract';
import { CHANNEL_NAMES } from '../common/contract/channels';
import { CHANGE_EVENT_CHANNEL, type ChangeEvent, isChangeEvent, type ScopebookEvents } from '../common/contract/events';
import { type DesktopShell, isMenuCommand, type MenuCommand, type SaveFileAnswer, type SavePdfAnswer, SHELL_CHANNELS } from '../common/shell-api';

/** The slice of ipcRenderer the bridge uses. */
export interface IpcPort {
  invoke(channel: string, input: unknown): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
}

/**
 * `window.scopebook`: every contract operation (never rejects), and `onChange` for the change
 * events main sends after each write (checked for shape; the IPC event never reaches the page).
 */
export function buildContractApi(ipc: Pick<IpcPort, 'invoke' | 'on' | 'removeListener'>): ScopebookApi & ScopebookEvents {
  const api: Record<string, unknown> = {};
  for (const channel of CHANNEL_NAMES) {
    const [domain, verb] = channel.split(':') as [string, string];
    const ops = (api[domain] ??= {}) as Record<string, (input: unknown) => Promise<Result<unknown>>>;
    ops[verb] = async (input: unknown) => {
      try {
        return (await ipc.invoke(channel, input)) as Result<unknown>;
      } catch (err) {
        return { ok: false, error: { code: 'storage', message: `Scopebook could not reach its journal: ${String((err as Error)?.message ?? err)}` } };
      }
    };
  }
  api.onChange = (listener: (event: ChangeEvent) => void) => {
    const wrapped = (_event: unknown, event: unknown) => {
      if (isChangeEvent(event)) listener(event);
    };
    ipc.on(CHANGE_EVENT_CHANNEL, wrapped);
    return () => ipc.removeListener(CHANGE_EVENT_CHANNEL, wrapped);
  };
  return api as unknown as ScopebookApi & ScopebookEvents;
}

/** `window.scopebookShell`: narrowly typed events; the IPC event object never reaches the page. */
export function buildShell(ipc: IpcPort): DesktopShell {
  let flush: (() => void | Promise<void>) | null = null;
  // A menu command can arrive before React registered its listener (a command that opened the
  // window is sent at did-finish-load): kept until the first listener, then delivered.
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const earlyCommands: MenuCommand[] = [];
  let listened = false;
  ipc.on(SHELL_CHANNELS.menu, (_event, command) => {
    if (!isMenuCommand(command)) return;
    if (!listened) earlyCommands.push(command);
    else for (const listener of [...menuListeners]) listener(command);
  });
  ipc.on(SHELL_CHANNELS.flush, (_event, requestId) => {
    const pending = flush;
    void (async () => {
      try {
        await pending?.();
      } finally {
        ipc.send(SHELL_CHANNELS.flushed, typeof requestId === 'string' ? requestId : '');
      }
    })().catch(() => undefined);
  });
  return {
    onMenuCommand(listener: (command: MenuCommand) => void) {
      const wrapped = (command: MenuCommand) => listener(command);
      menuListeners.add(wrapped);
      listened = true;
      for (const command of earlyCommands.splice(0)) listener(command);
      return () => void menuListeners.delete(wrapped);
    },
    onFlushRequest(fn: () => void | Promise<void>) {
      flush = fn;
      return () => {
        if (flush === fn) flush = null;
      };
    },
    async saveFile(options) {
      const answer = (await ipc.invoke(SHELL_CHANNELS.saveFile, {
        suggestedName: typeof options?.suggestedName === 'string' ? options.suggestedName : '',
        format: options?.format,
        content: options?.content,
      })) as SaveFileAnswer;
      if (answer.ok) return answer.path;
      throw new Error(answer.message);
    },
    async savePdf(options) {
      const suggestedName = typeof options?.suggestedName === 'string' ? options.suggestedName : '';
      const answer = (await ipc.invoke(SHELL_CHANNELS.savePdf, { suggestedName })) as SavePdfAnswer;
      if (answer.ok) return answer.path;
      throw new Error(answer.message);
    },
  };
}
