/**
 * A scheme in canonical JSON, so that two schemes can be compared as text (`jixiao scheme show`, the round trip of
 * the 指标体系 workbook): the checked file with its defaults filled in, keys in the order of the schema, a code that
 * only repeats the node's position dropped, an empty list of sections left out and `$schema` ignored.
 */
import type { NodeParsed, Scheme } from "./scheme";

type Part = NonNullable<Scheme["input"]["bonus"]>;

function canonicalNode(node: NodeParsed, position: string): NodeParsed {
  const id = node.code ?? position;
  const out: NodeParsed = { ...node };
  if (node.code === position) delete out.code;
  if (node.children) out.children = node.children.map((c, i) => canonicalNode(c, `${id}.${i + 1}`));
  return out;
}

function canonicalPart(part: Part, id: string): Part {
  return part.children ? { ...part, children: part.children.map((c, i) => canonicalNode(c, `${id}.${i + 1}`)) } : part;
}

/** The scheme as canonical JSON data (defaults applied, keys in the schema's order). */
export function canonicalScheme(scheme: Scheme): Record<string, unknown> {
  const input = scheme.input;
  const { $schema: _schema, blocks, bonus, penalty, sections, ...rest } = input;
  void _schema;
  const out: Record<string, unknown> = {};
  let next = blocks.length + 1;
  for (const key of Object.keys(input)) {
    if (key === "$schema") continue;
    if (key === "blocks") out.blocks = blocks.map((b, i) => canonicalNode(b, String(i + 1)));
    else if (key === "bonus" && bonus) out.bonus = canonicalPart(bonus, String(next++));
    else if (key === "penalty" && penalty) out.penalty = canonicalPart(penalty, String(next++));
    else if (key === "sections") {
      if (sections && sections.length > 0) out.sections = sections;
    } else out[key] = (rest as Record<string, unknown>)[key];
  }
  return out;
}

/** The scheme as canonical JSON text, two spaces of indent and a final newline. */
export function showScheme(scheme: Scheme): string {
  return `${JSON.stringify(canonicalScheme(scheme), null, 2)}\n`;
}
