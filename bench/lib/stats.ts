export const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits

/** The value below which a fraction `q` of the values lie (linear between neighbours). */
export const quantile = (values: number[], q: number): number => {
  const s = [...values].sort((a, b) => a - b)
  const at = (s.length - 1) * q
  const low = Math.floor(at)
  return s[low]! + (s[Math.min(low + 1, s.length - 1)]! - s[low]!) * (at - low)
}

/**
 * Ratios of loads measured back to back (ours, then the baseline's, in the same iteration), so a slow spell of the
 * machine weighs on both sides of each ratio: their median, and the middle half of them.
 */
export const pairedRatio = (ours: number[], base: number[]) => {
  const ratios = ours.map((value, i) => value / base[i]!)
  return { median: median(ratios), low: quantile(ratios, 0.25), high: quantile(ratios, 0.75) }
}
