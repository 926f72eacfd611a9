import type enUS from '../en-US/config-problems'

/** The configuration-problem screen: what IT reads when a setting is invalid (every problem code, worded). */
export default {
  title: '設定有誤',
  body: '由於某項設定無效，暫時未能辦理開戶。請聯絡您的 IT 負責人更正。',
  field: '設定項目：{field}',
  detail: '技術詳情：{message}',
  codes: {
    HTTPS_REQUIRED: '平台地址必須以 https:// 開頭（安全連線）。',
    NOT_A_URL: '平台地址不是完整的網址。',
    COMPANY_ID: '公司編號必須是數字。',
    LANGUAGE: '語言必須是 zh-CN、zh-HK 或 en-US。',
    COUNTRY: '國家或地區必須是兩個字母的代碼，例如 HK。',
    COUNTRY_UNKNOWN: '國家或地區代碼不存在（應為兩個字母，例如 HK、MO、GB）。',
    COUNTRY_TWICE: '清單中同一個國家或地區出現了兩次。',
    FILE_MISSING: '此處指定的設定檔不存在。請檢查路徑，或刪除此設定。',
    NEEDS_API_URL: '已設定公司編號，但未設定平台地址。請兩者都設定；如要使用練習沙盒，兩者都不要設定。',
    NOT_JSON: '設定檔已損壞（不是有效的 JSON）。',
    UNKNOWN_SETTING: '設定檔包含本應用程式無法識別的設定項目。',
    REQUIRED: '缺少必填的設定項目。',
    PIN_FORMAT: '設定 PIN 必須以分行 PIN 工具產生。',
    PIN_EXAMPLE: '設定 PIN 是文件中的範例，IT 必須設定自己的 PIN。',
    NUMBER_RANGE: '設定中的某個數字超出容許範圍。',
    INVALID_VALUE: '設定中的某個值無效。',
    FEED_HTTPS: '更新地址必須以 https:// 開頭（只經安全連線取得更新）。',
    LINK_NOT_ALLOWED: '開戶須知連結必須是 https 地址，而且主機要在允許的連結清單（links.allowList）內。',
    TERMS_EMPTY: '開戶須知最少要有一種語言的文字或連結。',
    PINS: '憑證公鑰釘選值必須列出至少兩個不同的公鑰雜湊值（一個主用、一個備用）。',
    LINK_HTTPS: '給客戶的連結必須以 https:// 開頭（安全連線）。',
    PLACEHOLDER_UNKNOWN: '給客戶的連結要求填入本程式不提供的資料。只可填入客戶編號、語言、註冊來源及公司編號。',
    HOST_NOT_ALLOWED: '給客戶的連結指向的網站不在分行允許的連結清單（links.allowList）內。',
  },
} satisfies typeof enUS
