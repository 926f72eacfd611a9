import ElectronStore from 'electron-store'
import type { StoreFactory } from './store'

/**
 * The app's settings file through electron-store (the product card's choice): `config.json` in the data folder.
 * electron-store's constructor also adds a raw `ipcMain.on('electron-store-get-data')` listener that answers any frame
 * with the data-folder path; main removes it in the same turn (service-start.ts `storeOpened`, ipc.ts
 * `removeStrayListeners`), and the wiring test proves none is left.
 */
export const electronStore: StoreFactory = (dir) => new ElectronStore<Record<string, unknown>>({ cwd: dir, name: 'config' })
