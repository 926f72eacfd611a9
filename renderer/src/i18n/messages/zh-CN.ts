import type enUS from './en-US'

const zhCN: typeof enUS = {
  app: {
    title: '开户登记台',
    subtitle: '为客户开立账户',
    language: '语言',
    loading: '正在启动…',
  },
  status: {
    label: '应用状态',
    version: '版本 {version}',
    platform: '系统：{platform}',
    source: '注册来源 {source}',
    sandbox: '沙盒（练习服务器，不开立真实账户）',
    connected: '平台：{host}',
    unavailable: '状态不可用',
  },
  platforms: {
    win32: 'Windows',
    darwin: 'macOS',
    linux: 'Linux',
    other: '其他',
  },
  configProblem: {
    title: '配置有误',
    body: '由于某项设置无效，暂时无法办理开户。请联系您的 IT 负责人更正。',
    field: '设置项：{field}',
    detail: '问题：{message}',
  },
}

export default zhCN
