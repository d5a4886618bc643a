/**
 * Just enough XML for the parts of an .xlsx: a pull scanner over tags and text with their offsets (so a part can be
 * patched by splicing its text), entity decoding, escaping, and a small element tree for the short parts.
 */

/** A part whose XML the scanner cannot follow; the caller names the file and the part. */
export class XmlError extends Error {}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes &amp; &lt; &gt; &quot; &apos; &#NN; &#xNN; (XML defines no others without a DTD). */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&([^;&\s]{0,10});/g, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isNaN(code) || code > 0x10ffff) throw new XmlError(`无效的字符引用 ${whole}`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[name];
    if (named === undefined) throw new XmlError(`未知的实体 ${whole}`);
    return named;
  });
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
   * For a text read in pieces: `open` are the elements already open where `xml` starts, and `continues` says more
   * text follows, so elements still open at its end are not an error.
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
    const at = this.pos;
    if (at >= xml.length) {
      if (this.open.length > 0 && !this.continues)
        throw new XmlError(`<${this.open[this.open.length - 1]}> 没有结束标记`);
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
      if (xml.startsWith("<!--", at)) {
        const stop = xml.indexOf("-->", at + 4);
        if (stop < 0) throw new XmlError("注释没有结束");
        this.pos = stop + 3;
        return this.next();
      }
      throw new XmlError("不支持 DOCTYPE");
    }
    if (second === 63 /* ? */) {
      const stop = xml.indexOf("?>", at + 2);
      if (stop < 0) throw new XmlError("处理指令没有结束");
      this.pos = stop + 2;
      return this.next();
    }
    const close = xml.indexOf(">", at + 1);
    if (close < 0) throw new XmlError("标记没有结束");
    this.start = at;
    this.end = this.pos = close + 1;
    if (second === 47 /* / */) {
      this.qname = xml.slice(at + 2, close).trim();
      this.name = localName(this.qname);
      const expected = this.open.pop();
      if (expected !== this.qname) {
        throw new XmlError(`</${this.qname}> 与 <${expected ?? ""}> 不匹配`);
      }
      this.selfClosing = false;
      return (this.token = Token.Close);
    }
    this.selfClosing = xml.charCodeAt(close - 1) === 47; /* / */
    const tagEnd = this.selfClosing ? close - 1 : close;
    let nameEnd = at + 1;
    while (nameEnd < tagEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    this.qname = xml.slice(at + 1, nameEnd);
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

  /** The decoded text of a Text token. */
  text(): string {
    return this.cdata ? this.raw : decodeEntities(this.raw);
  }

  /** The attributes of an Open token, by name as written ("r", "r:id", "xml:space"), decoded. */
  attributes(): Record<string, string> {
    const out: Record<string, string> = {};
    const xml = this.xml;
    let at = this.attrStart;
    while (at < this.attrEnd) {
      while (at < this.attrEnd && isSpace(xml.charCodeAt(at))) at++;
      if (at >= this.attrEnd) break;
      ATTRIBUTE.lastIndex = at;
      const m = ATTRIBUTE.exec(xml);
      if (!m || ATTRIBUTE.lastIndex > this.attrEnd) throw new XmlError(`<${this.qname}> 的属性无法读取`);
      out[m[1] as string] = decodeEntities(m[2] ?? m[3] ?? "");
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
