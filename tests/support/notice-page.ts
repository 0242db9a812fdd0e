/**
 * A government notice saved as whole-page text, for the plain-text tests: its properties table
 * with each label and value on a line of its own, and the notice's first paragraphs.
 */
export const NOTICE_TITLE = '吉林省人民政府关于禁止在嫩江干流补充治理工程建设征占地范围内新增建设项目的通告';

export const NOTICE_TABLE = [
  '索  引 号：',
  '11220000013544357T/2022-00426',
  '分  类：',
  '环境监测、保护与治理;通告',
  '发文机关：',
  '吉林省人民政府',
  '成文日期：',
  '2022年01月27日',
  '标      题：',
  NOTICE_TITLE,
  '发文字号：',
  '吉政明电〔2022〕1号',
  '发布日期：',
  '2022年01月28日',
];

export const NOTICE_ARTICLE = [
  '为保障吉林省嫩江干流补充治理工程建设顺利进行，依据国家有关规定，现就有关事项通告如下，请各有关单位和个人遵照执行。',
  '一、自本通告发布之日起，禁止在工程建设征占地范围内新增建设项目、迁入人口和抢栽抢种抢建，违者不予补偿。',
  '二、各有关部门要加强监督检查，对违反本通告规定的行为依法依规严肃处理，并及时向社会公布处理结果，接受群众监督。',
];
