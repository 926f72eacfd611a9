import { initialWindowSize, WINDOW_MIN, type Size } from './window-size'

/** A rectangle in screen coordinates (DIP), as Electron gives a display's work area and a window's bounds. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** What the settings file keeps of the window between runs: its normal (unmaximised) bounds and whether it was maximised. */
export interface WindowState extends Rect {
  maximized: boolean
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 100_000

/** A saved state as read back from the file (hand-edited or damaged: undefined). */
export function parseWindowState(value: unknown): WindowState | undefined {
  const v = value as Partial<WindowState> | null
  if (!v || typeof v !== 'object') return undefined
  if (![v.x, v.y, v.width, v.height].every(isNumber) || typeof v.maximized !== 'boolean') return undefined
  if (v.width! < 100 || v.height! < 100) return undefined
  return { x: v.x!, y: v.y!, width: v.width!, height: v.height!, maximized: v.maximized }
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))

/**
 * Where the window opens: the saved place and size when a display that still exists shows enough of it (its top strip,
 * where the title bar is, must be on a work area, so it can be grabbed), shrunk to that display's work area and never
 * below the minimum; otherwise the first-start size on the primary display (the OS centres it). A window maximised
 * last time opens maximised on the display it was on.
 */
export function placeWindow(saved: unknown, workAreas: Rect[], primary: Size | undefined): { bounds: Partial<Rect> & Size; maximized: boolean } {
  const state = parseWindowState(saved)
  const fresh = { bounds: initialWindowSize(primary), maximized: false }
  if (!state) return fresh
  const titleBar: Rect = { x: state.x, y: state.y, width: state.width, height: 32 }
  const home = workAreas
    .map((area) => ({ area, shown: overlap(titleBar, area) }))
    .filter(({ shown }) => shown >= Math.min(state.width, 120) * 16)
    .sort((a, b) => b.shown - a.shown)[0]?.area
  if (!home) return { ...fresh, maximized: state.maximized }
  const width = Math.max(WINDOW_MIN.width, Math.min(state.width, home.width))
  const height = Math.max(WINDOW_MIN.height, Math.min(state.height, home.height))
  // pulled inside the work area when the size was cut (a display that became smaller, or a lower resolution)
  const x = Math.min(Math.max(state.x, home.x), home.x + home.width - width)
  const y = Math.min(Math.max(state.y, home.y), home.y + home.height - height)
  return { bounds: { x, y, width, height }, maximized: state.maximized }
}
