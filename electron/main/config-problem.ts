/**
 * A configuration problem's kind, so the renderer can say it in the UI language; the English message stays as the
 * technical detail for IT. Derived from the validation messages main writes (and valibot's own for types).
 */
export type ConfigProblemCode =
  | 'HTTPS_REQUIRED'
  | 'NOT_A_URL'
  | 'COMPANY_ID'
  | 'LANGUAGE'
  | 'COUNTRY'
  | 'NOT_JSON'
  | 'UNKNOWN_SETTING'
  | 'REQUIRED'
  | 'PIN_FORMAT'
  | 'NUMBER_RANGE'
  | 'INVALID_VALUE'

const rules: [RegExp, ConfigProblemCode][] = [
  [/must use https/, 'HTTPS_REQUIRED'],
  [/full URL/, 'NOT_A_URL'],
  [/company id/, 'COMPANY_ID'],
  [/zh-CN or en-US/, 'LANGUAGE'],
  [/country code/, 'COUNTRY'],
  [/not valid JSON/, 'NOT_JSON'],
  [/not a known setting/, 'UNKNOWN_SETTING'],
  [/is required/, 'REQUIRED'],
  [/office:pin/, 'PIN_FORMAT'],
  [/at least|at most|whole (number|milliseconds|seconds)|Invalid value: Expected [<>]/, 'NUMBER_RANGE'],
]

export function problemCode(message: string): ConfigProblemCode {
  return rules.find(([pattern]) => pattern.test(message))?.[1] ?? 'INVALID_VALUE'
}
