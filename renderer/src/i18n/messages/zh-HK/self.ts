import type enUS from '../en-US/self'

/** 個人自助開戶（預設 `audience: "self"`）：以「您」稱呼開戶人的用語，取代兩部分中的同名詞條（i18n/audience.ts）。 */
export default {
  glossary: { campaign: '推薦人' },
  app: { subtitle: '開立您的交易帳戶' },
  form: {
    title: '開立您的帳戶',
    passwordOptional: '選填：您亦可稍後設定',
    group: '帳戶組別',
    submit: '立即開戶',
    termsAccept: '本人已閱讀並接受開戶須知。',
  },
  validation: {
    emailRequired: '請輸入您的電郵地址。',
    phoneRequired: '請輸入您的手機號碼。',
    termsRequired: '請剔選方格，確認您已閱讀並接受開戶須知。',
    countryNotAccepted: '經紀商不接受{country}居民開戶。請重新選擇您的居住國家或地區，或聯絡經紀商客戶服務。',
  },
  campaign: {
    label: '推薦人',
    set: '填寫推薦資料',
    origin: { office: '（經紀商預設）' },
    title: '推薦人',
    intro: '如有人邀請您開戶，請填寫推薦碼或貼上邀請連結。',
    link: '貼上邀請連結',
    fields: { agentCode: '推薦碼' },
    clear: '移除推薦資料',
    attributed: '推薦人',
  },
  configProblem: {
    codes: {
      LINK_HTTPS: '設定中的連結必須以 https:// 開頭（安全連線）。',
      PLACEHOLDER_UNKNOWN: '設定中的連結要求填入本應用程式不提供的值。',
      HOST_NOT_ALLOWED: '設定中的連結指向的網站不在允許的連結清單內。',
    },
    body: '由於某項設定無效，本應用程式暫時無法開戶。請從經紀商處重新下載安裝程式，或聯絡經紀商客戶服務。',
  },
  proxyLogin: {
    title: '您的網絡代理伺服器需要登入',
  },
  connection: {
    intro: '供客戶服務排查之用：本機如何連線至經紀商平台。只會進行一次無害的查詢，不會開戶，亦不會發送驗證碼。',
  },
  result: {
    title: '您已註冊成功',
    pendingTitle: '申請已受理',
    pendingBody: '您的申請正等待經紀商審批，結果將通知您，您毋須再作任何操作。',
    customerNo: '您的帳戶號碼',
    login: '您的登入帳號',
    passwordNeeded: '登入前請先設定您的密碼。',
    nextSteps: '您的後續步驟',
    nextStepsIntro: '完成以下認證後即可開始交易：',
  },
  handoff: {
    title: '您的後續辦理',
    scan: '在手機上繼續：掃描此二維碼',
    setPassword: '設定您的密碼',
    opensInBrowser: '（在您的瀏覽器中開啟）',
    noResult: '您的開戶結果已不在螢幕上，未有列印任何內容。',
    loginAt: '您的帳戶號碼是 {number}，請在 {site} 登入。',
    keepNumber: '您的帳戶號碼是 {number}，請妥善保存：經紀商會告知您登入方法。',
  },
  slip: {
    customerNo: '您的帳戶號碼',
    login: '您的登入帳號',
  },
  errors: {
    openingFailed: '平台未能開立帳戶，請再試或聯絡經紀商客戶服務。',
    reference: '參考編號：{trace}',
    alreadyRegistered: '此帳號已登記。請在經紀商網站登入或重設密碼。',
    loginDisabled: '此帳號已被停用，請聯絡經紀商客戶服務。',
    notAllowedByOffice: '此處無法開立此類帳戶，請選擇其他帳戶類型。',
    stillProcessingStopped: '已停止等待。按「立即開戶」可再向平台查詢：這是同一個請求，不會重複開戶。',
    stillProcessingGaveUp: '平台尚未回覆第一次提交的結果。按「立即開戶」可再次查詢（不會重複開戶）；如持續如此，請憑下方參考編號聯絡經紀商客戶服務。',
    demoCompany: '這是示範經紀商，不能開立帳戶。',
    configuration: '經紀商的開戶設定不完整（代碼 {code}），請聯絡經紀商客戶服務。',
    certUntrusted: '本機不信任 {host} 的證書。已保留您的輸入；請檢查網絡，或聯絡經紀商客戶服務。',
    proxyRefused: '您的網絡代理伺服器拒絕了連線。已保留您的輸入；請檢查代理設定。',
    proxyAuth: '您的網絡代理伺服器需要登入。已保留您的輸入；請登入代理伺服器。',
    dns: '找不到平台地址（DNS）。已保留您的輸入；請檢查您的網絡連線。',
    notConfigured: '尚未設定平台。請從經紀商處重新下載安裝程式。',
  },
  updates: {
    ready: '版本 {version} 已就緒：退出應用程式時自動安裝，亦可立即重新啟動。',
    refused: '請先完成開戶，再重新啟動。',
    installerRefused: '已下載的更新未有安裝：它在檢查之後被改動過。應用程式會重新下載；如再次出現，請聯絡經紀商。',
  },
} satisfies typeof enUS
