/**
 * The sandboxed preload, bundled to one CommonJS file (dist/preload/preload.js) that requires
 * only 'electron'. It puts exactly two objects on the page: `window.scopebook` (the contract)
 * and `window.scopebookShell` (menu commands and the flush handshake). Nothing from Node.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildContractApi, buildShell, type IpcPort } from './bridge';

const port: IpcPort = {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  send: (channel, ...args) => ipcRenderer.send(channel, ...args),
  on: (channel, listener) => void ipcRenderer.on(channel, listener),
  removeListener: (channel, listener) => void ipcRenderer.removeListener(channel, listener),
};

contextBridge.exposeInMainWorld('scopebook', buildContractApi(port));
contextBridge.exposeInMainWorld('scopebookShell', buildShell(port));
