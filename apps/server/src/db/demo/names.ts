// Name material for the deterministic demo/benchmark roster generator (generate.ts).
// Everything here is plain data; the generator picks from it with a seeded PRNG.

export interface CollegeName {
  /** Full name, e.g. 计算机科学与技术学院. */
  name: string;
  /** Short form used in undergraduate class names, e.g. 计科 → 计科2023级3班. */
  short: string;
}

/** Real-sounding college names, most common first (a 20-college demo uses the first 20). */
export const COLLEGE_NAMES: readonly CollegeName[] = [
  { name: '计算机科学与技术学院', short: '计科' },
  { name: '外国语学院', short: '外语' },
  { name: '机械工程学院', short: '机械' },
  { name: '经济学院', short: '经济' },
  { name: '电子信息工程学院', short: '电信' },
  { name: '法学院', short: '法学' },
  { name: '文学院', short: '文学' },
  { name: '数学科学学院', short: '数学' },
  { name: '管理学院', short: '管理' },
  { name: '物理学院', short: '物理' },
  { name: '化学化工学院', short: '化工' },
  { name: '生命科学学院', short: '生科' },
  { name: '马克思主义学院', short: '马院' },
  { name: '土木工程学院', short: '土木' },
  { name: '新闻与传播学院', short: '新传' },
  { name: '材料科学与工程学院', short: '材料' },
  { name: '教育学院', short: '教育' },
  { name: '艺术学院', short: '艺术' },
  { name: '医学院', short: '医学' },
  { name: '公共管理学院', short: '公管' },
  { name: '历史文化学院', short: '历史' },
  { name: '哲学学院', short: '哲学' },
  { name: '心理学院', short: '心理' },
  { name: '建筑与城市规划学院', short: '建筑' },
  { name: '环境科学与工程学院', short: '环境' },
  { name: '音乐学院', short: '音乐' },
  { name: '体育学院', short: '体育' },
  { name: '药学院', short: '药学' },
  { name: '护理学院', short: '护理' },
  { name: '公共卫生学院', short: '公卫' },
  { name: '软件学院', short: '软件' },
  { name: '人工智能学院', short: '智能' },
  { name: '自动化学院', short: '自动化' },
  { name: '电气工程学院', short: '电气' },
  { name: '能源与动力工程学院', short: '能动' },
  { name: '航空航天学院', short: '航空' },
  { name: '交通运输学院', short: '交通' },
  { name: '地理科学学院', short: '地理' },
  { name: '海洋学院', short: '海洋' },
  { name: '农学院', short: '农学' },
  { name: '食品科学与工程学院', short: '食品' },
  { name: '统计学院', short: '统计' },
  { name: '金融学院', short: '金融' },
  { name: '国际关系学院', short: '国关' },
  { name: '社会学院', short: '社会' },
  { name: '信息管理学院', short: '信管' },
  { name: '网络空间安全学院', short: '网安' },
  { name: '光电科学与工程学院', short: '光电' },
  { name: '资源与环境学院', short: '资环' },
  { name: '设计学院', short: '设计' },
  { name: '旅游学院', short: '旅游' },
  { name: '水利工程学院', short: '水利' },
  { name: '地球科学学院', short: '地科' },
  { name: '集成电路学院', short: '集电' },
  { name: '商学院', short: '商学' },
  { name: '动物科学学院', short: '动科' },
  { name: '林学院', short: '林学' },
  { name: '城市建设学院', short: '城建' },
];

/**
 * Common Chinese surnames with a rough relative frequency (per mille of the population,
 * rounded), most common first. A few compound surnames are included, rarely.
 */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72], ['李', 71], ['张', 68], ['刘', 53], ['陈', 46], ['杨', 32], ['黄', 23], ['赵', 22],
  ['吴', 20], ['周', 19], ['徐', 15], ['孙', 15], ['马', 14], ['朱', 13], ['胡', 12], ['郭', 11],
  ['何', 11], ['高', 10], ['林', 10], ['罗', 9], ['郑', 9], ['梁', 8], ['谢', 7], ['宋', 7],
  ['唐', 6], ['许', 6], ['韩', 6], ['冯', 6], ['邓', 6], ['曹', 5], ['彭', 5], ['曾', 5],
  ['肖', 5], ['田', 5], ['董', 5], ['袁', 4], ['潘', 4], ['于', 4], ['蒋', 4], ['蔡', 4],
  ['余', 4], ['杜', 4], ['叶', 4], ['程', 4], ['苏', 4], ['魏', 3], ['吕', 3], ['丁', 3],
  ['任', 3], ['沈', 3], ['姚', 3], ['卢', 3], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 3],
  ['陆', 3], ['汪', 3], ['范', 3], ['金', 2], ['石', 2], ['廖', 2], ['贾', 2], ['夏', 2],
  ['韦', 2], ['方', 2], ['白', 2], ['邹', 2], ['孟', 2], ['熊', 2], ['秦', 2], ['邱', 2],
  ['江', 2], ['尹', 2], ['薛', 2], ['段', 2], ['雷', 2], ['侯', 2], ['龙', 2], ['史', 2],
  ['欧阳', 1], ['司马', 1], ['上官', 1],
];

/** Given-name characters that lean male. */
export const GIVEN_MALE: readonly string[] = [
  ...'伟强磊军勇杰涛斌超明刚辉鹏华飞鑫波宇浩凯健俊帆帅旭龙阳晨轩博文昊泽睿航志建国海峰毅鸿哲铭逸豪锦晟骏翔瑞宏坤峻',
];

/** Given-name characters that lean female. */
export const GIVEN_FEMALE: readonly string[] = [
  ...'芳娜敏静丽艳娟霞秀燕玲丹萍婷雪琳晶颖倩慧佳怡欣悦琪雯涵萱彤诗梦雨瑶婧蕾璐月妍菲露洁莹楠晴婉岚茜',
];

/** Given-name characters used for anyone. */
export const GIVEN_NEUTRAL: readonly string[] = [...'一子思宁安然清晓嘉天文心可若亦书家春秋'];

/** Teaching/office buildings, for workstation rooms (e.g. 知行楼2层205). */
export const OFFICE_BUILDINGS: readonly string[] = [
  '知行楼', '明德楼', '博学楼', '至善楼', '求是楼', '弘毅楼', '励志楼', '致远楼',
  '崇德楼', '厚德楼', '笃行楼', '格物楼', '正心楼', '启明楼', '文华楼', '理工楼',
];
