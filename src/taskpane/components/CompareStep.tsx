/**
 * 对比: pick two sheets holding a 得分表; each sheet's scheme is recognised from its 得分表 or chosen; see every unit
 * match with how it was made, correct a wrong one (not a match, or match two names by hand), the units in one sheet
 * only and the most improved; when the schemes differ, the blocks paired the same way; then write the 对比表 and its
 * chart.
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
import { BlockOverride, fixed, loadScheme, NameOverride, Progress, Scheme } from "../../engine";
import type { CompareSchemes, ExcelShell, SheetComparison, WorkbookState, WriteOutcome } from "../../excel";
import type { CatalogueEntry } from "../../schemes";
import { say, Strings } from "../strings";
import { useAction } from "../useAction";
import { cellsText, ConfirmOverwrite } from "./ConfirmOverwrite";
import { BlockPairs, PairForm } from "./Pairing";
import { Actions, Section, zhOf } from "./Layout";
import { Busy, LiveRegion, Notice } from "./Notice";

/** The built-in schemes, each loaded once, as candidates a sheet's scheme is recognised among. */
const loadedSchemes = new Map<string, Promise<Scheme | undefined>>();
function loadEntry(entry: CatalogueEntry): Promise<Scheme | undefined> {
  let loading = loadedSchemes.get(entry.id);
  if (!loading) {
    loading = entry.load().then((input) => {
      const loaded = loadScheme(input);
      return loaded.ok ? loaded.scheme : undefined;
    });
    loadedSchemes.set(entry.id, loading);
  }
  return loading;
}

export function CompareStep(props: {
  strings: Strings;
  shell: ExcelShell;
  scheme: Scheme | undefined;
  /** The built-in schemes: a sheet's scheme is recognised among them, or chosen from them. */
  catalogue: readonly CatalogueEntry[];
  workbook: WorkbookState | undefined;
  compared: SheetComparison | undefined;
  onCompared: (compared: SheetComparison | undefined) => void;
}) {
  const s = props.strings;
  const { busy, doing, failure, act } = useAction();
  const [before, setBefore] = useState(props.compared?.before ?? "");
  const [after, setAfter] = useState(props.compared?.after ?? "");
  const [overrides, setOverrides] = useState<NameOverride[]>([]);
  const [blocks, setBlocks] = useState<BlockOverride[]>([]);
  // Each side's scheme: "" to recognise it, else the id of the scheme chosen.
  const [chosen, setChosen] = useState({ before: "", after: "" });
  const [progress, setProgress] = useState<Progress>(props.compared?.comparison.progress ?? "total");
  const [problem, setProblem] = useState<string | undefined>();
  const [written, setWritten] = useState<WriteOutcome | undefined>();
  const scheme = props.scheme;
  if (!scheme && props.catalogue.length === 0) return <Text block>{s.compare.needScheme}</Text>;
  const sheets = props.workbook?.sheets ?? [];
  const offered = [
    ...(scheme ? [{ id: scheme.id, label: scheme.title }] : []),
    ...props.catalogue.filter((e) => e.id !== scheme?.id).map((e) => ({ id: e.id, label: e.label })),
  ];

  const schemesFor = async (): Promise<{ first: Scheme; request: CompareSchemes } | undefined> => {
    const candidates = (await Promise.all(props.catalogue.map(loadEntry))).filter((x): x is Scheme => !!x);
    const byId = (id: string) => (id === scheme?.id ? scheme : candidates.find((c) => c.id === id));
    const first = scheme ?? candidates[0];
    if (!first) return undefined;
    const request: CompareSchemes = { candidates: candidates.filter((c) => c.id !== first.id) };
    const b = chosen.before === "" ? undefined : byId(chosen.before);
    const a = chosen.after === "" ? undefined : byId(chosen.after);
    if (b) request.before = b;
    if (a) request.after = a;
    return { first, request };
  };

  const run = (next: NameOverride[], by: Progress = progress, nextBlocks: BlockOverride[] = blocks) =>
    act(async () => {
      setProblem(undefined);
      setWritten(undefined);
      const schemes = await schemesFor();
      if (!schemes) {
        setProblem(s.compare.needScheme);
        return;
      }
      const outcome = await props.shell.compareSheets(schemes.first, before, after, next, by, {
        ...schemes.request,
        blocks: nextBlocks,
      });
      if (outcome.ok) {
        setOverrides(next);
        setBlocks(nextBlocks);
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

  const schemePicker = (side: "before" | "after", label: string) => (
    <Field label={label}>
      <Select value={chosen[side]} onChange={(_, d) => setChosen({ ...chosen, [side]: d.value })}>
        <option value="">{s.compare.autoScheme}</option>
        {offered.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );

  const c = props.compared?.comparison;
  const p = c ? c.after.scheme.precision : 2;
  const found = props.compared?.schemes;
  return (
    <Section>
      <Text block>{s.compare.hint}</Text>
      {picker(s.compare.before, before, setBefore)}
      {schemePicker("before", s.compare.schemeBefore)}
      {picker(s.compare.after, after, setAfter)}
      {schemePicker("after", s.compare.schemeAfter)}
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
          onClick={() => void run([], progress, [])}
        >
          {s.compare.start}
        </Button>
      </Actions>
      <LiveRegion>
        <Busy doing={doing} />
        {failure !== undefined && <Notice intent="error">{s.common.unexpected(failure)}</Notice>}
        {problem !== undefined && <Notice intent="error">{problem}</Notice>}
      </LiveRegion>

      {c && found && (
        <div>
          <Text block size={200}>
            {s.compare.schemeOf(s.compare.before, found.before.scheme.title, s.compare.foundBy[found.before.by])}
          </Text>
          <Text block size={200}>
            {s.compare.schemeOf(s.compare.after, found.after.scheme.title, s.compare.foundBy[found.after.by])}
          </Text>
        </div>
      )}
      {c && c.schemesDiffer && (
        <BlockPairs
          strings={s}
          compared={c}
          blocks={blocks}
          busy={busy}
          onBlocks={(next) => void run(overrides, progress, next)}
        />
      )}
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
