import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANGE_EVENT_CHANNEL, CHANNELS, type ScopebookEvents } from '../common/contract';
import { SHELL_CHANNELS } from '../common/shell-api';

/** A faithful stand-in for the renderer-side electron module: records what the preload exposes and sends. */
const fake = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const sent: { channel: string; args: unknown[] }[] = [];
  const invoke = vi.fn(async (channel: string, input: unknown): Promise<unknown> => ({ ok: true, value: { channel, input } }));
  return {
    exposed,
    listeners,
    sent,
    invoke,
    emit(channel: string, ...args: unknown[]) {
      for (const l of listeners.get(channel) ?? []) l({ sender: 'ipc-event-object' }, ...args);
    },
    module: {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value) },
      ipcRenderer: {
        invoke,
        send: (channel: string, ...args: unknown[]) => void sent.push({ channel, args }),
        on: (channel: string, l: (event: unknown, ...args: unknown[]) => void) => {
          if (!listeners.has(channel)) listeners.set(channel, new Set());
          listeners.get(channel)!.add(l);
        },
        removeListener: (channel: string, l: (event: unknown, ...args: unknown[]) => void) => void listeners.get(channel)?.delete(l),
      },
    },
  };
});

vi.mock('electron', () => fake.module);

beforeEach(async () => {
  vi.resetModules();
  fake.exposed.clear();
  fake.listeners.clear();
  fake.sent.length = 0;
  fake.invoke.mockClear();
  await import('./preload');
});

interface ShellLike {
  onMenuCommand(l: (c: string) => void): () => void;
  onFlushRequest(f: () => void | Promise<void>): () => void;
  savePdf(options: unknown): Promise<string | null>;
}
const api = () => fake.exposed.get('scopebook') as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
const shell = () => fake.exposed.get('scopebookShell') as ShellLike;

describe('preload', () => {
  it('exposes only the contract and the shell, nothing from Node', () => {
    expect([...fake.exposed.keys()].sort()).toEqual(['scopebook', 'scopebookShell']);
    const { onChange, ...domains } = api() as Record<string, unknown>;
    expect(typeof onChange).toBe('function');
    const methods = Object.entries(domains as Record<string, object>).flatMap(([domain, ops]) => Object.keys(ops).map((verb) => `${domain}:${verb}`));
    expect(methods.sort()).toEqual(CHANNELS.map((c) => c.channel).sort());
    expect(Object.keys(shell()).sort()).toEqual(['onFlushRequest', 'onMenuCommand', 'saveFile', 'savePdf']);
  });

  it('sends each operation on its own contract channel with the input unchanged', async () => {
    const input = { body: { type: 'doc' }, ownershipLevel: 'task' };
    await expect(api().entries!.create!(input)).resolves.toEqual({ ok: true, value: { channel: 'entries:create', input } });
    await api().people!.list!({});
    expect(fake.invoke.mock.calls.map((c) => c[0])).toEqual(['entries:create', 'people:list']);
  });

  it('turns a failed IPC call into a typed error instead of a rejection', async () => {
    fake.invoke.mockRejectedValueOnce(new Error('main process went away'));
    await expect(api().entries!.count!({})).resolves.toMatchObject({ ok: false, error: { code: 'storage' } });
  });

  it('passes known menu commands to the page, without the IPC event, and nothing else', () => {
    const seen: unknown[][] = [];
    const stop = shell().onMenuCommand((...args) => seen.push(args));
    fake.emit(SHELL_CHANNELS.menu, 'today');
    fake.emit(SHELL_CHANNELS.menu, 'rm -rf');
    fake.emit(SHELL_CHANNELS.menu, { toString: () => 'today' });
    stop();
    fake.emit(SHELL_CHANNELS.menu, 'people');
    expect(seen).toEqual([['today']]);
  });

  it('passes well-formed change events to the page, without the IPC event, until unsubscribed', () => {
    const seen: unknown[][] = [];
    const stop = (api() as unknown as ScopebookEvents).onChange((...args) => seen.push(args));
    const event = { seq: 1, channel: 'entries:create', changes: [{ what: 'entries', ids: ['e1'] }] };
    fake.emit(CHANGE_EVENT_CHANNEL, event);
    fake.emit(CHANGE_EVENT_CHANNEL, { seq: 2, channel: 'x', changes: [{ what: 'everything' }] });
    fake.emit(CHANGE_EVENT_CHANNEL, 'journal');
    stop();
    fake.emit(CHANGE_EVENT_CHANNEL, { ...event, seq: 3 });
    expect(seen).toEqual([[event]]);
  });

  it('keeps a menu command sent before the page listened (did-finish-load is earlier than React) and delivers it once', () => {
    fake.emit(SHELL_CHANNELS.menu, 'new-entry');
    const seen: unknown[] = [];
    const stop = shell().onMenuCommand((c) => seen.push(c));
    expect(seen).toEqual(['new-entry']);
    const again: unknown[] = [];
    shell().onMenuCommand((c) => again.push(c));
    fake.emit(SHELL_CHANNELS.menu, 'today');
    stop();
    expect(seen).toEqual(['new-entry', 'today']);
    expect(again).toEqual(['today']);
  });

  it('answers a flush request only after the page has saved', async () => {
    let saved = false;
    let finish!: () => void;
    shell().onFlushRequest(() => new Promise<void>((resolve) => (finish = resolve)).then(() => void (saved = true)));
    fake.emit(SHELL_CHANNELS.flush, 'req-1');
    await Promise.resolve();
    expect(fake.sent).toEqual([]);
    finish();
    await vi.waitFor(() => expect(fake.sent).toEqual([{ channel: SHELL_CHANNELS.flushed, args: ['req-1'] }]));
    expect(saved).toBe(true);
  });

  it('answers a flush request at once when the page registered nothing, or its flush failed', async () => {
    fake.emit(SHELL_CHANNELS.flush, 'req-2');
    await vi.waitFor(() => expect(fake.sent).toHaveLength(1));
    shell().onFlushRequest(() => Promise.reject(new Error('disk full')));
    fake.emit(SHELL_CHANNELS.flush, 'req-3');
    await vi.waitFor(() => expect(fake.sent.map((s) => s.args[0])).toEqual(['req-2', 'req-3']));
  });

  it('asks main to save a PDF with only a name, and passes on its answer', async () => {
    fake.invoke.mockResolvedValueOnce({ ok: true, path: '/home/me/Q1.pdf' });
    await expect(shell().savePdf({ suggestedName: 'Q1', extra: 'dropped' })).resolves.toBe('/home/me/Q1.pdf');
    expect(fake.invoke).toHaveBeenLastCalledWith(SHELL_CHANNELS.savePdf, { suggestedName: 'Q1' });
    fake.invoke.mockResolvedValueOnce({ ok: true, path: null });
    await expect(shell().savePdf({ suggestedName: 42 })).resolves.toBeNull();
    expect(fake.invoke).toHaveBeenLastCalledWith(SHELL_CHANNELS.savePdf, { suggestedName: '' });
    fake.invoke.mockResolvedValueOnce({ ok: false, message: 'The PDF could not be saved: disk full' });
    await expect(shell().savePdf({ suggestedName: 'Q1' })).rejects.toThrow('The PDF could not be saved: disk full');
  });
});
