/**
 * Step 4 结果: the units in the 得分表's order with total, rank and grade (each name a link that opens the unit); one
 * unit's indicator scores with the 工作底稿 sentence of each; and the buttons that write that unit's 指标得分表 and
 * 工作底稿.
 */
import {
  Button,
  Caption1,
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { fixed, leavesOf } from "../../engine";
import { ExcelShell, RunResult, WriteOutcome } from "../../excel";
import type { Strings } from "../strings";
import { useAction } from "../useAction";
import { cellsText, ConfirmOverwrite } from "./ConfirmOverwrite";
import { Actions, Section, zhOf } from "./Layout";
import { Busy, LiveRegion, Notice } from "./Notice";

const useStyles = makeStyles({
  scores: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  selected: { fontWeight: tokens.fontWeightSemibold },
});

export function ResultStep(props: { strings: Strings; shell: ExcelShell; result: RunResult | undefined }) {
  const s = props.strings;
  const styles = useStyles();
  const [selected, setSelected] = useState<number | undefined>();
  const [written, setWritten] = useState<{ what: "indicator" | "paper"; outcome: WriteOutcome } | undefined>();
  const { busy, doing, failure, act } = useAction();
  const result = props.result;
  if (!result) return <Text block>{s.result.none}</Text>;
  const { evaluation } = result;
  const p = evaluation.scheme.precision;
  const unit = selected === undefined ? undefined : evaluation.units[selected];
  const zh = zhOf(s);

  const write = (what: "indicator" | "paper", overwrite: boolean) =>
    act(
      async () => {
        if (selected === undefined) return;
        setWritten(undefined);
        const outcome =
          what === "indicator"
            ? await props.shell.writeIndicatorTable(result, selected, { overwrite })
            : await props.shell.writeWorkingPaper(result, selected, { overwrite });
        setWritten({ what, outcome });
      },
      s.common.working(what === "indicator" ? s.result.writeIndicator : s.result.writePaper),
    );
  const outcome = written?.outcome;

  return (
    <Section>
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
            const current = index === selected;
            return (
              <TableRow key={index}>
                <TableCell>
                  {/* A link (it opens the unit's scores below); the one open is marked for screen readers too. */}
                  <Link
                    lang={zh}
                    aria-current={current ? "true" : undefined}
                    className={current ? styles.selected : undefined}
                    onClick={() => {
                      setSelected(index);
                      setWritten(undefined);
                    }}
                  >
                    {u.name}
                  </Link>
                </TableCell>
                <TableCell>{u.total === null ? s.result.incomplete : fixed(u.total, p)}</TableCell>
                <TableCell>{u.rank ?? ""}</TableCell>
                <TableCell lang={zh}>{u.grade ?? ""}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>

      {unit && (
        <Section title={s.result.details(unit.name)}>
          <ul className={styles.scores} aria-label={s.result.details(unit.name)}>
            {evaluation.scheme.columns.flatMap(leavesOf).map((leaf) => {
              const score = unit.scores.get(leaf.id);
              const sentence = unit.explanations.get(leaf.id);
              return (
                <li key={leaf.id}>
                  <Text block>
                    <span lang={zh}>{`${leaf.id} ${leaf.name}`}</span>
                    {"："}
                    <Text weight="semibold">{score === undefined ? s.result.missing : fixed(score, p)}</Text>
                  </Text>
                  {sentence !== undefined && sentence !== "" && (
                    <Caption1 block lang={zh}>
                      {sentence}
                    </Caption1>
                  )}
                </li>
              );
            })}
          </ul>
          <Actions>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void write("indicator", false)}>
              {s.result.writeIndicator}
            </Button>
            <Button disabledFocusable={busy} onClick={() => void write("paper", false)}>
              {s.result.writePaper}
            </Button>
          </Actions>
        </Section>
      )}
      <LiveRegion>
        <Busy doing={doing} />
        {failure !== undefined && <Notice intent="error">{s.common.unexpected(failure)}</Notice>}
        {outcome?.kind === "written" && (
          <Notice intent="success">
            {(written?.what === "paper" ? s.result.paperWritten : s.result.indicatorWritten)(
              `${outcome.table.sheet}!${outcome.table.address}`,
            )}
          </Notice>
        )}
        {outcome?.kind === "blocked" && <Notice intent="error">{s.run.blocked(cellsText(outcome.cells))}</Notice>}
      </LiveRegion>
      <ConfirmOverwrite
        strings={s}
        edits={outcome?.kind === "handEdits" ? outcome : undefined}
        onOverwrite={() => written && void write(written.what, true)}
        onCancel={() => setWritten(undefined)}
      />
    </Section>
  );
}
