/**
 * Common characters that exist only in Simplified Chinese: each has a distinct Traditional form that Hong Kong writes
 * (录 錄, 户 戶, 码 碼 …). Left out on purpose: characters both scripts use (查, 台, 才, 里, 后, 范, 准, 系, 干, 面,
 * 强, 据, 内, 冲, 叶, 划, 丰, 万, 几, 制), since a Traditional text may rightly contain them.
 */
export const simplifiedOnly = new Set(
  [
    '录户码设网络检认证账号务邮应请验开关发时间国语选择输这个们为无还将让单见过话记错误条图页导级',
    '来对说会么从动产机业东车长书学实现经电问题总数义议处备与当体价创删复类显隐确费资质购买卖贷银钱币汇兑额转',
    '帐订简纸线连断态状结约细组织绑绩统给继续编缓练习试词译读谁该详询调谢识诉讯许论访评计讲负责贵赞辑边达迁运',
    '进远递适遗邻钟钥锁键镜门闭闲阅队阶际陆险随难风飞饭馆马鱼鸟齐龄专丢严临举乐乱争亏亚亲亿仅仓众优伟传伤佣侧',
    '债储儿党兰兴养册写军农决况冻净击则刚别剧办劳势区医华协卫却厂历压厅县参双变启员响团园围圆场坏块报声头妈',
    '宝宽寻尔层属岁师带帮广库张弹归径战扩扫执护担挂换损摄旧显暂术杂权极构标样档欢毕气没测济浏满灵热独环画础',
    '离种称稳笔签紧红纪纳终绍维综缩罗联职脑节获营虑虚补装规视览觉观讨训诚课谈货贴软轻载较违迟释链销闪阵陈须',
    '项顺预领频颜驱鲜黄别换启',
  ].join(''),
)

/** Mainland wording in Traditional characters: what a character conversion leaves and a Hong Kong reader would not write. */
export const mainlandWords = ['信息', '默認', '鏈接', '導出', '導入', '獲取', '短信', '網點', '郵箱', '登錄', '設置', '當班', '脫敏', '文件夾', '服務器', '激活', '視頻', '打印', '網路', '使用者', '程序', '質量', '券商', '客服', 'QR 碼']

/** The Simplified-only characters in a text, in order (empty when it could be Traditional). */
export const simplifiedIn = (text: string): string[] => [...text].filter((c) => simplifiedOnly.has(c))

/** Every leaf string of a words object, by its dotted key. */
export function leaves(words: object, prefix = ''): [key: string, text: string][] {
  return Object.entries(words).flatMap(([k, v]): [string, string][] =>
    v && typeof v === 'object' ? leaves(v as object, `${prefix}${k}.`) : typeof v === 'string' ? [[`${prefix}${k}`, v]] : [],
  )
}
