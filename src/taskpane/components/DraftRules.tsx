/**
 * 起草规则 (in 方案, issue 11): drafts the rules of the selected rows of the 指标体系 sheet, or of every row without a
 * rule, from their 评分标准; then says what it did — N 条草稿、M 条需人工 — with each row a link to its cell, the rows
 * left alone because the clerk typed there, and a confirmation before drafting over them. No arithmetic here: the
 * drafter runs inside the shell's call.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import type { DraftRulesOptions, DraftRulesResult, ExcelShell, Message } from "../../excel";
import type { Drafter } from "../../workbook";
import { say, Strings } from "../strings";
import { useAction } from "../useAction";
import { Actions, Section, zhOf } from "./Layout";
import { Busy, LiveRegion, Notice } from "./Notice";
import { CellLink } from "./Problems";

type Row = DraftRulesResult["typed"][number];

function RowList(props: { strings: Strings; shell: ExcelShell; rows: readonly Row[]; extra?: (row: Row) => string }) {
  return (
    <ul>
      {props.rows.map((row) => (
        <li key={row.row} lang={zhOf(props.strings)}>
          <CellLink shell={props.shell} at={row.at} />
          {` ${row.id} ${row.name}${props.extra ? props.extra(row) : ""}`}
        </li>
      ))}
    </ul>
  );
}

export function DraftRules(props: { strings: Strings; shell: ExcelShell; drafter: Drafter }) {
  const s = props.strings;
  const { busy, doing, failure, act } = useAction();
  const [result, setResult] = useState<DraftRulesResult | undefined>();
  const [problem, setProblem] = useState<Message | undefined>();
  const [asking, setAsking] = useState(false);

  const draft = async (label: string, options: DraftRulesOptions) => {
    setAsking(false);
    const outcome = await act(() => props.shell.draftRules(props.drafter, options), s.common.working(label));
    if (!outcome) return;
    if (outcome.ok) {
      setProblem(undefined);
      setResult(outcome.value);
    } else {
      setResult(undefined);
      setProblem(outcome.message);
    }
  };
  const typed = result?.typed ?? [];
  const stateOf = (row: Row) => {
    const drafted = result?.drafted.find((d) => d.row === row.row);
    return drafted ? s.draft.rowNote(s.draft.states[drafted.state], drafted.note) : "";
  };

  return (
    <Section title={s.draft.title}>
      <Text block>{s.draft.hint}</Text>
      <Actions>
        <Button disabledFocusable={busy} onClick={() => void draft(s.draft.selected, {})}>
          {s.draft.selected}
        </Button>
        <Button disabledFocusable={busy} onClick={() => void draft(s.draft.all, { scope: "all" })}>
          {s.draft.all}
        </Button>
        <Busy doing={doing} />
      </Actions>
      <LiveRegion>
        {failure !== undefined && (
          <Notice intent="error" title={s.draft.failed}>
            {s.common.unexpected(failure)}
          </Notice>
        )}
        {problem && (
          <Notice intent="error" title={s.draft.failed}>
            <span style={{ whiteSpace: "pre-line" }}>{say(s, problem)}</span>
          </Notice>
        )}
        {result && (
          <Notice
            intent={result.drafted.length > 0 ? "success" : "info"}
            title={result.report[0] && say(s, result.report[0])}
          >
            {result.report.slice(1).map((line) => (
              <Text block key={line.code}>
                {say(s, line)}
              </Text>
            ))}
          </Notice>
        )}
        {result && result.drafted.length > 0 && (
          <Notice intent="info" title={s.draft.draftedTitle}>
            <RowList strings={s} shell={props.shell} rows={result.drafted} extra={stateOf} />
          </Notice>
        )}
        {typed.length > 0 && (
          <Notice intent="warning" title={s.draft.typedTitle(typed.length)}>
            <RowList strings={s} shell={props.shell} rows={typed} />
            <Actions>
              <Button disabledFocusable={busy} onClick={() => setAsking(true)}>
                {s.draft.redraft(typed.length)}
              </Button>
            </Actions>
          </Notice>
        )}
        {result && result.blank.length > 0 && (
          <Notice intent="warning" title={s.draft.blankTitle}>
            <RowList strings={s} shell={props.shell} rows={result.blank} />
          </Notice>
        )}
        {result && result.reopened.length > 0 && (
          <Notice intent="warning" title={s.draft.reopenedTitle}>
            <RowList strings={s} shell={props.shell} rows={result.reopened} />
          </Notice>
        )}
      </LiveRegion>
      <Dialog open={asking} onOpenChange={(_, data) => !data.open && setAsking(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.draft.confirmTitle}</DialogTitle>
            <DialogContent>{s.draft.confirmBody(typed.map((r) => `${r.id} ${r.name}`).join("、"))}</DialogContent>
            <DialogActions>
              {/* First, so the dialog opens on it: Enter on opening must not overwrite anyone's work. */}
              <Button appearance="primary" onClick={() => setAsking(false)}>
                {s.common.cancel}
              </Button>
              <Button
                onClick={() => void draft(s.draft.confirmRedraft, { rows: typed.map((r) => r.row), redraft: true })}
              >
                {s.draft.confirmRedraft}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </Section>
  );
}
