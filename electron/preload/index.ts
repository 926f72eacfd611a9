import { contextBridge, ipcRenderer } from 'electron'
import { deskApiMap, deskEventMap } from '@contract/api-map'
import { buildDesk } from '@contract/build-desk'

/**
 * `window.desk`: one named function per channel, built from the shared maps. The renderer never gets ipcRenderer,
 * a channel name, the IPC event object or a generic send. Each call passes at most one argument; main validates it.
 */
contextBridge.exposeInMainWorld(
  'desk',
  buildDesk(
    deskApiMap,
    deskEventMap,
    (channel, payload) => ipcRenderer.invoke(channel, payload),
    (channel, listener) => {
      const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(channel, wrapped)
      return () => void ipcRenderer.removeListener(channel, wrapped)
    },
  ),
)
