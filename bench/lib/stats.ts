export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits

/** The value below which a fraction `q` of the values lie (linear between neighbours). */
export const quantile = (values: number[], q: number): number => {
  const s = [...values].sort((a, b) => a - b)
  const at = (s.length - 1) * q
  const low = Math.floor(at)
  return s[low]! + (s[Math.min(low + 1, s.length - 1)]! - s[low]!) * (at - low)
}

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (values: number[]): number => quantile(values, 0.5)

/**
 * Ratios of loads measured back to back (ours, then the baseline's, in the same iteration), so a slow spell of the
 * machine weighs on both sides of each ratio: their median, and the middle half of them.
 */
export const pairedRatio = (ours: number[], base: number[]) => {
  const ratios = ours.map((value, i) => value / base[i]!)
  return { median: median(ratios), low: quantile(ratios, 0.25), high: quantile(ratios, 0.75) }
}
