/**
 * Step 4 结果: the units in the 得分表's order with total, rank and grade; one unit's indicator scores with the
 * 工作底稿 sentence of each; and the buttons that write that unit's 指标得分表 and 工作底稿.
 */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { fixed, leavesOf } from "../../engine";
import { ExcelShell, RunResult, WriteOutcome } from "../../excel";
import type { Strings } from "../strings";
import { useAction } from "../useAction";
import { cellsText, ConfirmOverwrite } from "./ConfirmOverwrite";
import { Notice } from "./Notice";

export function ResultStep(props: { strings: Strings; shell: ExcelShell; result: RunResult | undefined }) {
  const s = props.strings;
  const [selected, setSelected] = useState<number | undefined>();
  const [written, setWritten] = useState<{ what: "indicator" | "paper"; outcome: WriteOutcome } | undefined>();
  const { busy, failure, act } = useAction();
  const result = props.result;
  if (!result) return <Text block>{s.result.none}</Text>;
  const { evaluation } = result;
  const p = evaluation.scheme.precision;
  const unit = selected === undefined ? undefined : evaluation.units[selected];

  const write = (what: "indicator" | "paper", overwrite: boolean) =>
    act(async () => {
      if (selected === undefined) return;
      setWritten(undefined);
      const outcome =
        what === "indicator"
          ? await props.shell.writeIndicatorTable(result, selected, { overwrite })
          : await props.shell.writeWorkingPaper(result, selected, { overwrite });
      setWritten({ what, outcome });
    });
  const outcome = written?.outcome;

  return (
    <div>
      <Table size="small" aria-label={s.steps.result}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.result.unit}</TableHeaderCell>
            <TableHeaderCell>{s.result.total}</TableHeaderCell>
            <TableHeaderCell>{s.result.rank}</TableHeaderCell>
            <TableHeaderCell>{s.result.grade}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.order.map((index) => {
            const u = evaluation.units[index]!;
            return (
              <TableRow key={index} aria-selected={index === selected}>
                <TableCell>
                  <Button
                    appearance={index === selected ? "primary" : "subtle"}
                    size="small"
                    onClick={() => {
                      setSelected(index);
                      setWritten(undefined);
                    }}
                  >
                    {u.name}
                  </Button>
                </TableCell>
                <TableCell>{u.total === null ? s.result.incomplete : fixed(u.total, p)}</TableCell>
                <TableCell>{u.rank ?? ""}</TableCell>
                <TableCell>{u.grade ?? ""}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>

      {unit && (
        <div>
          <h3>{s.result.details(unit.name)}</h3>
          <Table size="small" aria-label={s.result.details(unit.name)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.result.indicator}</TableHeaderCell>
                <TableHeaderCell>{s.result.score}</TableHeaderCell>
                <TableHeaderCell>{s.result.explanation}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {evaluation.scheme.columns.flatMap(leavesOf).map((leaf) => {
                const score = unit.scores.get(leaf.id);
                return (
                  <TableRow key={leaf.id}>
                    <TableCell>{`${leaf.id} ${leaf.name}`}</TableCell>
                    <TableCell>{score === undefined ? s.result.missing : fixed(score, p)}</TableCell>
                    <TableCell>{unit.explanations.get(leaf.id) ?? ""}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Button appearance="primary" disabled={busy} onClick={() => void write("indicator", false)}>
            {s.result.writeIndicator}
          </Button>
          <Button disabled={busy} onClick={() => void write("paper", false)}>
            {s.result.writePaper}
          </Button>
        </div>
      )}
      {failure !== undefined && <Notice intent="error">{s.common.unexpected(failure)}</Notice>}
      {outcome?.kind === "written" && (
        <Notice intent="success">
          {(written?.what === "paper" ? s.result.paperWritten : s.result.indicatorWritten)(
            `${outcome.table.sheet}!${outcome.table.address}`,
          )}
        </Notice>
      )}
      {outcome?.kind === "blocked" && <Notice intent="error">{s.run.blocked(cellsText(outcome.cells))}</Notice>}
      <ConfirmOverwrite
        strings={s}
        edits={outcome?.kind === "handEdits" ? outcome : undefined}
        onOverwrite={() => written && void write(written.what, true)}
        onCancel={() => setWritten(undefined)}
      />
    </div>
  );
}
