import type enUS from '../en-US/desktop-words'

export default {
  about: {
    title: '關於開戶登記台',
    product: '產品',
    version: '版本',
    runtime: '執行環境',
    registerSource: '註冊來源',
    office: '分行',
    noOffice: '未使用分行預設',
    licences: '第三方授權',
    licencesIntro: '本程式包含以下開放原始碼套件。選擇其中一項即可閱讀其授權條款。',
    noLicences: '此版本缺少授權聲明。',
  },
  diagnostics: {
    save: '儲存診斷資料…',
    saved: '已儲存至 {file}。請將此檔案交給 IT。',
    cancelled: '未有儲存。',
    failed: '無法寫入診斷檔案：{reason}',
  },
  notSaved: {
    what: '{target}{reason}',
    target: {
      journal: '未寫入註冊記錄：',
      settings: '設定未儲存：',
      log: '無法寫入日誌：',
    },
    code: {
      DISK_FULL: '磁碟已滿。',
      NOT_WRITABLE: '資料夾不可寫入（請聯絡 IT）。',
      FILE_LOCKED: '檔案正被其他程式使用。',
      WRITE_FAILED: '磁碟拒絕寫入。',
    },
    kept: '本程式暫存 {count} 項記錄，一旦可以寫入便會自動補寫；在此之前請勿關閉程式。',
    copy: '複製未寫入的內容',
    copied: '已複製',
  },
} satisfies typeof enUS
