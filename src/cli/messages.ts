/**
 * The words of the command line itself in its two languages, as the task pane has zh-CN and en-US: help, usage
 * errors (what commander reports, reworded from its error codes), file errors. Chinese unless the command line asks
 * for English with `--lang en`; never from the environment, since many machines default to en_US.
 */
import { CommanderError, Help, Option } from "commander";
import type { Command } from "commander";

export type Lang = "zh" | "en";
export const LANGS: readonly Lang[] = ["zh", "en"];

export interface Text {
  zh: string;
  en: string;
}

let current: Lang = "zh";

/** The language of this run, set once by main. */
export function useLanguage(lang: Lang): void {
  current = lang;
}

/** `text` in the language of this run. */
export function say(text: Text): string {
  return text[current];
}

/**
 * The language asked for on the command line: `--lang en` or `--lang=en` anywhere before `--`. Read before commander
 * parses, so that its help and its errors come in that language too. Anything else is Chinese (an unknown value is
 * then refused by commander, in Chinese).
 */
export function languageOf(argv: readonly string[]): Lang {
  let lang: Lang = "zh";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value === "en" || value === "zh") lang = value;
  }
  return lang;
}

/** The global option that chooses the language. */
export function langOption(): Option {
  return new Option("--lang <lang>", "提示和帮助的语言，默认中文").choices(LANGS);
}

export const VERSION_FLAGS = "-V, --version";
export const VERSION_TEXT: Text = { zh: "显示版本号", en: "output the version number" };
export const HELP_TEXT: Text = { zh: "显示帮助", en: "display help for command" };
export const HELP_COMMAND_TEXT: Text = { zh: "显示某个命令的帮助", en: "display help for command" };

/** The headings of commander's help, in Chinese. */
const TITLES: Record<string, string> = {
  "Usage:": "用法：",
  "Arguments:": "参数：",
  "Options:": "选项：",
  "Global Options:": "全局选项：",
  "Commands:": "命令：",
};

/** Commander's placeholders and notes in a help text, in Chinese. */
function chineseWords(text: string): string {
  return text
    .replace(/\[options\]/g, "[选项]")
    .replace(/\[command\]/g, "[命令]")
    .replace(
      / ?\(choices: ([^)]*)\)/g,
      (_, list: string) => `（可选：${list.replace(/"/g, "").split(", ").join("、")}）`,
    )
    .replace(/ ?\(default: ([^)]*)\)/g, "（默认：$1）");
}

/** Characters a terminal shows two columns wide: CJK, Hangul, full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/**
 * Help through commander's own hooks: columns aligned for Chinese text (displayWidth counts a wide character as two
 * columns), and in Chinese the headings (styleTitle), usage lines and option notes.
 */
export function configureHelp(program: Command, lang: Lang): void {
  const displayWidth = function (this: Help, text: string): number {
    return Help.prototype.displayWidth.call(this, text) + (text.match(WIDE)?.length ?? 0);
  };
  if (lang === "en") {
    program.configureHelp({ displayWidth });
    return;
  }
  program.configureHelp({
    displayWidth,
    styleTitle: (title) => TITLES[title] ?? title,
    commandUsage(this: Help, cmd) {
      return chineseWords(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd) {
      return chineseWords(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription(this: Help, option) {
      return chineseWords(Help.prototype.optionDescription.call(this, option));
    },
  });
}

/** The English of each description the commands give in Chinese; shown in help under `--lang en`. */
const ENGLISH: Record<string, string> = {
  "指标体系工作簿：起草其中规则为空的各行（不修改此文件）":
    "an 指标体系 workbook: draft every row whose 规则 is empty (this file is not changed)",
  "绩效评分助手：按指标体系为社会救助绩效评价计分":
    "绩效评分助手: scores social-assistance performance evaluations against an indicator scheme",
  "提示和帮助的语言，默认中文": "language of messages and help (default: Chinese)",
  列出内置的指标体系: "list the built-in schemes",
  "以 JSON 输出": "output JSON",
  按方案为输入文件中的各单位计分: "score every unit of an input file against a scheme",
  内置方案编号或方案文件: "a built-in scheme's id or a scheme file",
  '输入文件：{"units": [{"name": …, "values": {…}}]}': 'input file: {"units": [{"name": …, "values": {…}}]}',
  未填写的指标视为错误: "treat inputs left blank as errors",
  "“进步较大”的衡量方法：total 按总分提高幅度（默认），rank 按排名上升位次；通报中会注明":
    "what 进步较大 (improved most) is measured by: total, the rise of 总分 (default), or rank, the places gained; the draft says which",
  "文件未定义的答案按哪一档计分（评价人选择），如 D12:良好=较好；可重复":
    "the level an answer the document does not define is scored as (the evaluator's choice), e.g. D12:良好=较好; repeatable",
  "读取 .xlsx 工作簿中的录入表，计分，写入“得分表”工作表":
    "read the input sheet of an .xlsx workbook, score it and write the 得分表 sheet",
  "工作簿：第一列为单位名称，表头为输入的编号或指标名称":
    "workbook: unit names in the first column, input ids or indicator names in the header",
  "读取的工作表（默认：表头对应输入最多的一张）": "the sheet to read (default: the one whose header names most inputs)",
  "输出文件（默认：输入文件名加“-得分表”，输入文件不变）":
    "output file (default: the input's name with “-得分表”; the input is not changed)",
  "每项输入都须有列、每格都须填写": "every input must have a column and every cell be filled",
  "按方案生成空白录入表（.xlsx）": "write a blank input sheet (.xlsx) for a scheme",
  "输出文件（不覆盖已有文件）": "output file (an existing file is not overwritten)",
  "单位名称，以逗号或顿号分隔：新泾,江苏,…": "unit names, separated by commas or 、: 新泾,江苏,…",
  "复核：按规则重新计算报送的得分，列出每一处不一致":
    "audit: recompute the reported scores by their rules and list every one that differs",
  '输入文件：{"units": [{"name": …, "values": {…}, "reported": {"<编号>": 得分}}]}':
    'input file: {"units": [{"name": …, "values": {…}, "reported": {"<id>": score}}]}',
  "对比两张得分表：各单位各部分、总分和排名的变化":
    "compare two 得分表: the change in each unit's parts, total and rank",
  "前表（如上一年度）：输入文件或工作簿": "the earlier table (such as last year's): an input file or a workbook",
  "后表（如本年度）：输入文件或工作簿": "the later table (such as this year's): an input file or a workbook",
  "指定两表单位的对应关系（可多次使用；无对应时留空一侧，如 新泾=）":
    "match a unit of the earlier table to one of the later (repeatable; leave a side empty for none: 新泾=)",
  "两表共用的方案：内置方案编号或方案文件": "the scheme of both tables: a built-in scheme's id or a scheme file",
  "前表所用的方案（两年方案不同时），默认同 --scheme":
    "the earlier table's scheme (when the years' schemes differ); default: --scheme",
  "后表所用的方案（两年方案不同时），默认同 --scheme":
    "the later table's scheme (when the years' schemes differ); default: --scheme",
  "两表方案不同时指定一级指标的对应（可多次使用；无对应时留空一侧，如 专项评价=）；未指定的按名称对应":
    "pair a block of the earlier scheme with one of the later (repeatable; leave a side empty for none: 专项评价=); blocks not given are paired by name",
  按得分表起草通报中的评价结果段落: "draft the results paragraph of a 通报 from a 得分表",
  本次得分表的输入文件或工作簿: "this year's 得分表: an input file or a workbook",
  "对比用的前表（如上一年度），用于“进步较大”":
    "an earlier table to compare with (such as last year's), for “进步较大”",
  "平均分的范围说法，默认“全区”": "how the average's scope is worded (default “全区”)",
  "写出各单位的工作底稿（每项指标的分值、评分标准、输入、计算过程和得分）":
    "write each unit's 工作底稿 (per indicator: points, criterion, input, computation and score)",
  输入文件或工作簿: "an input file or a workbook",
  "输出工作簿（不覆盖已有文件）": "output workbook (an existing file is not overwritten)",
  "写出对比表工作簿（与加载项的对比表相同，不覆盖已有文件）":
    "write the 对比表 as a workbook (the add-in's comparison sheet; an existing file is not overwritten)",
  只写这一个单位: "only this unit",
  "指标体系工作簿：导出、导入、查看和检查方案": "the 指标体系 workbook: export, import, show and check a scheme",
  "把方案写成指标体系工作簿（.xlsx），供编辑": "write a scheme as an 指标体系 workbook (.xlsx) to edit",
  "从指标体系工作簿读取方案，输出方案文件（JSON）":
    "read a scheme from an 指标体系 workbook and output it as a scheme file (JSON)",
  "指标体系工作簿（指标体系、档次与要素、方案信息三张工作表）":
    "an 指标体系 workbook (sheets 指标体系, 档次与要素 and 方案信息)",
  "写出的方案文件（不覆盖已有文件；不给则输出到屏幕）":
    "the scheme file to write (an existing file is not overwritten; without it, printed)",
  "显示方案；--json 输出规范 JSON（补齐默认值、键序固定，便于比较两个方案）":
    "show a scheme; --json prints canonical JSON (defaults filled in, keys in a fixed order) to compare schemes",
  "检查指标体系工作簿或方案文件，不写出任何文件": "check an 指标体系 workbook or a scheme file, writing nothing",
  指标体系工作簿或方案文件: "an 指标体系 workbook or a scheme file",
  "按评分标准起草规则：给出草稿及边界示例，需要判断或表述不明时说明原因":
    "draft a rule from a clause of 评分标准: the draft and its boundary examples, or why it needs judgement",
  评分标准原文: "the 评分标准 text of one clause",
  该项分值: "the clause's points (分值)",
  "同一行其他栏中该条款所依据的文字（如工作要求“一年不少于4次”）":
    "words from another column of the row that the clause relies on (a 工作要求 such as “一年不少于4次”)",
  "所属部分：base 基本指标（默认）、bonus 加分项、penalty 扣分项":
    "the part it belongs to: base (default), bonus (加分项) or penalty (扣分项)",
  '试算的输入（JSON 或文本，如 3、85%、是、{"1":1}）；可重复':
    'an input to score under the draft (JSON or text: 3, 85%, 是, {"1":1}); repeatable',
};

/** The program and its commands, subcommands included (jixiao scheme export). */
export function allCommands(program: Command): Command[] {
  return [program, ...program.commands.flatMap(allCommands)];
}

/** Every description of the program and its commands in English (a description without one stays Chinese). */
export function describeInEnglish(program: Command): void {
  const english = (text: string) => ENGLISH[text] || text;
  for (const command of allCommands(program)) {
    command.description(english(command.description()));
    for (const option of command.options) option.description = english(option.description);
    for (const argument of command.registeredArguments) argument.description = english(argument.description);
  }
}

/** The option or argument a usage error names, for its description. */
function described(program: Command, flags: string): string {
  for (const command of allCommands(program)) {
    const option = command.options.find((o) => o.flags === flags);
    if (option) return option.description;
    const argument = command.registeredArguments.find((a) => a.name() === flags);
    if (argument) return argument.description;
  }
  return "";
}

/** "你要的是不是 score？" on a line of its own, from commander's "(Did you mean score?)"; "" without one. */
function suggestion(message: string): string {
  const match = /\(Did you mean (one of )?(.+)\?\)/.exec(message);
  if (!match) return "";
  const names = (match[2] as string).split(", ");
  return `\n你要的是不是 ${names.join(" 或 ")}？`;
}

/**
 * A usage error as the user reads it: commander's error, by its code, in the language of this run, with what to do.
 * Commander composes its English messages from fixed templates (lib/command.js); the names they hold are taken from
 * them.
 */
export function usageError(program: Command, error: CommanderError): string {
  const message = error.message.replace(/^error: /, "");
  if (current === "en") return `${message}\n(jixiao --help lists the commands; jixiao <command> --help its options)`;
  const quoted = (pattern: RegExp) => pattern.exec(message)?.[1] ?? "";
  const withDescription = (flags: string) => {
    const what = described(program, flags);
    return what === "" ? flags : `${flags}（${what}）`;
  };
  switch (error.code) {
    case "commander.unknownCommand":
      return `没有“${quoted(/unknown command '(.*)'/)}”这个命令${suggestion(message)}\n用 jixiao --help 列出全部命令`;
    case "commander.unknownOption":
      return `没有 ${quoted(/unknown option '(.*?)'/)} 这个选项${suggestion(message)}\n用 jixiao <命令> --help 查看该命令的选项`;
    case "commander.missingMandatoryOptionValue":
      return `缺少必需的选项 ${withDescription(quoted(/required option '(.*)' not specified/))}`;
    case "commander.missingArgument": {
      const name = quoted(/missing required argument '(.*)'/);
      const what = described(program, name);
      return `缺少参数 <${name}>${what === "" ? "" : `（${what}）`}`;
    }
    case "commander.optionMissingArgument":
      return `选项 ${quoted(/option '(.*)' argument missing/)} 后面缺少值`;
    case "commander.excessArguments": {
      const match = /too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)/.exec(message);
      if (!match) return `参数过多：${message}`;
      const [, command, expected, got] = match;
      return `${command ? `命令 ${command} ` : ""}参数过多：应有 ${expected} 个，给了 ${got} 个（文件名中有空格时请加引号）`;
    }
    case "commander.invalidArgument": {
      const match = /option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./.exec(message);
      if (match) return `选项 ${match[1]} 的值“${match[2]}”无效：可选 ${(match[3] as string).split(", ").join("、")}`;
      return `参数无效：${message}`;
    }
    default:
      return message;
  }
}

/** What a file is, in English ("工作簿" → "workbook"), for file errors under --lang en. */
const FILE_KINDS: Record<string, string> = { 工作簿: "workbook", 方案文件: "scheme file", 输入文件: "input file" };

/**
 * Why a file could not be read, with what to do: 不存在, 无权读取, 是文件夹; `other` for any other reason, in words.
 * `what` is the kind of file ("工作簿").
 */
export function readFailure(code: string | undefined, what: string, path: string, other: string): string {
  const kind = FILE_KINDS[what] ?? "file";
  const zh = current === "zh";
  switch (code) {
    case "ENOENT":
      return zh
        ? `文件不存在：${path}。请检查${what}的路径和文件名`
        : `File not found: ${path}. Check the path and name of the ${kind}`;
    case "ENOTDIR":
      return zh
        ? `文件不存在：${path}（路径中有一段不是文件夹）。请检查${what}的路径`
        : `File not found: ${path} (a part of the path is not a folder). Check the path of the ${kind}`;
    case "EACCES":
    case "EPERM":
      return zh
        ? `无权读取文件：${path}。请让文件的所有者开放读取权限，或复制一份再试`
        : `No permission to read ${path}. Ask the file's owner for read access, or copy it and try again`;
    case "EISDIR":
      return zh
        ? `是文件夹，不是文件：${path}。请给出其中的${what}`
        : `${path} is a folder, not a file. Give the ${kind} inside it`;
    default:
      return zh ? `无法读取${what} ${path}：${other}` : `Cannot read the ${kind} ${path}: ${other}`;
  }
}

/** What an internal error (a bug, exit 3) is called before its message. */
export const INTERNAL_ERROR: Text = { zh: "内部错误（请报告）：", en: "internal error (please report it): " };
