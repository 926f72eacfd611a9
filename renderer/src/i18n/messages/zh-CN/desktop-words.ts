import type enUS from '../en-US/desktop-words'

export default {
  about: {
    title: '关于开户登记台',
    product: '产品',
    version: '版本',
    runtime: '运行环境',
    registerSource: '注册来源',
    office: '网点',
    noOffice: '未使用网点预设',
    licences: '第三方许可',
    licencesIntro: '本程序包含以下开源软件包。选择一项即可阅读其许可条款。',
    noLicences: '此版本缺少许可声明。',
  },
  diagnostics: {
    save: '保存诊断信息…',
    saved: '已保存到 {file}。请将此文件交给 IT。',
    cancelled: '未保存。',
    failed: '诊断文件无法写入：{reason}',
  },
  notSaved: {
    what: '{target}{reason}',
    target: {
      journal: '未写入注册记录：',
      settings: '设置未保存：',
      log: '日志无法写入：',
    },
    code: {
      DISK_FULL: '磁盘已满。',
      NOT_WRITABLE: '数据文件夹不可写入（请联系 IT）。',
      FILE_LOCKED: '文件正被其他程序占用。',
      WRITE_FAILED: '磁盘拒绝写入。',
    },
    kept: '本程序暂存 {count} 条记录，一旦可以写入即自动补写；在此之前请勿关闭程序。',
    copy: '复制未写入的内容',
    copied: '已复制',
  },
} satisfies typeof enUS
