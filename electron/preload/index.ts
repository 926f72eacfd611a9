import { contextBridge, ipcRenderer } from 'electron'
import { deskApiMap } from '../contract/api-map'
import { buildDesk } from '../contract/build-desk'

/**
 * `window.desk`: one named function per channel, built from the shared map. The renderer never gets ipcRenderer,
 * a channel name or a generic send. Each function passes at most one argument; main validates it.
 */
contextBridge.exposeInMainWorld(
  'desk',
  buildDesk(deskApiMap, (channel, payload) => ipcRenderer.invoke(channel, payload)),
)
