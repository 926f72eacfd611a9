import { scriptOf } from './messages'

/** The KYC levels a new customer still has to complete, as the platform lists them in `data.list`. */
export interface KycElement {
  elementCode: string
  elementName: string
  showType: string
  extend: string
  elementValue: string
  elementValueInputGroup: string
  elementCodeInputGroup: string
}
export interface KycLevel {
  levelCode: string
  levelName: string
  openAccountType: number
  pathCode: string
  pathName: string
  elementList: KycElement[]
}

type Names = [en: string, zhHans: string, zhHant: string]
type ElementSpec = [code: string, showType: string, names: Names]
type LevelSpec = [code: string, names: Names, path: string, pathNames: Names, elements: ElementSpec[]]

const individual: LevelSpec[] = [
  ['L1', ['Basic information', '基础信息', '基本資料'], 'ID_CARD', ['National ID card', '居民身份证', '身份證'], [
    ['realName', 'input', ['Full legal name', '真实姓名', '法定全名']],
    ['idNumber', 'input', ['ID number', '证件号码', '證件號碼']],
    ['birthday', 'date', ['Date of birth', '出生日期', '出生日期']],
  ]],
  ['L2', ['Identity verification', '身份认证', '身份認證'], 'DOCUMENT_UPLOAD', ['Document photos', '证件照片', '證件相片'], [
    ['idFront', 'image', ['ID card, front', '证件正面', '證件正面']],
    ['idBack', 'image', ['ID card, back', '证件反面', '證件背面']],
    ['selfie', 'image', ['Selfie holding the ID', '手持证件自拍', '手持證件自拍']],
  ]],
  ['L3', ['Financial profile', '财务状况', '財務狀況'], 'QUESTIONNAIRE', ['Suitability questionnaire', '适当性问卷', '適合性評估問卷'], [
    ['annualIncome', 'select', ['Annual income', '年收入', '年收入']],
    ['sourceOfFunds', 'select', ['Source of funds', '资金来源', '資金來源']],
    ['tradingExperience', 'select', ['Trading experience', '交易经验', '投資經驗']],
  ]],
]

const enterprise: LevelSpec[] = [
  ['E1', ['Company information', '企业信息', '公司資料'], 'COMPANY_INFO', ['Registration details', '登记信息', '註冊資料'], [
    ['companyName', 'input', ['Registered company name', '企业注册名称', '公司註冊名稱']],
    ['registrationNumber', 'input', ['Registration number', '统一社会信用代码', '商業登記號碼']],
    ['incorporationCountry', 'select', ['Country of incorporation', '注册地', '註冊成立地點']],
  ]],
  ['E2', ['Company documents', '企业证明文件', '公司證明文件'], 'COMPANY_DOCUMENTS', ['Document upload', '文件上传', '上載文件'], [
    ['businessLicense', 'image', ['Business licence', '营业执照', '商業登記證']],
    ['articles', 'file', ['Articles of association', '公司章程', '公司組織章程細則']],
    ['directorId', 'image', ['Director ID', '法定代表人证件', '董事身份證明文件']],
  ]],
  ['E3', ['Beneficial owners', '最终受益人', '最終實益擁有人'], 'UBO', ['Owners over 25%', '持股 25% 以上股东', '持股逾 25% 的股東'], [
    ['uboList', 'table', ['Beneficial owner list', '受益人名单', '實益擁有人名單']],
  ]],
]

export function kycLevels(openAccountType: number, lang: string | undefined): KycLevel[] {
  const zh = { en: 0, hans: 1, hant: 2 }[scriptOf(lang)]
  const specs = openAccountType === 1 ? enterprise : individual
  return specs.map(([levelCode, names, pathCode, pathNames, elements]) => ({
    levelCode,
    levelName: names[zh]!,
    openAccountType,
    pathCode,
    pathName: pathNames[zh]!,
    elementList: elements.map(([elementCode, showType, elementNames]) => ({
      elementCode,
      elementName: elementNames[zh]!,
      showType,
      extend: showType === 'select' ? '{"options":"dict"}' : '',
      elementValue: '',
      elementValueInputGroup: '',
      elementCodeInputGroup: '',
    })),
  }))
}
