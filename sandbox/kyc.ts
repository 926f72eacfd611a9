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

type Names = [en: string, zh: string]
type ElementSpec = [code: string, showType: string, names: Names]
type LevelSpec = [code: string, names: Names, path: string, pathNames: Names, elements: ElementSpec[]]

const individual: LevelSpec[] = [
  ['L1', ['Basic information', '基础信息'], 'ID_CARD', ['National ID card', '居民身份证'], [
    ['realName', 'input', ['Full legal name', '真实姓名']],
    ['idNumber', 'input', ['ID number', '证件号码']],
    ['birthday', 'date', ['Date of birth', '出生日期']],
  ]],
  ['L2', ['Identity verification', '身份认证'], 'DOCUMENT_UPLOAD', ['Document photos', '证件照片'], [
    ['idFront', 'image', ['ID card, front', '证件正面']],
    ['idBack', 'image', ['ID card, back', '证件反面']],
    ['selfie', 'image', ['Selfie holding the ID', '手持证件自拍']],
  ]],
  ['L3', ['Financial profile', '财务状况'], 'QUESTIONNAIRE', ['Suitability questionnaire', '适当性问卷'], [
    ['annualIncome', 'select', ['Annual income', '年收入']],
    ['sourceOfFunds', 'select', ['Source of funds', '资金来源']],
    ['tradingExperience', 'select', ['Trading experience', '交易经验']],
  ]],
]

const enterprise: LevelSpec[] = [
  ['E1', ['Company information', '企业信息'], 'COMPANY_INFO', ['Registration details', '登记信息'], [
    ['companyName', 'input', ['Registered company name', '企业注册名称']],
    ['registrationNumber', 'input', ['Registration number', '统一社会信用代码']],
    ['incorporationCountry', 'select', ['Country of incorporation', '注册地']],
  ]],
  ['E2', ['Company documents', '企业证明文件'], 'COMPANY_DOCUMENTS', ['Document upload', '文件上传'], [
    ['businessLicense', 'image', ['Business licence', '营业执照']],
    ['articles', 'file', ['Articles of association', '公司章程']],
    ['directorId', 'image', ['Director ID', '法定代表人证件']],
  ]],
  ['E3', ['Beneficial owners', '最终受益人'], 'UBO', ['Owners over 25%', '持股 25% 以上股东'], [
    ['uboList', 'table', ['Beneficial owner list', '受益人名单']],
  ]],
]

export function kycLevels(openAccountType: number, lang: string | undefined): KycLevel[] {
  const zh = lang?.toLowerCase().startsWith('zh') ? 1 : 0
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
