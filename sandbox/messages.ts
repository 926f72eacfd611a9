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

export function messageFor(code: string, lang: string | undefined): string {
  const catalog = lang?.toLowerCase().startsWith('zh') ? zh : en
  return catalog[code] ?? en[code] ?? code
}
