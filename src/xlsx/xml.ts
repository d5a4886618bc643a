/**
 * Just enough XML for the parts of an .xlsx: a pull scanner over tags and text with their offsets (so a part can be
 * patched by splicing its text), entity decoding, escaping, and a small element tree for the short parts.
 */

/** A part whose XML the scanner cannot follow; the caller names the file and the part. */
export class XmlError extends Error {}

/** The entities XML predefines; a file without a DTD (which the scanner refuses) can use no others. */
const NAMED: ReadonlyMap<string, string> = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** "&name;" as a reference is written: up to the ";" that ends it, within a length no reference exceeds. */
const REFERENCE = /&([^;&<>"'\s]{0,40});/y;

/** Whether XML 1.0 allows the character (its production Char): no NUL, no surrogate, nothing past U+10FFFF. */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The character of "#65" or "#x41", or undefined when it names none XML allows. */
function characterOf(name: string): string | undefined {
  const code = /^#[0-9]+$/.test(name)
    ? parseInt(name.slice(1), 10)
    : /^#x[0-9A-Fa-f]+$/.test(name)
      ? parseInt(name.slice(2), 16)
      : -1;
  return isXmlChar(code) ? String.fromCodePoint(code) : undefined;
}

/** Decodes &amp; &lt; &gt; &quot; &apos; &#NN; &#xNN; (XML defines no others without a DTD); anything else is an error. */
export function decodeEntities(text: string): string {
  let at = text.indexOf("&");
  if (at < 0) return text;
  let out = "";
  let from = 0;
  while (at >= 0) {
    REFERENCE.lastIndex = at;
    const m = REFERENCE.exec(text);
    if (!m) throw new XmlError(`“&”后不是实体引用（“&”本身应写作 &amp;）：${text.slice(at, at + 20)}`);
    const name = m[1] as string;
    const decoded = name.startsWith("#") ? characterOf(name) : NAMED.get(name);
    if (decoded === undefined) {
      throw new XmlError(name.startsWith("#") ? `无效的字符引用 ${m[0]}` : `未知的实体 ${m[0]}`);
    }
    out += text.slice(from, at) + decoded;
    from = REFERENCE.lastIndex;
    at = text.indexOf("&", from);
  }
  return out + text.slice(from);
}

/** Text content: & < > escaped (> too, so "]]>" never appears). */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** An attribute value in double quotes: whitespace other than spaces kept as character references. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export enum Token {
  Open,
  Close,
  Text,
  End,
}

const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/**
 * A pull scanner: each next() moves to the following tag or run of text. For a tag, `name` is its local name (an
 * "x:" prefix dropped), `start`/`end` its offsets, `selfClosing` whether it is `<a/>`; `attributes()` parses it.
 * Comments, processing instructions and the XML declaration are skipped; CDATA is text.
 */
export class XmlScanner {
  token: Token = Token.End;
  name = "";
  /** The tag's name as written, with its prefix. */
  qname = "";
  start = 0;
  end = 0;
  selfClosing = false;
  /** Raw (still escaped) text of a Text token; `text()` decodes it. */
  private raw = "";
  private cdata = false;
  private attrStart = 0;
  private attrEnd = 0;
  private pos = 0;
  private readonly open: string[];

  /**
   * For a text read in pieces (a worksheet too long for one string), `open` are the elements already open where
   * `xml` starts, and `continues` says more text follows, so elements still open at its end are not an error.
   */
  constructor(
    readonly xml: string,
    from = 0,
    open: readonly string[] = [],
    private readonly continues = false,
  ) {
    this.pos = from;
    this.open = [...open];
  }

  /** The qualified names of the elements open at this point, outermost first. */
  get openElements(): readonly string[] {
    return this.open;
  }

  next(): Token {
    const xml = this.xml;
    let at = this.pos;
    // Comments, processing instructions and the declaration are passed over in a loop (a file of many would
    // otherwise recurse as deep as it has them).
    for (;;) {
      if (at >= xml.length) {
        if (this.open.length > 0 && !this.continues) {
          throw new XmlError(`<${this.open[this.open.length - 1]}> 没有结束标记`);
        }
        this.pos = at;
        return (this.token = Token.End);
      }
      if (xml.charCodeAt(at) !== 60 /* < */) {
        let stop = xml.indexOf("<", at);
        if (stop < 0) stop = xml.length;
        this.start = at;
        this.end = this.pos = stop;
        this.raw = xml.slice(at, stop);
        this.cdata = false;
        return (this.token = Token.Text);
      }
      const second = xml.charCodeAt(at + 1);
      if (second === 33 /* ! */) {
        if (xml.startsWith("<![CDATA[", at)) {
          const stop = xml.indexOf("]]>", at + 9);
          if (stop < 0) throw new XmlError("CDATA 没有结束");
          this.start = at;
          this.end = this.pos = stop + 3;
          this.raw = xml.slice(at + 9, stop);
          this.cdata = true;
          return (this.token = Token.Text);
        }
        if (!xml.startsWith("<!--", at)) throw new XmlError("不支持 DOCTYPE");
        const stop = xml.indexOf("-->", at + 4);
        if (stop < 0) throw new XmlError("注释没有结束");
        at = stop + 3;
      } else if (second === 63 /* ? */) {
        const stop = xml.indexOf("?>", at + 2);
        if (stop < 0) throw new XmlError("处理指令没有结束");
        at = stop + 2;
      } else {
        break;
      }
    }
    const second = xml.charCodeAt(at + 1);
    const close = endOfTag(xml, at);
    this.start = at;
    this.end = this.pos = close + 1;
    if (second === 47 /* / */) {
      this.qname = xml.slice(at + 2, close).trim();
      this.name = localName(this.qname);
      const expected = this.open.pop();
      if (expected !== this.qname) {
        throw new XmlError(`</${shown(this.qname)}> 与 <${expected ?? ""}> 不匹配`);
      }
      this.selfClosing = false;
      return (this.token = Token.Close);
    }
    this.selfClosing = xml.charCodeAt(close - 1) === 47; /* / */
    const tagEnd = this.selfClosing ? close - 1 : close;
    let nameEnd = at + 1;
    while (nameEnd < tagEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    this.qname = xml.slice(at + 1, nameEnd);
    if (this.qname === "") throw new XmlError("标记没有名称");
    this.name = localName(this.qname);
    this.attrStart = nameEnd;
    this.attrEnd = tagEnd;
    if (!this.selfClosing) this.open.push(this.qname);
    return (this.token = Token.Open);
  }

  /** Where the next token starts. */
  get offset(): number {
    return this.pos;
  }

  /** Moves past content a caller read itself: a whole element (or text) between the current token and `offset`. */
  seek(offset: number): void {
    this.pos = offset;
  }

  /** How many elements are open around the next token. */
  get depth(): number {
    return this.open.length;
  }

  /**
   * Moves to `offset`, where the end tag of the element open at `depth` (its depth once opened) starts: the content
   * in between is not read, and the elements it opened are closed with it.
   */
  skipToClose(offset: number, depth: number): void {
    if (depth < 1 || depth > this.open.length || offset < this.pos) throw new Error("bug: no such element to close");
    this.open.length = depth;
    this.pos = offset;
  }

  /** The decoded text of a Text token. */
  text(): string {
    return this.cdata ? this.raw : decodeEntities(this.raw);
  }

  /** The attributes of an Open token, by name as written ("r", "r:id", "xml:space"), decoded. */
  attributes(): Record<string, string> {
    // No prototype: an attribute named "__proto__" or "constructor" is an attribute like any other.
    const out = Object.create(null) as Record<string, string>;
    const xml = this.xml;
    let at = this.attrStart;
    while (at < this.attrEnd) {
      while (at < this.attrEnd && isSpace(xml.charCodeAt(at))) at++;
      if (at >= this.attrEnd) break;
      ATTRIBUTE.lastIndex = at;
      const m = ATTRIBUTE.exec(xml);
      if (!m || ATTRIBUTE.lastIndex > this.attrEnd) throw new XmlError(`<${this.qname}> 的属性无法读取`);
      const name = m[1] as string;
      if (name in out) throw new XmlError(`<${this.qname}> 的属性 ${name} 重复`);
      out[name] = decodeEntities(m[2] ?? m[3] ?? "");
      at = ATTRIBUTE.lastIndex;
    }
    return out;
  }

  /** One attribute of an Open token, decoded, found without parsing the others into an object. */
  attribute(name: string): string | undefined {
    const xml = this.xml;
    let at = this.attrStart;
    while (at < this.attrEnd) {
      while (at < this.attrEnd && isSpace(xml.charCodeAt(at))) at++;
      const nameStart = at;
      while (at < this.attrEnd && xml.charCodeAt(at) !== 61 /* = */ && !isSpace(xml.charCodeAt(at))) at++;
      const nameEnd = at;
      while (at < this.attrEnd && isSpace(xml.charCodeAt(at))) at++;
      if (xml.charCodeAt(at) !== 61) break;
      at++;
      while (at < this.attrEnd && isSpace(xml.charCodeAt(at))) at++;
      const quote = xml[at];
      if (quote !== '"' && quote !== "'") break;
      const valueEnd = xml.indexOf(quote, at + 1);
      if (valueEnd < 0 || valueEnd > this.attrEnd) break;
      if (nameEnd - nameStart === name.length && xml.startsWith(name, nameStart)) {
        return decodeEntities(xml.slice(at + 1, valueEnd));
      }
      at = valueEnd + 1;
    }
    if (at < this.attrEnd) throw new XmlError(`<${this.qname}> 的属性无法读取`);
    return undefined;
  }

  /** Skips to the end of the element just opened (nothing to skip for `<a/>`). */
  skipElement(): void {
    if (this.selfClosing) return;
    const depth = this.open.length - 1;
    while (this.open.length > depth) {
      if (this.next() === Token.End) throw new XmlError("元素没有结束");
    }
  }
}

/**
 * Where the tag starting at `at` ends: its ">", past any quoted attribute value (which may hold ">" and "/>", as
 * in formatCode="[>=100]0.0"). A "<" inside the tag, quoted or not, is not XML.
 */
function endOfTag(xml: string, at: number): number {
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const quote = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (quote < 0) throw new XmlError("属性值没有结束");
      const lt = xml.indexOf("<", i + 1);
      if (lt >= 0 && lt < quote)
        throw new XmlError(`属性值中不能有“<”（应写作 &lt;）：${xml.slice(at, Math.min(lt + 1, at + 60))}`);
      i = quote;
    } else if (c === 60 /* < */) {
      break;
    }
  }
  throw new XmlError(`标记没有结束：${xml.slice(at, at + 40)}`);
}

/** A piece of a file in a message: a hostile one can be long. */
export function shown(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** "x:sheetData" → "sheetData". */
export function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** An element of a small part, with the offsets needed to splice the part's text around it. */
export interface XmlElement {
  name: string;
  qname: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Decoded text directly inside the element. */
  text: string;
  /** Offsets of the whole element, and of its content (between the tags; equal for `<a/>`). */
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
}

/** The root element of a small part (workbook, rels, content types, styles). */
export function parseXml(xml: string): XmlElement {
  const scanner = new XmlScanner(xml);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  for (let token = scanner.next(); token !== Token.End; token = scanner.next()) {
    if (token === Token.Open) {
      const element: XmlElement = {
        name: scanner.name,
        qname: scanner.qname,
        attributes: scanner.attributes(),
        children: [],
        text: "",
        start: scanner.start,
        end: scanner.end,
        contentStart: scanner.end,
        contentEnd: scanner.end,
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw new XmlError("多于一个根元素");
      else root = element;
      if (!scanner.selfClosing) stack.push(element);
    } else if (token === Token.Close) {
      const element = stack.pop();
      if (!element) throw new XmlError(`多余的 </${scanner.qname}>`);
      element.contentEnd = scanner.start;
      element.end = scanner.end;
    } else {
      const parent = stack[stack.length - 1];
      if (parent) parent.text += scanner.text();
    }
  }
  if (!root) throw new XmlError("没有根元素");
  return root;
}

/** The prefix of an element's name with its colon ("x:"), or "" — new elements of that part are written with it. */
export function prefixOf(element: XmlElement): string {
  const colon = element.qname.indexOf(":");
  return colon < 0 ? "" : element.qname.slice(0, colon + 1);
}

/** The first child of that local name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** A text with some ranges replaced; the edits must not overlap. */
export function splice(text: string, edits: readonly { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error("bug: overlapping edits");
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
