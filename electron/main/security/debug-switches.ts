/**
 * The command line a packaged app accepts. Chromium reads switches from every argument, in several forms (`--x`, `-x`
 * and, on Windows, `/x`, with names in any case), and many of them open the app to someone else: remote debugging
 * (the window, and every customer typed into it, handed to any local process), `--proxy-server`, `--host-rules`,
 * `--ignore-certificate-errors`, `--js-flags`, `--inspect`… Screening a list of bad switches misses the next form, so
 * a packaged app takes an allow-list instead: its own path, `regdesk://` links (the OS passes a clicked link as one
 * argument) and macOS's process serial number (`-psn_…`, older Finder launches). Anything else exits at start.
 */
const allowed = [/^regdesk:/i, /^-psn_\d+_\d+$/]

/** The first argument a packaged app does not accept (argv[0], the executable, is never screened), or undefined. */
export function unexpectedArgument(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((arg) => !allowed.some((rule) => rule.test(arg)))
}

/**
 * Switches Chromium or Node may have received some other way than argv (a second layer, asked of Electron's parsed
 * command line): each would open the app to a debugger or steer its network or TLS.
 */
export const forbiddenSwitches = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'js-flags',
  'proxy-server',
  'proxy-pac-url',
  'proxy-bypass-list',
  'host-rules',
  'host-resolver-rules',
  'ignore-certificate-errors',
  'ignore-certificate-errors-spki-list',
  'disable-web-security',
  'no-sandbox',
  'user-data-dir',
] as const

/** What a packaged app refuses to start with: an argument off the list, or a forbidden switch Chromium parsed. */
export function commandLineProblem(argv: readonly string[], hasSwitch: (name: string) => boolean): string | undefined {
  const argument = unexpectedArgument(argv)
  if (argument !== undefined) return `the argument ${JSON.stringify(argument.split('=')[0]!.slice(0, 40))}`
  const found = forbiddenSwitches.find((name) => hasSwitch(name))
  return found ? `the switch --${found}` : undefined
}
