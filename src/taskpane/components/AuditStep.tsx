/**
 * 复核 (audit): bind the columns of reported scores; recompute every reported score and list each one its rule does
 * not give — unit, indicator, reported, the rule's result, the rule in words, the computation and the cell (a click
 * selects it) — while the shell marks those cells in the sheet; remove the marks again.
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
import { fixed, plain, TOTAL } from "../../engine";
import type { AuditOutcome, CellRef, ExcelShell, WorkbookState } from "../../excel";
import { say, Strings } from "../strings";
import { useAction } from "../useAction";
import { Notice } from "./Notice";
import { CellLink, InputProblems, SchemeProblems } from "./Problems";

export function AuditStep(props: {
  strings: Strings;
  shell: ExcelShell;
  workbook: WorkbookState | undefined;
  onChanged: () => Promise<unknown>;
}) {
  const s = props.strings;
  const { busy, failure, act } = useAction();
  const [node, setNode] = useState("");
  const [note, setNote] = useState<{ intent: "success" | "error"; text: string } | undefined>();
  const [outcome, setOutcome] = useState<AuditOutcome | undefined>();
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
    });
  const start = () =>
    act(async () => {
      setNote(undefined);
      setOutcome(undefined);
      setOutcome(await props.shell.audit());
      await props.onChanged();
    });
  const clear = () =>
    act(async () => {
      const n = await props.shell.clearHighlights();
      setNote({ intent: "success", text: s.audit.cleared(n) });
      await props.onChanged();
    });

  const reported = props.workbook?.reported ?? [];
  return (
    <div>
      {failure !== undefined && <Notice intent="error">{s.common.unexpected(failure)}</Notice>}
      {note && <Notice intent={note.intent}>{note.text}</Notice>}

      <h3>{s.audit.reportedTitle}</h3>
      <Text block>{s.audit.reportedHint}</Text>
      {reported.length === 0 ? (
        <Text block>{s.audit.noReported}</Text>
      ) : (
        <Table size="small" aria-label={s.audit.reportedTitle}>
          <TableBody>
            {reported.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.label}</TableCell>
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
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabled={busy || node === ""} onClick={() => void bind()}>
        {s.audit.bindReported}
      </Button>

      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void start()}>
          {s.audit.start}
        </Button>
        <Button disabled={busy || (props.workbook?.highlights ?? 0) === 0} onClick={() => void clear()}>
          {s.audit.clear}
        </Button>
      </div>
      {outcome && <AuditView strings={s} outcome={outcome} shell={props.shell} />}
    </div>
  );
}

function AuditView({ strings: s, outcome, shell }: { strings: Strings; outcome: AuditOutcome; shell: ExcelShell }) {
  const link = (at: CellRef | undefined) => <CellLink shell={shell} at={at} />;
  switch (outcome.kind) {
    case "notBound":
    case "bindingsLost":
      return <Notice intent="warning">{say(s, outcome.message)}</Notice>;
    case "schemeProblems":
      return <SchemeProblems strings={s} problems={outcome.problems} />;
    case "inputErrors":
      return <InputProblems strings={s} shell={shell} problems={outcome.problems} />;
    case "audited": {
      const { result } = outcome;
      const p = result.evaluation.scheme.precision;
      const { nodes } = result.evaluation.scheme;
      const named = (ids: readonly string[]) => ids.map((id) => `${id} ${nodes.get(id)?.name ?? ""}`.trim()).join("、");
      return (
        <div>
          <Notice intent={result.findings.length === 0 ? "success" : "warning"}>
            {s.audit.summary(result.units, result.checked, result.findings.length)}
          </Notice>
          {result.findings.length > 0 && (
            <Table size="small" aria-label={s.steps.audit}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{s.audit.unit}</TableHeaderCell>
                  <TableHeaderCell>{s.audit.indicator}</TableHeaderCell>
                  <TableHeaderCell>{s.audit.reported}</TableHeaderCell>
                  <TableHeaderCell>{s.audit.computed}</TableHeaderCell>
                  <TableHeaderCell>{s.audit.rule}</TableHeaderCell>
                  <TableHeaderCell>{s.audit.explanation}</TableHeaderCell>
                  <TableHeaderCell>{s.audit.cell}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.findings.map((f, i) => (
                  <TableRow key={i}>
                    <TableCell>{f.unit}</TableCell>
                    <TableCell>{f.id === TOTAL ? f.name : `${f.id} ${f.name}`}</TableCell>
                    <TableCell>{plain(f.reported)}</TableCell>
                    <TableCell>{fixed(f.computed, p)}</TableCell>
                    <TableCell>{f.rule}</TableCell>
                    <TableCell>
                      {f.explanation}
                      {f.reportedParts !== undefined && `（${s.audit.partsAddUp(fixed(f.reportedParts, p))}）`}
                    </TableCell>
                    <TableCell>{link(f.at)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
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
        </div>
      );
    }
  }
}
