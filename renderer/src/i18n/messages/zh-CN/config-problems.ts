import type enUS from '../en-US/config-problems'

/** The configuration-problem screen: what IT reads when a setting is invalid (every problem code, worded). */
export default {
  title: '配置有误',
  body: '由于某项设置无效，暂时无法办理开户。请联系您的 IT 负责人更正。',
  field: '设置项：{field}',
  detail: '技术细节：{message}',
  codes: {
    HTTPS_REQUIRED: '平台地址必须以 https:// 开头（安全连接）。',
    NOT_A_URL: '平台地址不是完整的网址。',
    COMPANY_ID: '公司编号必须是数字。',
    LANGUAGE: '语言必须是 zh-CN、zh-HK 或 en-US。',
    COUNTRY: '国家或地区必须是两位字母代码，例如 CN。',
    COUNTRY_UNKNOWN: '国家或地区代码不存在（应为两位字母，例如 CN、HK、GB）。',
    COUNTRY_TWICE: '列表中同一国家或地区出现了两次。',
    FILE_MISSING: '此处指定的设置文件不存在。请检查路径，或删除该设置。',
    NEEDS_API_URL: '设置了公司编号，但没有设置平台地址。请两者都设置；若要使用练习沙盒，两者都不设置。',
    NOT_JSON: '设置文件已损坏（不是有效的 JSON）。',
    UNKNOWN_SETTING: '设置文件包含本应用无法识别的设置项。',
    REQUIRED: '缺少必填的设置项。',
    PIN_FORMAT: '设置 PIN 必须由网点 PIN 工具生成。',
    PIN_EXAMPLE: '设置 PIN 是文档中的示例，IT 必须设置自己的 PIN。',
    NUMBER_RANGE: '设置中的某个数字超出允许范围。',
    INVALID_VALUE: '设置中的某个值无效。',
    FEED_HTTPS: '更新地址必须以 https:// 开头（只通过安全连接获取更新）。',
    LINK_NOT_ALLOWED: '开户须知链接必须是 https 地址，且其主机在允许的链接列表（links.allowList）中。',
    TERMS_EMPTY: '开户须知至少需要一种语言的文字或链接。',
    PINS: '证书公钥固定值必须列出至少两个不同的公钥哈希（一个主用、一个备用）。',
    LINK_HTTPS: '给客户的链接必须以 https:// 开头（安全连接）。',
    PLACEHOLDER_UNKNOWN: '给客户的链接要求填入本应用不提供的值。只能填入客户编号、语言、注册来源和公司编号。',
    HOST_NOT_ALLOWED: '给客户的链接指向的网站不在网点允许的链接列表（links.allowList）中。',
  },
} satisfies typeof enUS
