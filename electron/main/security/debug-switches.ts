/**
 * Command-line switches that open the app to a debugger from outside. The fuses already turn off Node's inspector
 * (--inspect…) in a packaged app; Chromium's remote debugging has no fuse, so a packaged app refuses to start with it:
 * on a branch PC it would hand the window (and every customer typed into it) to any local process.
 */
const remoteDebugging = /^--remote-debugging-(port|pipe|address|targets)(=|$)/

export const hasRemoteDebuggingSwitch = (argv: readonly string[]): boolean => argv.some((arg) => remoteDebugging.test(arg))
