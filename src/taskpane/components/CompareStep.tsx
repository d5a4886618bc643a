/**
 * 对比: pick two sheets holding a 得分表; see every unit match with how it was made, correct a wrong one (not a match,
 * or match two names by hand), the units in one sheet only and the most improved; then write the 对比表 and its chart.
 */
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
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
import { fixed, NameOverride, Progress, Scheme } from "../../engine";
import type { ExcelShell, SheetComparison, WorkbookState, WriteOutcome } from "../../excel";
import { say, Strings } from "../strings";
import { useAction } from "../useAction";
import { cellsText, ConfirmOverwrite } from "./ConfirmOverwrite";
import { Actions, Section, zhOf } from "./Layout";
import { Busy, LiveRegion, Notice } from "./Notice";

export function CompareStep(props: {
  strings: Strings;
  shell: ExcelShell;
  scheme: Scheme | undefined;
  workbook: WorkbookState | undefined;
  compared: SheetComparison | undefined;
  onCompared: (compared: SheetComparison | undefined) => void;
}) {
  const s = props.strings;
  const { busy, doing, failure, act } = useAction();
  const [before, setBefore] = useState(props.compared?.before ?? "");
  const [after, setAfter] = useState(props.compared?.after ?? "");
  const [overrides, setOverrides] = useState<NameOverride[]>([]);
  const [progress, setProgress] = useState<Progress>(props.compared?.comparison.progress ?? "total");
  const [problem, setProblem] = useState<string | undefined>();
  const [written, setWritten] = useState<WriteOutcome | undefined>();
  const scheme = props.scheme;
  if (!scheme) return <Text block>{s.compare.needScheme}</Text>;
  const sheets = props.workbook?.sheets ?? [];

  const run = (next: NameOverride[], by: Progress = progress) =>
    act(async () => {
      setProblem(undefined);
      setWritten(undefined);
      const outcome = await props.shell.compareSheets(scheme, before, after, next, by);
      if (outcome.ok) {
        setOverrides(next);
        // The same two sheets compared again keep the labels the evaluator gave them.
        const same = props.compared && props.compared.before === before && props.compared.after === after;
        props.onCompared(same ? { ...outcome.value, labels: props.compared!.labels } : outcome.value);
      } else {
        setProblem(say(s, outcome.message));
        props.onCompared(undefined);
      }
    }, s.common.working(s.compare.start));
  const write = (overwrite: boolean) =>
    act(async () => {
      if (!props.compared) return;
      setWritten(undefined);
      setWritten(await props.shell.writeComparison(props.compared, { overwrite }));
    }, s.common.working(s.compare.write));

  const picker = (label: string, value: string, onChange: (v: string) => void) => (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        <option value="" disabled>
          {s.compare.pick}
        </option>
        {sheets.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );

  const c = props.compared?.comparison;
  const p = scheme.precision;
  return (
    <Section>
      <Text block>{s.compare.hint}</Text>
      {picker(s.compare.before, before, setBefore)}
      {picker(s.compare.after, after, setAfter)}
      <Field label={s.compare.progress}>
        <RadioGroup
          value={progress}
          onChange={(_, d) => {
            const by = d.value as Progress;
            setProgress(by);
            if (props.compared) void run(overrides, by);
          }}
        >
          <Radio value="total" label={s.compare.byTotal} />
          <Radio value="rank" label={s.compare.byRank} />
        </RadioGroup>
      </Field>
      <Actions>
        <Button
          appearance="primary"
          disabled={before === "" || after === ""}
          disabledFocusable={busy}
          onClick={() => void run([])}
        >
          {s.compare.start}
        </Button>
      </Actions>
      <LiveRegion>
        <Busy doing={doing} />
        {failure !== undefined && <Notice intent="error">{s.common.unexpected(failure)}</Notice>}
        {problem !== undefined && <Notice intent="error">{problem}</Notice>}
      </LiveRegion>

      {c && (
        <Section title={s.compare.matches}>
          <Table size="small" aria-label={s.compare.matches}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.compare.afterName}</TableHeaderCell>
                <TableHeaderCell>{s.compare.beforeName}</TableHeaderCell>
                <TableHeaderCell>{s.compare.how}</TableHeaderCell>
                <TableHeaderCell>{s.compare.action}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {c.units.map((u) => (
                <TableRow key={u.name}>
                  <TableCell lang={zhOf(s)}>{u.match?.afterName ?? u.name}</TableCell>
                  <TableCell lang={zhOf(s)}>{u.match?.beforeName ?? ""}</TableCell>
                  <TableCell>{u.match?.detail ?? ""}</TableCell>
                  <TableCell>
                    {u.match && (
                      <Button
                        size="small"
                        disabledFocusable={busy}
                        aria-label={`${s.compare.unmatch} ${u.match.afterName}`}
                        onClick={() => void run([...overrides, { before: u.match!.beforeName, after: null }])}
                      >
                        {s.compare.unmatch}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Text
            block
          >{`${s.compare.onlyBefore}：${c.onlyBefore.map((u) => u.name).join("、") || s.compare.none}`}</Text>
          <Text block>{`${s.compare.onlyAfter}：${c.onlyAfter.map((u) => u.name).join("、") || s.compare.none}`}</Text>
          {c.ambiguous.map((a, i) => (
            <Text block key={i}>
              {s.compare.ambiguous(a.name, a.candidates.join("、"))}
            </Text>
          ))}
          {c.onlyBefore.length > 0 && c.onlyAfter.length > 0 && (
            <PairForm
              strings={s}
              onlyBefore={c.onlyBefore.map((u) => u.name)}
              onlyAfter={c.onlyAfter.map((u) => u.name)}
              busy={busy}
              onPair={(b, a) =>
                // A pair replaces what was said of either name before ("周桥 has no counterpart").
                void run([...overrides.filter((o) => o.before !== b && o.after !== a), { before: b, after: a }])
              }
            />
          )}
          {overrides.length > 0 && (
            <Text block>
              {s.compare.overrides(overrides.length)}{" "}
              <Button size="small" disabledFocusable={busy} onClick={() => void run([])}>
                {s.compare.resetOverrides}
              </Button>
            </Text>
          )}
          <Text block weight="semibold">
            {`${s.compare.improved}：${
              c.improved
                .map((u) =>
                  c.progress === "rank"
                    ? `${u.name}（${s.compare.places(u.rank.change!)}）`
                    : `${u.name}（+${fixed(u.total.change!, p)}）`,
                )
                .join("、") || s.compare.none
            }`}
          </Text>
          {props.compared && (
            <Labels
              key={JSON.stringify([props.compared.before, props.compared.after, props.compared.labels])}
              strings={s}
              compared={props.compared}
              onLabels={(labels) => props.onCompared({ ...props.compared!, labels })}
            />
          )}
          <Actions>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void write(false)}>
              {s.compare.write}
            </Button>
          </Actions>
        </Section>
      )}
      <LiveRegion>
        {written?.kind === "written" && (
          <Notice intent="success">{s.compare.written(`${written.table.sheet}!${written.table.address}`)}</Notice>
        )}
        {written?.kind === "blocked" && <Notice intent="error">{s.run.blocked(cellsText(written.cells))}</Notice>}
      </LiveRegion>
      <ConfirmOverwrite
        strings={s}
        edits={written?.kind === "handEdits" ? written : undefined}
        onOverwrite={() => void write(true)}
        onCancel={() => setWritten(undefined)}
      />
    </Section>
  );
}

/** Matches a unit found only in the earlier sheet with one found only in the later sheet. */
function PairForm(props: {
  strings: Strings;
  onlyBefore: string[];
  onlyAfter: string[];
  busy: boolean;
  onPair: (before: string, after: string) => void;
}) {
  const s = props.strings;
  const [b, setB] = useState(props.onlyBefore[0] ?? "");
  const [a, setA] = useState(props.onlyAfter[0] ?? "");
  return (
    <div>
      <Field label={s.compare.onlyBefore}>
        <Select value={b} onChange={(_, d) => setB(d.value)}>
          {props.onlyBefore.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </Select>
      </Field>
      <Field label={s.compare.pairWith}>
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

/** The names of the two sides in the 对比表, its chart and the 通报, detected and editable. */
function Labels(props: {
  strings: Strings;
  compared: SheetComparison;
  onLabels: (labels: SheetComparison["labels"]) => void;
}) {
  const s = props.strings;
  const { labels } = props.compared;
  const [typed, setTyped] = useState(labels);
  // Taken when the field is left; an emptied field goes back to the sheet's name: a side is never unnamed.
  const commit = (side: "before" | "after") => {
    const value = typed[side].trim() === "" ? props.compared[side] : typed[side].trim();
    setTyped({ ...typed, [side]: value });
    if (value !== labels[side]) props.onLabels({ ...labels, [side]: value });
  };
  const field = (side: "before" | "after", label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      <Input
        value={typed[side]}
        onChange={(_, d) => setTyped({ ...typed, [side]: d.value })}
        onBlur={() => commit(side)}
      />
    </Field>
  );
  return (
    <div>
      {field("before", s.compare.labelBefore, s.compare.labelHint)}
      {field("after", s.compare.labelAfter)}
    </div>
  );
}
