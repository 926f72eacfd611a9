import type enUS from '../en-US/self'

/** 个人自助开户（预设 `audience: "self"`）：以“您”称呼开户人的用语，替换两部分中的同名词条（i18n/audience.ts）。 */
export default {
  glossary: { campaign: '推荐人' },
  app: { subtitle: '开立您的交易账户' },
  form: {
    title: '开立您的账户',
    passwordOptional: '选填：您也可以稍后设置',
    group: '账户组',
    submit: '立即开户',
    termsAccept: '本人已阅读并接受开户须知。',
  },
  validation: {
    emailRequired: '请输入您的邮箱地址。',
    phoneRequired: '请输入您的手机号码。',
    termsRequired: '请勾选，确认您已阅读并接受开户须知。',
    countryNotAccepted: '券商不受理{country}居民开户。请重新选择您的居住国家或地区，或联系券商客服。',
  },
  campaign: {
    label: '推荐人',
    set: '填写推荐信息',
    origin: { office: '（券商默认）' },
    title: '推荐人',
    intro: '如果有人邀请您开户，请填写推荐码或粘贴邀请链接。',
    link: '粘贴邀请链接',
    fields: { agentCode: '推荐码' },
    clear: '移除推荐信息',
    attributed: '推荐人',
  },
  configProblem: {
    codes: {
      LINK_HTTPS: '设置中的链接必须以 https:// 开头（安全连接）。',
      PLACEHOLDER_UNKNOWN: '设置中的链接要求填入本应用不提供的值。',
      HOST_NOT_ALLOWED: '设置中的链接指向的网站不在允许的链接列表中。',
    },
    body: '由于某项设置无效，本应用暂时无法开户。请从券商处重新下载安装包，或联系券商客服。',
  },
  proxyLogin: {
    title: '您的网络代理需要登录',
  },
  connection: {
    intro: '供客服排查使用：本机如何连接券商平台。只发起一次无害的查询，不会开户，也不会发送验证码。',
  },
  result: {
    title: '您已注册成功',
    pendingTitle: '申请已受理',
    pendingBody: '您的申请正在等待券商审核，审核结果将通知您，您无需再做任何操作。',
    customerNo: '您的账户号码',
    login: '您的登录账号',
    passwordNeeded: '登录前请先设置您的密码。',
    nextSteps: '您的后续步骤',
    nextStepsIntro: '完成以下认证后即可开始交易：',
  },
  handoff: {
    title: '您的后续办理',
    scan: '在手机上继续：扫描此二维码',
    setPassword: '设置您的密码',
    opensInBrowser: '（在您的浏览器中打开）',
    noResult: '您的开户结果已不在屏幕上，未打印任何内容。',
    loginAt: '您的账户号码是 {number}，请在 {site} 登录。',
    keepNumber: '您的账户号码是 {number}，请妥善保存：券商会告知您登录方式。',
  },
  slip: {
    customerNo: '您的账户号码',
    login: '您的登录账号',
  },
  errors: {
    openingFailed: '平台未能开立账户，请重试或联系券商客服。',
    reference: '查询编号：{trace}',
    alreadyRegistered: '该账号已注册。请在券商网站登录或找回密码。',
    loginDisabled: '该账号已被停用，请联系券商客服。',
    notAllowedByOffice: '此处无法开立此类账户，请选择其他账户类型。',
    stillProcessingStopped: '已停止等待。点击“立即开户”可再次向平台查询：这是同一笔请求，不会重复开户。',
    stillProcessingGaveUp: '平台尚未返回第一次提交的结果。点击“立即开户”可再次查询（不会重复开户）；如持续如此，请凭下方查询编号联系券商客服。',
    demoCompany: '这是演示券商，不能开立账户。',
    configuration: '券商的开户配置不完整（代码 {code}），请联系券商客服。',
    certUntrusted: '本机不信任 {host} 的证书。已保留您的输入；请检查网络，或联系券商客服。',
    proxyRefused: '您的网络代理拒绝了连接。已保留您的输入；请检查代理设置。',
    proxyAuth: '您的网络代理需要登录。已保留您的输入；请登录代理。',
    dns: '找不到平台地址（DNS）。已保留您的输入；请检查您的网络连接。',
    notConfigured: '尚未配置平台。请从券商处重新下载安装包。',
  },
  updates: {
    ready: '版本 {version} 已就绪：退出应用时自动安装，也可立即重启。',
    refused: '请先完成开户，再重新启动。',
    installerRefused: '已下载的更新未安装：它在检查之后被改动过。应用会重新下载；如再次出现，请联系券商客服。',
  },
} satisfies typeof enUS
