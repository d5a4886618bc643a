/**
 * 复核 (audit): bind the columns of reported scores; recompute every reported score and list each one its rule does
 * not give — unit · indicator · reported → the rule's result; a click selects its cell in the sheet and opens the rule
 * in words and the computation — while the shell marks those cells in the sheet; write the full 复核表 on a sheet;
 * remove the marks again.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
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
import { useRef, useState } from "react";
import { fixed, plain, TOTAL } from "../../engine";
import type { AuditOutcome, AuditResult, CellRef, ExcelShell, WorkbookState, WriteOutcome } from "../../excel";
import { say, Strings } from "../strings";
import { useAction } from "../useAction";
import { cellsText, ConfirmOverwrite } from "./ConfirmOverwrite";
import { Actions, Section, zhOf } from "./Layout";
import { Busy, LiveRegion, Notice } from "./Notice";
import { CellLink, ExtendBinding, InputProblems, SchemeProblems } from "./Problems";

export function AuditStep(props: {
  strings: Strings;
  shell: ExcelShell;
  workbook: WorkbookState | undefined;
  onChanged: () => Promise<unknown>;
}) {
  const s = props.strings;
  const { busy, doing, failure, act } = useAction();
  const [node, setNode] = useState("");
  const [note, setNote] = useState<{ intent: "success" | "error"; text: string } | undefined>();
  const [outcome, setOutcome] = useState<AuditOutcome | undefined>();
  const [written, setWritten] = useState<WriteOutcome | undefined>();
  const scheme = props.workbook?.scheme;
  if (!scheme) return <Text block>{s.audit.needBindings}</Text>;

  const nodes = [
    ...[...scheme.nodes.values()].map((n) => ({ id: n.id, label: `${n.id} ${n.name}` })),
    { id: TOTAL, label: s.audit.total },
  ];
  const bind = () =>
    act(async () => {
      const label = nodes.find((n) => n.id === node)?.label ?? node;
      const bound = await props.shell.bindReported(scheme, node);
      setNote(
        bound.ok
          ? { intent: "success", text: s.audit.reportedBound(label) }
          : { intent: "error", text: say(s, bound.message) },
      );
      if (bound.ok) await props.onChanged();
    }, s.common.working(s.audit.bindReported));
  const start = () =>
    act(async () => {
      setNote(undefined);
      setOutcome(undefined);
      setWritten(undefined);
      setOutcome(await props.shell.audit());
      await props.onChanged();
    }, s.common.working(s.audit.start));
  const clear = () =>
    act(async () => {
      const n = await props.shell.clearHighlights();
      setNote({ intent: "success", text: s.audit.cleared(n) });
      await props.onChanged();
    }, s.common.working(s.audit.clear));
  const writeTable = (result: AuditResult, overwrite: boolean) =>
    act(async () => {
      setWritten(undefined);
      setWritten(await props.shell.writeAuditTable(result, { overwrite }));
    }, s.common.working(s.audit.writeTable));

  const reported = props.workbook?.reported ?? [];
  const audited = outcome?.kind === "audited" ? outcome.result : undefined;
  return (
    <>
      <Section title={s.audit.reportedTitle}>
        <Text block>{s.audit.reportedHint}</Text>
        {reported.length === 0 ? (
          <Text block>{s.audit.noReported}</Text>
        ) : (
          <Table size="small" aria-label={s.audit.reportedTitle}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.audit.indicator}</TableHeaderCell>
                <TableHeaderCell>{s.input.boundAt}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {reported.map((r) => (
                <TableRow key={r.id}>
                  <TableCell lang={r.id === TOTAL ? undefined : zhOf(s)}>{r.label}</TableCell>
                  <TableCell>{r.address ?? ""}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Field label={s.audit.node}>
          <Select value={node} onChange={(_, d) => setNode(d.value)}>
            <option value="" disabled>
              {s.audit.pickNode}
            </option>
            {nodes.map((n) => (
              <option key={n.id} value={n.id} lang={n.id === TOTAL ? undefined : zhOf(s)}>
                {n.label}
              </option>
            ))}
          </Select>
        </Field>
        <Actions>
          <Button disabled={node === ""} disabledFocusable={busy} onClick={() => void bind()}>
            {s.audit.bindReported}
          </Button>
        </Actions>
      </Section>

      <Section>
        <Actions>
          <Button appearance="primary" disabledFocusable={busy} onClick={() => void start()}>
            {s.audit.start}
          </Button>
          <Button
            disabled={(props.workbook?.highlights ?? 0) === 0}
            disabledFocusable={busy}
            onClick={() => void clear()}
          >
            {s.audit.clear}
          </Button>
        </Actions>
        <LiveRegion>
          <Busy doing={doing} />
          {failure !== undefined && <Notice intent="error">{s.common.unexpected(failure)}</Notice>}
          {note && <Notice intent={note.intent}>{note.text}</Notice>}
          {outcome && <AuditView strings={s} outcome={outcome} shell={props.shell} onExtended={() => void start()} />}
        </LiveRegion>
        {audited && audited.findings.length > 0 && (
          <>
            <Findings strings={s} result={audited} shell={props.shell} />
            <Actions>
              <Button disabledFocusable={busy} onClick={() => void writeTable(audited, false)}>
                {s.audit.writeTable}
              </Button>
            </Actions>
          </>
        )}
        <LiveRegion>
          {written?.kind === "written" && (
            <Notice intent="success">{s.audit.tableWritten(`${written.table.sheet}!${written.table.address}`)}</Notice>
          )}
          {written?.kind === "blocked" && <Notice intent="error">{s.run.blocked(cellsText(written.cells))}</Notice>}
        </LiveRegion>
        <ConfirmOverwrite
          strings={s}
          edits={written?.kind === "handEdits" ? written : undefined}
          onOverwrite={() => audited && void writeTable(audited, true)}
          onCancel={() => setWritten(undefined)}
        />
      </Section>
    </>
  );
}

/** The outcome of an audit as messages: the summary, or why it could not run, and the scores it could not check. */
function AuditView({
  strings: s,
  outcome,
  shell,
  onExtended,
}: {
  strings: Strings;
  outcome: AuditOutcome;
  shell: ExcelShell;
  /** After the binding was extended to the units under it: audit again. */
  onExtended: () => void;
}) {
  const link = (at: CellRef | undefined) => <CellLink shell={shell} at={at} />;
  switch (outcome.kind) {
    case "notBound":
    case "bindingsLost":
      return <Notice intent="warning">{say(s, outcome.message)}</Notice>;
    case "schemeProblems":
      return <SchemeProblems strings={s} problems={outcome.problems} />;
    case "inputErrors":
      return (
        <>
          <InputProblems strings={s} shell={shell} problems={outcome.problems} />
          {outcome.extendTo !== undefined && (
            <ExtendBinding
              strings={s}
              shell={shell}
              units={outcome.extendTo}
              onExtended={onExtended}
              label={s.audit.extendBinding}
            />
          )}
        </>
      );
    case "audited": {
      const { result } = outcome;
      const { nodes } = result.evaluation.scheme;
      const named = (ids: readonly string[]) => ids.map((id) => `${id} ${nodes.get(id)?.name ?? ""}`.trim()).join("、");
      return (
        <>
          <Notice intent={result.findings.length === 0 ? "success" : "warning"}>
            {s.audit.summary(result.units, result.checked, result.findings.length)}
          </Notice>
          {result.pending.length > 0 && (
            <Notice intent="warning" title={s.audit.pending}>
              <ul>
                {result.pending.map((u, i) => (
                  <li key={i}>
                    {link(u.at)}
                    {` ${u.unit} · ${u.id} ${u.name}：${u.reported === undefined ? "" : `${plain(u.reported)}，`}${say(s, u.problem)}`}
                  </li>
                ))}
              </ul>
            </Notice>
          )}
          {result.unchecked.length > 0 && (
            <Notice intent="info" title={s.audit.unchecked}>
              <ul>
                {result.unchecked.map((u, i) => (
                  <li key={i}>
                    {link(u.at)}
                    {` ${u.unit} · ${u.id} ${u.name}：${plain(u.reported)}，${[
                      ...(u.missing.length > 0 ? [s.audit.missing(named(u.missing))] : []),
                      ...(u.pending && u.pending.length > 0 ? [s.audit.waiting(named(u.pending))] : []),
                    ].join("，")}`}
                  </li>
                ))}
              </ul>
            </Notice>
          )}
        </>
      );
    }
  }
}

/**
 * The findings as a short list a 320 px pane can hold: unit · indicator · reported → the rule's result. Opening one
 * selects its cell in the sheet and shows the rule in words and the computation; the full table is the 复核表.
 */
function Findings({ strings: s, result, shell }: { strings: Strings; result: AuditResult; shell: ExcelShell }) {
  const p = result.evaluation.scheme.precision;
  const items = useRef(new Map<number, HTMLElement>());
  return (
    <Section title={s.audit.findings}>
      <Accordion
        collapsible
        multiple
        role="list"
        aria-label={s.steps.audit}
        onToggle={(_, data) => {
          const index = Number(data.value);
          if (!data.openItems.includes(data.value)) return;
          // An item opened near the bottom of the pane shows its rule and computation without a scroll by hand.
          requestAnimationFrame(() => items.current.get(index)?.scrollIntoView?.({ block: "nearest" }));
          const at = result.findings[index]?.at;
          if (at) void shell.selectCell(at);
        }}
      >
        {result.findings.map((f, i) => (
          <AccordionItem
            key={i}
            value={i}
            role="listitem"
            ref={(element) => {
              if (element) items.current.set(i, element);
              else items.current.delete(i);
            }}
          >
            <AccordionHeader>
              {/* One span: the header's button lays out its children side by side. */}
              <span>
                <span lang={zhOf(s)}>{`${f.unit} · ${f.id === TOTAL ? f.name : `${f.id} ${f.name}`}`}</span>
                {` · ${s.audit.finding(plain(f.reported), fixed(f.computed, p))}`}
              </span>
            </AccordionHeader>
            <AccordionPanel
              collapseMotion={{
                // Once the panel has opened, its rule and computation are brought on screen.
                onMotionFinish: (_, data) => {
                  if (data.direction === "enter") items.current.get(i)?.scrollIntoView?.({ block: "nearest" });
                },
              }}
            >
              <Text block>
                {`${s.audit.rule}：`}
                <span lang={zhOf(s)}>{f.rule}</span>
              </Text>
              <Text block>
                {`${s.audit.explanation}：`}
                <span lang={zhOf(s)}>{f.explanation}</span>
                {f.reportedParts !== undefined && `（${s.audit.partsAddUp(fixed(f.reportedParts, p))}）`}
              </Text>
              {f.at && (
                <Text block>
                  {`${s.audit.cell}：`}
                  <CellLink shell={shell} at={f.at} />
                </Text>
              )}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </Section>
  );
}
