/** The UI languages, named once. Data only (no schema library), so the renderer's first screen can import it cheaply. */
export const uiLanguages = ['zh-CN', 'zh-HK', 'en-US'] as const
export type UiLanguage = (typeof uiLanguages)[number]

/** Each language named in itself (the language switch and the settings screen), so a reader of any finds their own. */
export const languageNames: Record<UiLanguage, string> = { 'zh-CN': '简体中文', 'zh-HK': '繁體中文', 'en-US': 'English' }
