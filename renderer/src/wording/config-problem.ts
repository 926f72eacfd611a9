import type { ConfigProblemCode } from '@contract/config-table'

/** A configuration problem's code (contract/settings.ts), in words: every code has its message in both languages. */
export const configProblemKey = (code: ConfigProblemCode): string => `configProblem.codes.${code}`
