import { Codes } from '@contract/platform'

type Catalog = Record<string, string>

/** The sandbox localises `msg` by the `lang` header, with `%s` placeholders filled from msgParams, as the platform does. */
const en: Catalog = {
  [Codes.success]: 'Success',
  [Codes.pendingReview]: 'Your application has been received and is pending manual review',
  [Codes.emailExists]: 'The email %s is already registered',
  [Codes.phoneExists]: 'The phone number %s is already registered',
  [Codes.customerExists]: 'The customer already exists',
  [Codes.phoneMalformed]: 'The phone number is empty or malformed',
  [Codes.emailMalformed]: 'The email address is empty or malformed',
  [Codes.areaCodeMalformed]: 'The area code is empty or malformed',
  [Codes.passwordWeak]: 'The password is too weak',
  [Codes.illegalParams]: 'Missing or illegal parameter: %s',
  [Codes.wrongCode]: 'The verification code is wrong',
  [Codes.wrongEmailCode]: 'The email verification code is wrong, %s attempts left',
  [Codes.wrongSmsCode]: 'The SMS verification code is wrong, %s attempts left',
  [Codes.codeUsedUp]: 'The verification code has expired or was used too many times, please request a new one',
  [Codes.demoCompany]: 'A demo company cannot register customers',
  [Codes.noOpeningGroup]: 'No account-opening group is configured for %s',
  [Codes.groupAssetsMismatch]: 'The group assets do not match the trade types',
  [Codes.enterpriseNotAllowed]: 'Enterprise accounts are not available in this country',
  [Codes.gatewayMissingParams]: 'Missing required header: %s',
  [Codes.tooFrequent]: 'Too frequent, please try again in %s seconds',
  [Codes.illegalRequest]: 'Illegal request',
}

const zh: Catalog = {
  [Codes.success]: '成功',
  [Codes.pendingReview]: '您的申请已受理，正在等待人工审核',
  [Codes.emailExists]: '邮箱 %s 已注册',
  [Codes.phoneExists]: '手机号 %s 已注册',
  [Codes.customerExists]: '客户已存在',
  [Codes.phoneMalformed]: '手机号为空或格式错误',
  [Codes.emailMalformed]: '邮箱为空或格式错误',
  [Codes.areaCodeMalformed]: '区号为空或格式错误',
  [Codes.passwordWeak]: '密码强度不足',
  [Codes.illegalParams]: '参数缺失或非法：%s',
  [Codes.wrongCode]: '验证码错误',
  [Codes.wrongEmailCode]: '邮箱验证码错误，还可尝试 %s 次',
  [Codes.wrongSmsCode]: '短信验证码错误，还可尝试 %s 次',
  [Codes.codeUsedUp]: '验证码已失效或错误次数过多，请重新获取',
  [Codes.demoCompany]: '演示公司不能注册客户',
  [Codes.noOpeningGroup]: '%s 未配置开户组',
  [Codes.groupAssetsMismatch]: '客户组资产与交易类型不匹配',
  [Codes.enterpriseNotAllowed]: '该国家/地区不支持企业开户',
  [Codes.gatewayMissingParams]: '缺少必填请求头：%s',
  [Codes.tooFrequent]: '操作过于频繁，请 %s 秒后再试',
  [Codes.illegalRequest]: '非法请求',
}

/** Traditional Chinese as Hong Kong writes it (zh-HK; zh-TW reads it too): reviewed by hand, not converted. */
const hant: Catalog = {
  [Codes.success]: '成功',
  [Codes.pendingReview]: '已收到您的申請，正等候人手審批',
  [Codes.emailExists]: '電郵 %s 已註冊',
  [Codes.phoneExists]: '手機號碼 %s 已註冊',
  [Codes.customerExists]: '客戶已存在',
  [Codes.phoneMalformed]: '手機號碼為空或格式錯誤',
  [Codes.emailMalformed]: '電郵地址為空或格式錯誤',
  [Codes.areaCodeMalformed]: '區號為空或格式錯誤',
  [Codes.passwordWeak]: '密碼強度不足',
  [Codes.illegalParams]: '參數缺失或不合法：%s',
  [Codes.wrongCode]: '驗證碼錯誤',
  [Codes.wrongEmailCode]: '電郵驗證碼錯誤，尚餘 %s 次機會',
  [Codes.wrongSmsCode]: '短訊驗證碼錯誤，尚餘 %s 次機會',
  [Codes.codeUsedUp]: '驗證碼已失效或錯誤次數過多，請重新取得',
  [Codes.demoCompany]: '示範公司不能登記客戶',
  [Codes.noOpeningGroup]: '%s 未設定開戶組別',
  [Codes.groupAssetsMismatch]: '客戶組別資產與交易類型不相符',
  [Codes.enterpriseNotAllowed]: '此國家／地區不設公司開戶',
  [Codes.gatewayMissingParams]: '缺少必填的請求標頭：%s',
  [Codes.tooFrequent]: '操作過於頻繁，請於 %s 秒後再試',
  [Codes.illegalRequest]: '不合法的請求',
}

/** Which of the sandbox's scripts a `lang` header reads: Traditional for zh-HK, zh-TW and zh-Hant-…, else by prefix. */
export type Script = 'en' | 'hans' | 'hant'
export function scriptOf(lang: string | undefined): Script {
  const l = lang?.toLowerCase() ?? ''
  if (!l.startsWith('zh')) return 'en'
  return /^zh-(hk|tw|mo|hant)/.test(l) ? 'hant' : 'hans'
}

const catalogs: Record<Script, Catalog> = { en, hans: zh, hant }

export function messageFor(code: string, lang: string | undefined): string {
  const catalog = catalogs[scriptOf(lang)]
  return catalog[code] ?? en[code] ?? code
}
