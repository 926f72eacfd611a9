import { describe, expect, it } from 'vitest'
import { WINDOW_MIN } from '../../../electron/main/window-size'
import { parseWindowState, placeWindow } from '../../../electron/main/window-state'

const laptop = { x: 0, y: 0, width: 1093, height: 582 } // 1366x768 at 125%, less the taskbar
const monitor = { x: 1093, y: 0, width: 1920, height: 1040 } // a second screen to its right

describe('window state', () => {
  it('the minimum fits the office laptop at 125% and 150% scaling', () => {
    expect(WINDOW_MIN.width).toBeLessThanOrEqual(911)
    expect(WINDOW_MIN.height).toBeLessThanOrEqual(485)
  })

  it('restores size, place and maximised state onto a display that still exists', () => {
    const saved = { x: 1300, y: 100, width: 1200, height: 800, maximized: true }
    expect(placeWindow(saved, [laptop, monitor], laptop)).toEqual({ bounds: { x: 1300, y: 100, width: 1200, height: 800 }, maximized: true })
  })

  it('a window last on a display that is gone opens on the primary one at the first-start size (still maximised if it was)', () => {
    const saved = { x: 1300, y: 100, width: 1200, height: 800, maximized: false }
    const placed = placeWindow(saved, [laptop], laptop)
    expect(placed.bounds).toEqual({ width: 1093, height: 582 })
    expect(placed.maximized).toBe(false)
    expect(placeWindow({ ...saved, maximized: true }, [laptop], laptop).maximized).toBe(true)
  })

  it('a window larger than its display now is shrunk and pulled inside the work area, never below the minimum', () => {
    const placed = placeWindow({ x: 200, y: 50, width: 1600, height: 900, maximized: false }, [laptop], laptop)
    expect(placed.bounds).toEqual({ x: 0, y: 0, width: 1093, height: 582 })
    const tiny = placeWindow({ x: 10, y: 10, width: 300, height: 200, maximized: false }, [laptop], laptop)
    expect(tiny.bounds).toMatchObject({ width: WINDOW_MIN.width, height: WINDOW_MIN.height })
  })

  it('a title bar off every screen (only a sliver visible) is not restored there', () => {
    expect(placeWindow({ x: 1080, y: 100, width: 900, height: 600, maximized: false }, [laptop], laptop).bounds).toEqual({ width: 1093, height: 582 })
    expect(placeWindow({ x: 100, y: -400, width: 900, height: 600, maximized: false }, [laptop], laptop).bounds).toEqual({ width: 1093, height: 582 })
  })

  it('a hand-edited or damaged value is ignored', () => {
    for (const bad of [null, 'big', { x: 1, y: 2, width: 'w', height: 3, maximized: false }, { x: 0, y: 0, width: 1e9, height: 500, maximized: false }, { x: 0, y: 0, width: 800, height: 600 }]) {
      expect(parseWindowState(bad)).toBeUndefined()
    }
  })
})
