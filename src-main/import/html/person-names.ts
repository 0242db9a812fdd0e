/**
 * Whether a few Han characters read as a Chinese personal name ("常书香", "欧阳修") rather than
 * a word ("打印", "关注", "全文完"). Used where a page credits people without a label in front of
 * them — "（常书香 马丹阳 ）" after the text, "蔡雪婧/摄" under a photo, "[ 黄宇 ]" — so that
 * buttons, section tags and closing marks never become a byline.
 */

/** Common single-character surnames: together they cover nearly every Chinese name. */
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕' +
      '丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万' +
      '钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包' +
      '宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳' +
      '时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇' +
      '栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚' +
      '皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容' +
      '敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾' +
      '戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由',
  ),
);

export const COMPOUND_SURNAMES =
  /^(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|轩辕|令狐|端木|独孤|南宫|西门|呼延|澹台|申屠|钟离|万俟)/;

/**
 * Japanese family names of two characters as Chinese-language media print them ("木村惠 东京报道",
 * "日经中文网记者 中村裕"): the commonest, which a Chinese surname list does not hold.
 */
const JAPANESE_SURNAMES = new Set(
  (
    '佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村 清水 山崎 池田 ' +
    '桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 福田 太田 ' +
    '西村 藤井 冈本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 内田 柴田 ' +
    '酒井 宫崎 横山 高木 安藤 宫本 大野 小岛 谷口 今井 工藤 高田 增田 丸山 杉山 村田 大冢 新井 小山 ' +
    '平野 藤本 河野 上野 野口 武田 松井 千叶 岩崎 菅原 木下 久保 佐野 野村 松尾 市川 菊地 杉本 古川 ' +
    '大西 岛田 水野 樱井 高野 吉川 山内 西田 饭田 菊池 西川 小松 北村 安田 川口 平田 服部 岩田 星野'
  ).split(' '),
);

/** What follows a Japanese family name when it names a place or a body: "中山大学", "上野公园". */
const PLACE_AFTER_NAME =
  /[学园院司行场站路线道区山川河湖岛桥町市县寺陵装北南东西口岸港馆楼店厂车汽厅所会社部局室屋]/;

/**
 * Characters that given names almost never hold but headings, buttons and closing marks do:
 * function words, units, administrative suffixes, "完/续/图".
 */
const NOT_IN_GIVEN_NAMES =
  /[的了是在与及或等这那个们说报网社台刊版页章节期号年日时分秒省市县区镇乡村街楼站局部厅院处组委党团队完续图稿讯电摄编者到]/;

/** Common words that happen to start with a surname character. */
const COMMON_WORDS = new Set(
  (
    '关注 花边 原创 原文 全文 高清 安全 方法 方案 和平 于是 成功 相关 国际 ' +
    '国内 信息 平台 海外 阳光 黄金 明天 江湖 金融 石油 龙头 华人 项目 管理 ' +
    '车辆 房产 周末 常见 常用 任务 任何 马上 路上 简介 景点 武汉 南京 温州 ' +
    '常州 成都 安徽 云南 吉林 江苏 江西 海南 宁夏 上海 广州 深圳 香港 澳门 ' +
    '台湾 北京 天津 重庆 更多 简体 繁体 连载 丰富 严重 明星 时尚 健康 汽车 ' +
    '游戏 视频 音乐 电影 体育 财经 科技 教育 旅游 大西洋 '
  )
    .trim()
    .split(' '),
);

/**
 * 2–4 Han characters that read as a Chinese personal name, or a Japanese one as Chinese media
 * print it: a known surname, then a given name.
 */
export function looksLikePersonName(text: string): boolean {
  const name = text.replace(/[\s\u3000]+/g, '');
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(name) || COMMON_WORDS.has(name)) return false;
  // A Japanese family name, then a given name ("木村惠"); else read as a Chinese name ("石井").
  // (A Japanese family name is a place's too: "中山大学", "上野公园" name no one.)
  const japanese =
    name.length >= 3 && JAPANESE_SURNAMES.has(name.slice(0, 2)) && !PLACE_AFTER_NAME.test(name.slice(2));
  const compound = COMPOUND_SURNAMES.test(name) || japanese;
  const surnameLength = compound ? 2 : SURNAMES.has(name[0]) ? 1 : 0;
  if (surnameLength === 0) return false;
  const given = name.slice(surnameLength);
  // Four characters with a one-character surname is a phrase far more often than a name.
  if (given.length < 1 || given.length > 2) return false;
  return !NOT_IN_GIVEN_NAMES.test(given);
}
