// The empty main: what any Electron app does before its first window, for the main-start baseline.
const { app, BrowserWindow } = require('electron')
app.whenReady().then(() => new BrowserWindow({ width: 1024, height: 720 }))
