/**
 * The window's sizes, in one place (DIP, the window's outer size). The office laptop is 1366x768 at 125% or 150%
 * scaling: its work area (screen less the taskbar) is about 1093x582 or 911x485, so the minimum must fit inside
 * both, and the layout is built to work down to it (tests/journeys/fit.journey.ts measures the screens).
 */
export const WINDOW_MIN = { width: 880, height: 460 } as const
/** the size a first start asks for, when the screen has room for it */
export const WINDOW_DEFAULT = { width: 1100, height: 720 } as const

export interface Size {
  width: number
  height: number
}

/** The first window's size on this screen: the default, shrunk to the work area, never below the minimum. */
export function initialWindowSize(workArea: Size | undefined): Size {
  const fit = (wanted: number, room: number | undefined, min: number) => Math.max(min, Math.min(wanted, room ?? wanted))
  return {
    width: fit(WINDOW_DEFAULT.width, workArea?.width, WINDOW_MIN.width),
    height: fit(WINDOW_DEFAULT.height, workArea?.height, WINDOW_MIN.height),
  }
}
