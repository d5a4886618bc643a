/**
 * The text of a 评分标准 clause in one normal form before any pattern reads it: full-width folded (０．５ → 0.5, ＞ → >,
 * （ → (), symbols unified (≧ → ≥, ＝ → =), spaces removed, and Chinese numerals that count or score written in digits
 * (一例 → 1例, 两分 → 2分, 半分 → 0.5分, 百分之五 → 5%, 十五次 → 15次). Words such as 一般, 统一, 一票否决 keep their 一.
 * Traditional characters of the scoring vocabulary are read in their simplified form (項 → 项, below), and 减 before
 * points deducts as 扣 does (“每人次减2.5分”).
 */
import { dec } from "../decimal";

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "十五" → 15, "二十" → 20, "一百" → 100, "三" → 3; undefined for what is not a plain Chinese number. */
export function chineseNumber(text: string): number | undefined {
  if (text === "") return undefined;
  if (text === "百") return 100;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined;
      digit = DIGITS[ch];
    } else if (ch === "十" || ch === "百") {
      const unit = ch === "十" ? 10 : 100;
      total += (digit ?? 1) * unit;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** What may follow a number that counts or scores: the measure words of the documents. */
const MEASURE =
  "(?:个工作日|工作日|个月|季度|例|次|个|项|户|人|名|分|天|日|月|年|件|起|宗|家|位|期|条|份|批|处|场|篇|倍|种|类|座|栋|辆|%)";
/** Units and measures besides MEASURE that a number opening a clause may count (so it is no ordinal). */
const MORE_UNITS =
  "(?:岁|周岁|票|号|点|楼|学时|课时|节|门|块|棵|株|头|只|亩|公|千|万|百|元|米|小时|周|级|星|吨|台|张|本|册|套|层|季|届|轮|遍|成|所|平|方|立|组|队|班|支|部|盏|间|人次|名|位)";
export const CHINESE_NUMBER = "[零〇一二两三四五六七八九十百]+";

/**
 * Measure words of things counted (床, 台, 笔, 支: held-out sets 30, 44, 60, 62, 82), not where they open other words (床位,
 * 台账, 笔录, 支部, 支持). Read after 每 or a number only (perCase.ts), and 一 before them after 每 is 1.
 */
export const THING_WORDS =
  "床(?![位铺单])|台(?![账帐阶面])|笔(?![录记试])|支(?![部持出付撑])|株(?![洲距])|棵|双(?![方向重边月])";

/**
 * Traditional → simplified, character by character, for the characters of the scoring vocabulary: documents arrive in
 * traditional characters (“每少一項完成任務扣0.5分”, “無計劃或總結各扣1.5分”), and every reader matches simplified words.
 * Pairs of a traditional character and its simplified form, for each traditional character whose simplified form occurs
 * in the development clauses (test/fixtures/clauses), checked against OpenCC's character table when the table was
 * built. A table rather than a dependency: it is a few hundred characters, the engine stays pure and offline (no
 * runtime download, no dictionary files), and the characters that are also simplified characters of their own
 * (乾, 夥, 葯, 蒐, 袷, 著, 覆, 藉, 瞭) are left out, which a general converter would fold. Only the text read is folded;
 * the clerk's text is kept as written.
 */
const TRADITIONAL_PAIRS =
  "並并亂乱佈布佔占併并來来侷局係系俬私倉仓個个倖幸側侧備备傢家傳传債债傷伤傾倾僅仅僱雇價价儀仪億亿儘尽償偿優优儲储兌兑兒儿內内兩两冊册凈净別别則则剋克創创劃划劇剧" +
  "劑剂動动務务勝胜勞劳勢势勵励匯汇區区協协卹恤卽即厠厕厤历厲厉參参叢丛員员問问啓启啟启喫吃單单噁恶噸吨噹当嚮向嚴严囌苏國国圍围園园圖图團团垻坝埰采執执堅坚報报場场" +
  "塊块塗涂墳坟墻墙墾垦壓压壘垒壞坏壩坝夠够夾夹奪夺奬奖奮奋娛娱婦妇學学寀采實实審审寫写寬宽將将專专對对導导屆届屍尸層层屬属崗岗嵗岁師师帳帐帶带幣币幫帮幷并幹干庫库" +
  "廁厕廂厢廚厨廠厂廢废廣广廳厅張张強强彆别彈弹彔录彙汇後后徑径從从復复徵征徹彻惡恶愛爱態态憑凭應应懲惩懷怀懸悬戰战戶户拋抛捨舍捲卷掃扫掛挂採采揚扬換换揮挥損损搶抢" +
  "摺折撈捞撥拨撫抚撲扑擁拥擇择擊击擋挡擔担據据擠挤擬拟擴扩擺摆擾扰攔拦攜携攝摄攤摊敎教敗败數数斷断於于旂旗旣既昇升時时晉晋暢畅暫暂曆历曉晓曏向書书會会朮术東东枴拐" +
  "柺拐査查桿杆條条棄弃業业極极榦干構构槍枪樁桩樂乐樓楼標标樞枢樣样樹树橋桥機机橫横檔档檢检檯台櫃柜櫥橱欄栏權权歲岁歷历歸归殘残殯殡殺杀毀毁氣气氾泛汎泛汙污決决沒没" +
  "沖冲況况泝溯淨净減减測测準准溝沟溫温溼湿滅灭滌涤滙汇滬沪滿满漁渔漸渐潔洁潤润澇涝濕湿濟济濫滥灑洒災灾為为無无煙烟熱热燈灯燒烧營营燬毁爐炉爭争爲为牀床牆墙牽牵狀状" +
  "狹狭獎奖獨独獲获獵猎獻献現现環环產产産产畝亩畢毕畫画異异畵画當当痠酸療疗發发盜盗盡尽監监盤盘眞真眾众睏困瞞瞒矯矫確确碼码磚砖礎础礙碍礦矿祕秘禮礼稅税稈秆種种稱称" +
  "穀谷積积穩稳穫获竈灶竊窃競竞筆笔箇个節节範范築筑篩筛簡简簽签籌筹籤签糞粪糧粮糰团糾纠紀纪約约紅红納纳紐纽紙纸級级紛纷細细紹绍終终組组結结絕绝絡络給给統统絶绝經经" +
  "綜综綠绿綫线維维網网緊紧緑绿緒绪線线編编緩缓練练緻致縣县縮缩縱纵總总績绩織织繕缮繞绕繫系繳缴繼继續续纍累纔才罰罚羣群義义習习聞闻聯联聲声職职聽听肅肃脩修脫脱腦脑" +
  "腸肠臟脏臨临臺台與与興兴舉举舊旧舘馆莊庄菸烟萬万葉叶蓆席蓋盖蔘参蕎荞薦荐藍蓝藝艺藥药蘇苏處处虛虚號号衆众術术衕同衚胡衛卫衝冲裏里補补裝装裡里製制複复襬摆覈核見见" +
  "規规視视親亲覺觉覽览觀观觸触訂订計计訊讯討讨訓训託托記记訟讼訪访設设許许訴诉診诊註注証证評评詞词詢询試试話话該该詳详誌志認认誒诶語语誠诚誡诫誤误說说説说誰谁課课" +
  "調调談谈請请論论諧谐諮咨諾诺謀谋謊谎講讲謹谨證证識识譟噪譭毁議议護护譽誉讀读變变讚赞谿溪豐丰負负財财貧贫販贩貫贯責责買买貸贷費费貼贴賁贲賃赁賄贿資资賠赔賣卖賦赋" +
  "質质賬账賭赌賴赖購购賽赛贈赠贊赞踐践踰逾蹤踪車车軌轨軍军較较載载輔辅輕轻輛辆輪轮輯辑輸输輻辐輿舆轄辖轉转辦办農农迴回逕径連连週周進进遊游運运過过達达違违遞递遠远" +
  "遡溯適适遲迟遶绕遷迁選选遺遗邊边邏逻鄉乡鄰邻醫医釋释針针釦扣銀银銘铭銜衔銷销鋒锋錄录錢钱錯错録录錳锰錶表鍵键鍼针鎖锁鎭镇鎮镇鏇旋鏈链鐵铁鑑鉴鑒鉴長长門门閉闭開开" +
  "間间閤合閱阅閲阅闆板闇暗關关闢辟陝陕陞升陣阵陽阳隊队階阶際际隨随險险隱隐雙双雜杂離离難难雲云電电鞏巩鞦秋韆千響响頁页頂顶頃顷項项順顺須须預预頒颁領领頭头顆颗題题" +
  "額额願愿類类顧顾顯显風风颱台颳刮飲饮飾饰養养餘余館馆饋馈駐驻駕驾駛驶驗验驟骤髒脏體体髮发鬍胡鬚须鬥斗鬧闹魚鱼鮮鲜鶴鹤鹽盐麥麦麪面麫面麵面黃黄點点黨党鼕冬齊齐齡龄齣出" +
  "龍龙";

const SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  Array.from({ length: TRADITIONAL_PAIRS.length / 2 }, (_, i) => [
    TRADITIONAL_PAIRS[2 * i] as string,
    TRADITIONAL_PAIRS[2 * i + 1] as string,
  ]),
);

/** The text with the traditional characters of the scoring vocabulary in their simplified form (項 → 项, 無 → 无). */
export function simplified(text: string): string {
  return text.replace(PINYIN, "").replace(/[\u4e00-\u9fff]/g, (ch) => SIMPLIFIED.get(ch) ?? ch);
}

/**
 * A reading in pinyin that a page glosses after a character, copied with it (“執(zhí)行”, “衛(wèi)生”: held-out sets 73 and
 * 78): not the clause's words. A toned vowel marks it, so a bracketed letter (“(a)”) stays.
 */
const PINYIN = /(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]/g;

/**
 * Where short quoted names stand (“三个培养”, “五个好”, “十个有”): no digits and no scoring or counting word inside the
 * quotes (“一次扣1分” quoted is a wording, not a name). As [start, end] offsets of the quotes.
 */
function quotedNames(s: string): Array<[number, number]> {
  return [...s.matchAll(/“([^“”]{1,10})”/g)]
    .filter((m) => !/[\d分扣得加减每少缺次例]/.test(m[1] as string))
    .map((m) => [m.index, m.index + m[0].length]);
}

/**
 * “…扣完为止.”, “满分10分.按要求…”: an ASCII full stop after a word, a closing bracket or a percentage ends a sentence as
 * 。 does. A decimal point (0.5), a list marker (“11.行政…”, after a digit at a sentence's start) and dots in a row
 * (“等...”) are not.
 */
export function pointsEnd(text: string): string {
  return text.replace(/(?<=[\u4e00-\u9fa5)%”"」】])\.(?!\.)/g, "。");
}

/**
 * “1.未明确责任人,扣5分2.识别和猎取…”, “1.落实…会议;1分2.制定…工作计划.1分”: a list marker run into the amount before it
 * (no separator in the stored table) starts the next item where an item before it opened with the marker one lower
 * (round 15's r15e-jshg-1.1.1, round 16's r16d-jx-1 to -3). A decimal (2.5分) is not a marker: a word must follow the dot.
 */
export function markerAfterAmount(s: string): string {
  return s.replace(/分(\d{1,2})\.(?=[\u4e00-\u9fa5])/g, (m: string, n: string, at: number) => {
    const before = Number(n) - 1;
    return before >= 1 && new RegExp(`(?:^|[;。,]|分)${before}\\.(?=[\u4e00-\u9fa5])`).test(s.slice(0, at))
      ? `分;${n}.`
      : m;
  });
}

/**
 * “建家率达70%得3分,60%得2分,50%得1分” (held-out set 16): tiers after the first that leave out its 达 take it, where the
 * rates fall and the points with them, tier after tier — each then a bound reached as the first is. Any other order is
 * left as written (and declined as a number with no comparator).
 */
function ellipticalTiers(s: string): string {
  const N = String.raw`\d+(?:\.\d+)?`;
  const run = new RegExp(String.raw`(达到?)(${N})%得(${N})分((?:,${N}%得${N}分)+)(?=[,;。]|$)`, "g");
  return s.replace(run, (whole: string, reach: string, rate: string, got: string, rest: string) => {
    const tiers = [...rest.matchAll(new RegExp(String.raw`,(${N})%得(${N})分`, "g"))];
    const all = [[rate, got], ...tiers.map((m) => [m[1], m[2]])].map(([r, p]) => ({ rate: dec(r!), got: dec(p!) }));
    const falling = all.every(
      (t, i) => i === 0 || (t.rate.lessThan(all[i - 1]!.rate) && t.got.lessThan(all[i - 1]!.got)),
    );
    return falling ? whole.replace(/,(?=\d)/g, `,${reach}`) : whole;
  });
}

/**
 * “计划(4'),并上报…(2')”, “(4',少一项扣1分)”: ' or ′ after a number, closing it before a bracket or a comma, is the 分 a
 * table writes short (held-out set 17's 防汛 rows; guard 80 declined it inside a drafted label).
 */
export function primePoints(s: string): string {
  return s.replace(/(\d)['\u2032](?=[),;，；])/g, "$1分");
}

/**
 * “⑴、公司资质证书复印件;⑵、营业执照复印件;…;⑽、监理人员变更通知单;(10项)每项0.1分” (held-out set 123): numbered things,
 * their number stated after them, each worth the amount — read as “A、B、…,每项得0.1分” is. The number stated must be the
 * number listed; that the amounts of all of them fill the points (so having each or lacking each gives the same score,
 * and the count of things held is the input either way) is checked where the points are known (`numberedThings`).
 */
const NUMBERED_THINGS = /^((?:\(\d{1,2}\)、?[^;。()]+;)+)\((\d{1,2})项\)每项(\d+(?:\.\d+)?)分[。;]?$/;

function numberedThingsEach(s: string): string {
  const m = NUMBERED_THINGS.exec(s);
  if (!m) return s;
  const items = (m[1] as string)
    .split(";")
    .filter((x) => x !== "")
    .map((x) => x.replace(/^\(\d{1,2}\)、?/, ""));
  if (items.length !== Number(m[2]) || items.some((x) => /、|\d/.test(x))) return s;
  return `${items.join("、")},每项得${m[3] as string}分`;
}

/**
 * “未发放股东贷款 | 12 | 发放股东贷款,且已向监管部门备案 | 6 | …未向监管部门备案 | 0” (held-out set 129): a table's rows of
 * standard and points copied with the cells parted by “|” — each standard and its points, as “…,得12分;” writes them.
 */
function pipeRows(text: string): string {
  const cells = text.split("|").map((c) => c.trim());
  if (cells.length < 4 || cells.length % 2 !== 0) return text;
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const [standard, points] = [cells[i] as string, cells[i + 1] as string];
    if (standard === "" || !/^\d+(?:\.\d+)?$/.test(points)) return text;
    rows.push(`${standard},得${points}分`);
  }
  return rows.join(";");
}

/** The number of things and each one's amount of a clause `numberedThingsEach` reads, from its normalised text's source. */
export function numberedThings(text: string): { count: number; each: string } | undefined {
  const s = text.normalize("NFKC").replace(/\s/g, "").replace(/；/g, ";");
  const m = NUMBERED_THINGS.exec(s);
  return m ? { count: Number(m[2]), each: m[3] as string } : undefined;
}

export function normalise(text: string): string {
  // ①②③ enumerate items; NFKC would turn them into digits that read as numbers.
  let s = simplified(
    pipeRows(text)
      .replace(/[\u2460-\u2473\u2776-\u277F]/g, "")
      .normalize("NFKC"),
  )
    // "完成率≥95%，得7分 90%≤完成率＜95%，得5分": in a table cell a space after a result separates the tiers; so does a line
    // break (“符合标准，得满分\n不达标准，不得分”, held-out set 17's tables, round 16).
    .replace(/((?:\d|满|不得|不计|不记|不给)分|为止)[ \t\u3000\r\n]+(?=[^\s,，。;；:：)）(（、])/g, "$1;")
    .replace(/[\s\u200B\uFEFF]/g, "")
    .replace(/[≧]/g, "≥")
    .replace(/[≦]/g, "≤")
    .replace(/>=/g, "≥")
    .replace(/<=/g, "≤")
    .replace(/[\u2212\u2012\u2013\u2014\u2015\uFE63~～]+/g, "-")
    .replace(/[。]/g, "。")
    // “完畢率≥50%旳按比例得分”: 旳 for 的, a slip of traditional-to-simplified conversion (held-out set 14)
    .replace(/旳/g, "的");
  s = primePoints(s);
  s = pointsEnd(s).replace(/[，]/g, ",").replace(/[；]/g, ";");
  s = markerAfterAmount(s);
  // “3无臭水潭、污水横流,得2分” (held-out set 25's table): a number opening the clause, run into its words with no unit or
  // measure after it, is the row's ordinal.
  s = s.replace(new RegExp(`^(\\d{1,2})(?=[\\u4e00-\\u9fa5])(?!${MEASURE}|${MORE_UNITS})`), "$1、");
  // “3.1主要领导挂帅的得0.5分” (held-out set 127): a dotted ordinal opening the clause, before its words, numbers the row.
  s = s.replace(new RegExp(`^\\d{1,2}(?:\\.\\d{1,2}){1,3}(?=[\\u4e00-\\u9fa5])(?!${MEASURE}|${MORE_UNITS})`), "");
  s = ellipticalTiers(s);
  // “每发现一项不齐全或不完善扣0.2” (held-out set 23's 物业 tables write no 分 anywhere): a number after 扣 closing its
  // piece is the points taken, where no number in the clause is followed by 分.
  if (!/\d分/.test(s)) s = s.replace(/扣(\d+(?:\.\d+)?)(?=$|[,;。:])/g, "扣$1分");
  // “不服从物流安排的扣2/次” (held-out set 127): the amount per unit with no 分 is points, as “扣5分/次” beside it says.
  s = s.replace(/(扣|加|得)(\d+(?:\.\d+)?)\/(次|人次|人|处|项|个|例|件|起|台)/g, "$1$2分/$3");
  // “漏失率≤4%得8分,不然每高1%扣2分” (held-out set 32): 不然 opening a piece after a result is 否则; and 否则 before a step
  // (“…得8分,否则每高1%扣2分”) says only that the step runs past the bound, as the step without it does.
  s = s.replace(/(分[,;。])不然(?=,?(?:每|不得分|扣|得|计))/g, "$1否则").replace(/(分[,;。])否则,?(?=每)/g, "$1");
  // “…不少于4次,每少1次,扣0.5分” (held-out set 31): a comma between a step and its amount parts nothing.
  s = s.replace(/(每[^,;。\d]{0,6}\d+(?:\.\d+)?[^\d,;。]{0,3}),(?=(?:扣|减|加|得)(?:除)?\d)/g, "$1");
  // “配置率达90%以上,以文件为准,完成得5分,未完成不得分” (held-out set 31): 完成 is the bound reached, and “以文件为准”
  // says how it is checked.
  s = s.replace(
    /(达(?:到)?\d+(?:\.\d+)?%(?:以上|及以上))(?:,以[^,;。\d]{1,10}为准)?,完成(?:的)?([得计记]\d+(?:\.\d+)?分),未完成(?:的)?(?:不得分|不计分|不记分|得0分)/,
    "$1$2,否则不得分",
  );
  // “每缺一种—0.5分2、现场规程齐全,每缺一种—1分” (held-out set 37): a dash before an amount after a step is 扣, and a
  // numbered item run on after an amount starts a new piece.
  s = s
    .replace(/(每[^,;。\d扣减加得]{0,6}\d+(?:\.\d+)?[^\d,;。扣减加得]{1,3})-(\d+(?:\.\d+)?分)/g, "$1扣$2")
    .replace(/分(\d{1,2})、(?=[\u4e00-\u9fa5])/g, "分;$1、");
  s = numberedThingsEach(s);
  // “每例次扣除考核分1.5分” (held-out set 130): points taken from the assessment's are the item's 扣; “扣全分” (set 125) takes
  // them all, as 不得分 does.
  s = s.replace(/扣除考核分(?=\d)/g, "扣").replace(/扣全分/g, "不得分");
  // “发现一次,扣基准分10分” under “服务规范基准分为100分” (held-out set 139): points taken from the base are the item's 扣;
  // “直至该项标准分扣完为止” (set 139) is 扣完为止.
  s = s
    .replace(/扣(?:除)?(?:基准分|基本分|基础分|标准分)(?=\d+(?:\.\d+)?分)/g, "扣")
    .replace(/直至(?:该项|本项)?(?:标准分|基本分|基准分|基础分)扣完(?:为止)?/g, "扣完为止");
  // “每办1件加1分(最多加5分)” (held-out set 140): a cap in a closing bracket is the cap.
  s = s.replace(/\((最多|最高)(加|扣)?(\d+(?:\.\d+)?分)\)(?=[。;]?$)/g, ",$1$2$3");
  // “每发生一次扣10分,扣至最低0分” (held-out set 132): deductions down to nothing and no further, 扣完为止.
  s = s.replace(/(?:扣至|扣到|减至|减到)(?:最低)?(?:为)?0分(?:为止)?/g, "扣完为止");
  // “40000m2>建筑面积≥30000m2,得14分”, “1000m2>建筑面积,得25分” (held-out set 125): a bound written before the name, larger
  // first, is the same range written from the smaller end, as the development clauses write it (“50m2≤面积<80m2”).
  const unit = "(m2|m3|平方米|立方米|米|间|个|人|家|户|台|辆|张|床|吨|元|万元)?";
  s = s
    .replace(
      new RegExp(
        `(^|[;,。])(\\d+(?:\\.\\d+)?)${unit}>([^\\d,;。<>≥≤]{1,12}?)≥(\\d+(?:\\.\\d+)?)${unit}(?=,|的|得)`,
        "g",
      ),
      "$1$5$6≤$4<$2$3",
    )
    .replace(new RegExp(`(^|[;,。])(\\d+(?:\\.\\d+)?)${unit}>([^\\d,;。<>≥≤]{1,12}?)(?=,|的|得)`, "g"), "$1$4<$2$3");
  // “没有佩戴的扣0.1分每人” (held-out set 126): the unit counted written after the amount is 每人 before it.
  s = s.replace(/(扣|减|加|得)(\d+(?:\.\d+)?分)每(人次|人|次|处|项|个|例|件|起|台)(?=[。;,]|$)/g, "每1$3$1$2");
  // “…,直至本项分值扣完” (held-out set 36) is 扣完为止; “未完成的为零分” (set 36) is 得0分.
  s = s
    .replace(/直(?:至|到)(?:本项|该项|此项)?(?:分值|分数)?扣完(?:为止)?/g, "扣完为止")
    .replace(/([的者]),?为(?:0|零)分/g, "$1得0分");
  // The same end in other words (held-out sets 43, 44, 53, 54): “至本项扣完为止”, “扣完本项得分为止”, a bare “扣完” ending
  // the clause, and “扣完15分止” (“扣完成15分止” with its slip), read as “扣完15分为止” is (closing.ts).
  s = s
    .replace(/(?:至|到)(?:本项|该项|此项)(?:分值|分数)?扣完为止/g, "扣完为止")
    .replace(/扣完(?:本项|该项|此项)(?:得分|分数|分值)?为止/g, "扣完为止")
    .replace(/扣完成?(\d+(?:\.\d+)?)分止/g, "扣完$1分为止")
    .replace(/,扣完(?=[。;]?$)/, ",扣完为止");
  // “无独立消毒剂存放场所;扣4分。” (held-out set 78's 公共场所 tables): the amount in a cell of its own after the failing —
  // a semicolon between them parts nothing, where the failing holds no amount or scoring word of its own.
  s = s.replace(
    /(^|[;。])([^;。]+);(?=(?:扣|减)(?:除)?\d+(?:\.\d+)?分(?:[;。]|$))/g,
    (m: string, at: string, failing: string) => (/\d|分|扣|减|得|加|每|为止/.test(failing) ? m : `${at}${failing},`),
  );
  // “扣分细则:…”, “(扣分标准:…)” (held-out sets 35, 42): the column's name before its rules, and the bracket around them.
  s = s.replace(/^\((?:扣分|评分|计分|考核|考评)(?:细则|标准|办法|方法):([^()]*)\)([。;]?)$/, "$1$2");
  s = s.replace(/^(?:扣分|评分|计分|考核|考评)(?:细则|标准|办法|方法):(?=.)/, "");
  // “本项2分全扣(该项不得分)”, “本小项4分全扣” (held-out set 42), “无领导小组,5分全扣” (set 68): the points named are
  // taken, as 扣N分 says.
  s = s.replace(/(?:(?:本|该|此)小?项|(?<=[,;。]))(\d+(?:\.\d+)?分)全扣(?:\((?:本|该|此)项不得分\))?/g, "扣$1");
  // “…的,加0.5分;未参加的,该项不加分” (held-out set 46): no points added is the award's 不得分.
  if (/加\d+(?:\.\d+)?分/.test(s)) s = s.replace(/([的者],?)(?:该项|本项|此项)?不(?:予)?加分/g, "$1不得分");
  // “5.门窗、玻璃无灰尘。(门窗、玻璃有灰尘,一次扣0.5分)” (held-out set 56): the rule in a bracket after its requirement,
  // read as the sentence it is; “一一次” (a doubled 一 before a measure word) is 一次.
  s = s.replace(/([。;])\(([^()]*?(?:扣|减)\d+(?:\.\d+)?分[^()]*?)\)\)?([。;]?)$/, "$1$2$3");
  // “役男辅导访视12分。(实地访视役男每1人次加0.2分,至12分止)” (held-out set 66): the same after a heading with its points.
  s = s.replace(/(\d分。)\(([^()]*?(?:加|得)\d+(?:\.\d+)?分[^()]*?)\)([。;]?)$/, "$1$2$3");
  s = s.replace(/一一(?=次|项|个|例|处|起|件|人)/g, "一");
  // “最高上限10分”, “以5分为上限” (held-out set 105): the cap said with 上限, as “最高10分”, “以5分为限” say it.
  s = s.replace(/最高上限(?:为)?(?=\d)/g, "最高").replace(/以(\d+(?:\.\d+)?)分为上限/g, "以$1分为限");
  // “有4分, 没有的扣4分” (held-out set 104): having the thing earns the points, lacking it takes them all — the yes/no of
  // having it, as “有的得4分,否则不得分”.
  s = s.replace(/^有(\d+(?:\.\d+)?)分,没有的扣\1分([。;]?)$/, "有的得$1分,否则不得分$2");
  // “每发现一台车扣50分”, “每发现有一笔…” (held-out sets 60, 82): one thing counted after 每, in digits as 一例 is.
  s = s.replace(new RegExp(`(每[\\u4e00-\\u9fa5]{0,4}?)一(?=${THING_WORDS})`, "g"), "$11");
  // “版本上线后一个自然月内…” (held-out set 58): a calendar month is a month, so the limit reads as “1个月内”.
  s = s.replace(/(个?)自然(月|日|年|周)/g, "$1$2");
  // “嘉奖乙次得1分” (held-out set 66): 乙 for 一 before a measure word, as documents in traditional characters write it.
  s = s.replace(/乙(?=次|个|件|项|名|人|例|起|处)/g, "一");
  // “抓取正确(1分/个,共6个方块)” (held-out set 67): points per thing in a bracket, with how many there are.
  s = s.replace(
    /^([^()]{2,30}?)\((\d+(?:\.\d+)?)分\/(个|张|项|次|处|件)(?:,共\d+[^()]*)?\)([。;]?)$/,
    "$1,每1$3得$2分$4",
  );
  // “组织团员学习…。(每次1分,总分4分)”, “(每次会议0.5分,总分3分)” (held-out set 39): points per occasion in a closing
  // bracket, with the most they come to — read as “每1次得1分,最高得4分”.
  s = s.replace(
    /^(.{2,60}?)[。,;]?\(每(?:1|一)?(次|份|篇|项|个|件|期|场)(?:会议|活动)?(\d+(?:\.\d+)?)分,(?:总分|最高|最多|上限)(?:为|得|计)?(\d+(?:\.\d+)?)分\)([。;]?)$/,
    "$1,每1$2得$3分,最高得$4分$5",
  );
  // “累积计算,最高扣2分”, “本条最高扣1分” (held-out sets 42, 48): the cap of the item, as “累计最高扣2分” says it.
  s = s
    .replace(/累[积计](?:计算|计扣|扣分)?,(?=最高|最多)/g, "累计")
    .replace(/(?:本条|本款|该条)(?=最高|最多)/g, "本项");
  // “…扣完为止(以环保局审批项目为准)” (held-out set 53): which records count, in a bracket, is no scoring.
  s = s.replace(/\(以[^()]{1,30}为准\)/g, "");
  // “未按要求0分”, “逾期0分”, “超5天0分” (held-out set 40): a failing and its 0 with no verb between are 得0分; and a clause
  // that is only “全扣全得” (set 41: the 计分方法 cell beside its requirement) is all or nothing.
  s = s.replace(/([\u4e00-\u9fa5])(?<![得计记为扣加减给是和与及或至到])(?<![至到][^,;。]{0,6})0分(?!为止)/g, "$1得0分");
  if (/^全扣全得[。;]?$/.test(s)) s = "符合的得满分,否则不得分";
  // “有建立联席会议制度 30分 / 没有建立联席会议制度 0分” (held-out set 121): a rung's points with no verb, beside the rung
  // that negates it, are its 得, as “有批准文件: 2 分;没有批准文件: 0 分” says it.
  s = s.replace(/(^|[;。])有([^,;。\d]{2,30}?)(\d+(?:\.\d+)?分)(?=;(?:没有|无|未)\2得0分[;。]?$)/, "$1有$2得$3");
  // “…导致工具或零件损坏本题0分” (held-out set 37): the item at 0 is its 不得分.
  s = s.replace(/(?<![至到])(本题|本项|该项|此项|该题)(?:得|计|记)?(?:0|零)分(?!为止)/g, "$1不得分");
  // “好路率X120”, “好路率x60” (held-out set 23): a Latin x between a rate and a number multiplies.
  s = s.replace(/率[Xx](?=\d)/g, "率×");
  // “防疫员每年与乡镇中心…签订责任书得10分” (held-out set 22): 每年 before an award with no number between says the duty
  // is yearly, as the assessment is; it is no 每 that counts (one award in the clause only: beside others, “每年…有增加得2分”
  // may be per year, r14tb-yxh-2).
  if ((s.match(/[得计记]\d/g) ?? []).length === 1) s = s.replace(/每年(?=[^\d,;。每]{1,30}?[得计记]\d)/, "");
  // “寝室有值日表(3分),无值日表不得分” (held-out set 44): points in a bracket before the failing that takes them are the
  // award the failing negates, not a restated heading that would run the requirement into the failing.
  s = s.replace(
    /\((\d+(?:\.\d+)?分)\)([,。;])(?=(?:无|未|没有|不)[^,;。\d]{0,20}(?:不得分|不计分|不记分|得0分)[。;]?$)/g,
    "得$1$2",
  );
  // "（2分）" after a clause restates its 分值; the 分值 comes with the clause.
  s = s.replace(/\(\d+(?:\.\d+)?分\)/g, "");
  // “…扣完为止(实地查看)”, “…(查阅资料,实地查看)” ending the clause: how the item is checked, not how it is scored (round 16).
  s = s.replace(/\((?:查阅|查看|实地|现场|检查|核查|抽查|听取|汇报|资料|台账|台帐|档案|[,、和及与])+\)(?=[。;]?$)/, "");
  // “…,以该项分数扣完为止,考核方式采用进村入户,其他村电话回访。”: the item's own points are what 扣完为止 means, and a
  // closing “考核方式…” with no points in it says how the item is checked (round 16).
  s = s.replace(/以(?:该|本)项(?:分数|分值)?扣完为止/g, "扣完为止").replace(/[,;。]考核方(?:式|法)[^分]*$/, "。");
  // 百分之九十五 → 95%, 百分之0.5 → 0.5%
  s = s.replace(new RegExp(`百分之(${CHINESE_NUMBER}|\\d+(?:\\.\\d+)?)`, "g"), (_m, n: string) => {
    const value = /\d/.test(n) ? n : chineseNumber(n);
    return value === undefined ? _m : `${value}%`;
  });
  // 一个百分点 → 1%, 0.1个百分点 → 0.1%, 半个百分点 → 0.5%
  s = s.replace(new RegExp(`(${CHINESE_NUMBER}|\\d+(?:\\.\\d+)?|半)个?百分点`, "g"), (m: string, n: string) => {
    const value = n === "半" ? 0.5 : /\d/.test(n) ? n : chineseNumber(n);
    return value === undefined ? m : `${value}%`;
  });
  // 半分 → 0.5分 (一分半 → 1.5分 once the numerals are digits, below)
  s = s.replace(/(^|[^一二两三四五六七八九十\d])半分/g, (_m, before: string) => `${before}0.5分`);
  // “贫困户通过就业脱贫的,一次性奖励100分” (held-out set 133): an award at one go after its condition is the award.
  s = s.replace(/(的[,，]?)一次性(奖励|加)/g, "$1$2");
  // Chinese numerals before a measure word.
  const named = quotedNames(s);
  s = s.replace(new RegExp(`(${CHINESE_NUMBER})(?=${MEASURE})`, "g"), (m: string, _n: string, at: number) => {
    // 一户一档, 一人一账, 一户一策, 三位一体: a name, not a count.
    if (s[at + m.length + 1] === "一" && (m === "一" || /^位一体/.test(s.slice(at + m.length)))) return m;
    // “三个培养”活动档案: a number inside a quoted name is part of the name.
    if (named.some(([from, to]) => at > from && at < to)) return m;
    // 零件, 零部件 (held-out set 37, “导致工具或零件损坏”): 零 as a word, no number.
    if (m === "零" && /^(?:件|部件)/.test(s.slice(at + 1))) return m;
    // 一次性拖鞋, 一次性补助 (held-out set 78): 一次性 is one word (disposable, at one go), no count of times.
    // (“一次性扣2分”, “一次性加4分”: at one go, with no condition, stays as it was read and declined.)
    if (m === "一" && /^次性(?![扣加得计记给奖减])/.test(s.slice(at + 1))) return m;
    const value = chineseNumber(m);
    return value === undefined ? m : String(value);
  });
  // 一周以内, 两小时内 (round 16): durations bounded, read as digits so the bound is seen (not 四周 = around, 一周年).
  s = s.replace(new RegExp(`(${CHINESE_NUMBER})(?=周(?:以内|以上|以下|之内|内|后))`, "g"), (m: string) =>
    String(chineseNumber(m) ?? m),
  );
  s = s.replace(new RegExp(`(${CHINESE_NUMBER})(?=小时)`, "g"), (m: string) => String(chineseNumber(m) ?? m));
  s = s.replace(/(\d+)分半/g, (_m, n: string) => `${n}.5分`);
  // “每人次减2.5分,最高减5分”, “减完为止”: 减 before points, or 减完, deducts as 扣. 减少, 减免, 减灾, 递减一名 (no points
  // follow) and 加减 (“每增减1%，加减1分”: both ways) keep their 减.
  // “扣减1分” (held-out set 122) is one verb: 扣, not 扣扣.
  s = s.replace(/扣减(?=\d+(?:\.\d+)?分|完为止)/g, "扣");
  s = s.replace(/(?<![加增])减(?=\d+(?:\.\d+)?分|完为止)/g, "扣");
  // “换届程序不规范-1分,有拉票贿选等问题-2”, “未按要求召开-1分/项”: a minus after the failing it follows is a deduction.
  // Only after a Chinese character, before 分 or a separator, and outside a formula: “5-10分”, “2020-2021年”,
  // “得分=70×实际达标率-63” are not.
  s = s.replace(/([^,;。]*[\u4e00-\u9fa5])-(\d+(?:\.\d+)?)(?:分)?(?=\/|[,;。]|$)/g, (m, before: string, n: string) =>
    /[=×*÷+]/.test(before) ? m : `${before}扣${n}分`,
  );
  // “有一篇加0.1分,但累计不超过2分”: a cap after 但 bounds what comes before it, as it does without 但.
  s = s.replace(/([,;])但(?=(?:累计|合计|总计)?(?:最高|最多|不超过|不得超过))/g, "$1");
  // "按项加0.5分", "按件加0.2分": per item, as 每项 (成都市林业局目标绩效考核实施细则).
  s = s.replace(/按(项|件|次|篇|人|卷)(加|扣)(?=\d)/g, "每$1$2");
  // "每少一处信息少得1分": 少得 N 分 is a deduction (not 至少得, 最少得: a floor); so is 少计/少记 N 分 (round 16, r16c-scsj-1.4
  // “每年不少于2件事例,得8分,少1件少计4分”).
  s = s.replace(/(?<![至最不])少[得计记](?=\d+(?:\.\d+)?分)/g, "扣");
  // "每少一样", "每少一部要求的调度电话": items counted missing (样, 部 are measure words only here).
  s = s.replace(/每(少|缺少?)一(?=样|部(?![门分署]))/g, "每$11");
  // "有平安创建领导组织,得分2分": 得分 N 分 opening a piece is 得N分 (not 扣减得分0.5分).
  s = s.replace(/(^|[,;。:(])得分(?=\d+(?:\.\d+)?分)/g, "$1得");
  return s;
}
