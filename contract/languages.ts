/** The UI languages, named once. Data only (no schema library), so the renderer's first screen can import it cheaply. */
export const uiLanguages = ['zh-CN', 'en-US'] as const
export type UiLanguage = (typeof uiLanguages)[number]
