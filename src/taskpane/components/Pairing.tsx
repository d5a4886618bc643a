/**
 * Pairing what two 得分表 hold on one side only, as the 对比 step corrects its matches: a unit (or a block) of the
 * earlier sheet with one of the later; and the list of blocks of two schemes, paired by name or by hand.
 */
import {
  Button,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { BlockOverride, Comparison, plain } from "../../engine";
import type { Strings } from "../strings";
import { Section, zhOf } from "./Layout";
import { Notice } from "./Notice";

/** Matches a unit (or block) found only in the earlier sheet with one found only in the later sheet. */
export function PairForm(props: {
  strings: Strings;
  onlyBefore: string[];
  onlyAfter: string[];
  busy: boolean;
  onPair: (before: string, after: string) => void;
  /** The two fields' labels; by default those of units. */
  labels?: { before: string; after: string };
}) {
  const s = props.strings;
  const [b, setB] = useState(props.onlyBefore[0] ?? "");
  const [a, setA] = useState(props.onlyAfter[0] ?? "");
  const labels = props.labels ?? { before: s.compare.onlyBefore, after: s.compare.pairWith };
  return (
    <div>
      <Field label={labels.before}>
        <Select value={b} onChange={(_, d) => setB(d.value)}>
          {props.onlyBefore.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </Select>
      </Field>
      <Field label={labels.after}>
        <Select value={a} onChange={(_, d) => setA(d.value)}>
          {props.onlyAfter.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </Select>
      </Field>
      <Button size="small" disabledFocusable={props.busy} onClick={() => props.onPair(b, a)}>
        {s.compare.pair}
      </Button>
    </div>
  );
}

/**
 * The blocks of two schemes paired: by name, or by hand; a pair whose points differ is compared by 得分率, a block of
 * one sheet stands alone. A pair can be undone, and two lone blocks paired, as the units are.
 */
export function BlockPairs(props: {
  strings: Strings;
  compared: Comparison;
  blocks: BlockOverride[];
  busy: boolean;
  onBlocks: (next: BlockOverride[]) => void;
}) {
  const s = props.strings;
  const c = props.compared;
  const pairs = c.columns.filter((col) => col.node && col.beforeNode);
  const onlyBefore = c.columns.filter((col) => !col.node).map((col) => col.name);
  const onlyAfter = c.columns.filter((col) => !col.beforeNode).map((col) => col.name);
  return (
    <Section title={s.compare.blocks}>
      <Table size="small" aria-label={s.compare.blocks}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.compare.afterBlock}</TableHeaderCell>
            <TableHeaderCell>{s.compare.beforeBlock}</TableHeaderCell>
            <TableHeaderCell>{s.compare.how}</TableHeaderCell>
            <TableHeaderCell>{s.compare.action}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {pairs.map((col) => (
            <TableRow key={col.name}>
              <TableCell lang={zhOf(s)}>{col.name}</TableCell>
              <TableCell lang={zhOf(s)}>{col.beforeName}</TableCell>
              <TableCell>
                {col.byRate
                  ? s.compare.byRate(plain(col.beforeNode!.points), plain(col.node!.points))
                  : s.compare.byScore}
              </TableCell>
              <TableCell>
                <Button
                  size="small"
                  disabledFocusable={props.busy}
                  aria-label={`${s.compare.unmatch} ${col.name}`}
                  onClick={() =>
                    props.onBlocks([
                      ...props.blocks.filter((o) => o.before !== col.beforeName && o.after !== col.name),
                      { before: col.beforeName!, after: null },
                    ])
                  }
                >
                  {s.compare.unmatch}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text block>{`${s.compare.blocksOnlyBefore}：${onlyBefore.join("、") || s.compare.none}`}</Text>
      <Text block>{`${s.compare.blocksOnlyAfter}：${onlyAfter.join("、") || s.compare.none}`}</Text>
      {onlyBefore.length > 0 && onlyAfter.length > 0 && (
        <PairForm
          strings={s}
          onlyBefore={onlyBefore}
          onlyAfter={onlyAfter}
          busy={props.busy}
          labels={{ before: s.compare.blocksOnlyBefore, after: s.compare.pairBlockWith }}
          onPair={(b, a) =>
            props.onBlocks([...props.blocks.filter((o) => o.before !== b && o.after !== a), { before: b, after: a }])
          }
        />
      )}
      {props.blocks.length > 0 && (
        <Text block>
          {s.compare.blockOverrides(props.blocks.length)}{" "}
          <Button size="small" disabledFocusable={props.busy} onClick={() => props.onBlocks([])}>
            {s.compare.resetBlocks}
          </Button>
        </Text>
      )}
      {c.scale.differs && <Notice intent="warning">{s.compare.scales(c.scale.before, c.scale.after)}</Notice>}
    </Section>
  );
}
