/**
 * The flush handshake before a window closes (design in common/shell-api.ts): ask the page to
 * save pending edits and wait for its answer, a crash, or the timeout, whichever comes first.
 */
import { randomUUID } from 'node:crypto';
import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import { SHELL_CHANNELS } from '../../common/shell-api';

export type FlushOutcome = 'flushed' | 'timeout' | 'gone';

/** Asks `contents` to flush; resolves once it has (or cannot any more). Never rejects. */
export function requestFlush(ipcMain: Pick<IpcMain, 'on' | 'removeListener'>, contents: WebContents, timeoutMs: number): Promise<FlushOutcome> {
  if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve('gone');
  const id = randomUUID();
  return new Promise((resolve) => {
    const finish = (outcome: FlushOutcome) => {
      clearTimeout(timer);
      ipcMain.removeListener(SHELL_CHANNELS.flushed, onAnswer);
      contents.removeListener('render-process-gone', onGone);
      contents.removeListener('destroyed', onGone);
      resolve(outcome);
    };
    const onAnswer = (event: IpcMainEvent, answered: unknown) => {
      if (event.sender === contents && answered === id) finish('flushed');
    };
    const onGone = () => finish('gone');
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    ipcMain.on(SHELL_CHANNELS.flushed, onAnswer);
    contents.once('render-process-gone', onGone);
    contents.once('destroyed', onGone);
    contents.send(SHELL_CHANNELS.flush, id);
  });
}
