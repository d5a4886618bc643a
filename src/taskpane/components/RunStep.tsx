/**
 * Step 3 计算: score and write the 得分表. Input errors are listed with their cells (a click selects the cell);
 * hand edits in the table are confirmed before they are overwritten; Excel's read-back is compared with the engine.
 */
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { useState } from "react";
import { ExcelShell, PROBLEMS_SHOWN, RunOutcome, RunProgress, RunResult } from "../../excel";
import { say, Strings } from "../strings";
import { useAction } from "../useAction";
import { cellsText, ConfirmOverwrite } from "./ConfirmOverwrite";
import { Actions, Section } from "./Layout";
import { Busy, LiveRegion, Notice } from "./Notice";
import { cellText, ExtendBinding, InputProblems, ReadingNotes, SchemeProblems } from "./Problems";

export function RunStep(props: { strings: Strings; shell: ExcelShell; onResult: (result: RunResult) => void }) {
  const s = props.strings;
  const { busy, doing, failure, act } = useAction();
  const [progress, setProgress] = useState<RunProgress | undefined>();
  const [outcome, setOutcome] = useState<RunOutcome | undefined>();

  const start = (overwrite: boolean) =>
    act(async () => {
      setOutcome(undefined);
      const result = await props.shell.run({ overwrite, onProgress: setProgress });
      setProgress(undefined);
      setOutcome(result);
      if (result.kind === "written") props.onResult(result.result);
    }, s.common.working(s.run.start));

  return (
    <Section>
      <Actions>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void start(false)}>
          {s.run.start}
        </Button>
      </Actions>
      {busy && progress ? (
        <Field validationMessage={s.run.stages[progress.stage]} validationState="none">
          <ProgressBar value={progress.fraction} max={1} aria-label={s.run.stages[progress.stage]} />
        </Field>
      ) : (
        <Busy doing={doing} />
      )}
      <LiveRegion>
        {failure !== undefined && <Notice intent="error">{s.common.unexpected(failure)}</Notice>}
        {outcome && <OutcomeView strings={s} outcome={outcome} shell={props.shell} />}
      </LiveRegion>
      {outcome?.kind === "inputErrors" && outcome.extendTo !== undefined && (
        <ExtendBinding strings={s} shell={props.shell} units={outcome.extendTo} onExtended={() => void start(false)} />
      )}
      <ConfirmOverwrite
        strings={s}
        edits={outcome?.kind === "handEdits" ? outcome : undefined}
        onOverwrite={() => void start(true)}
        onCancel={() => setOutcome(undefined)}
      />
    </Section>
  );
}

function OutcomeView({ strings: s, outcome, shell }: { strings: Strings; outcome: RunOutcome; shell: ExcelShell }) {
  switch (outcome.kind) {
    case "notBound":
    case "bindingsLost":
      return <Notice intent="warning">{say(s, outcome.message)}</Notice>;
    case "schemeProblems":
      return <SchemeProblems strings={s} problems={outcome.problems} />;
    case "inputErrors":
      return <InputProblems strings={s} shell={shell} problems={outcome.problems} />;
    case "blocked":
      return <Notice intent="error">{s.run.blocked(cellsText(outcome.cells))}</Notice>;
    case "handEdits":
      return null;
    case "written": {
      const { table, differences, bonusTable, evaluation } = outcome.result;
      const { nodes } = evaluation.scheme;
      const notEntered = evaluation.units.flatMap((u) =>
        u.missing.map((id) => `${u.name} · ${id} ${nodes.get(id)?.name ?? ""}：${s.run.notEntered}`),
      );
      return (
        <>
          <Notice intent="success">{s.run.written(cellText(table))}</Notice>
          <ReadingNotes strings={s} shell={shell} result={outcome.result} />
          {notEntered.length > 0 && (
            <Notice intent="warning" title={s.run.incomplete}>
              <ul>
                {notEntered.slice(0, PROBLEMS_SHOWN).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
                {notEntered.length > PROBLEMS_SHOWN && (
                  <li>{s.run.moreIncomplete(notEntered.length - PROBLEMS_SHOWN)}</li>
                )}
              </ul>
            </Notice>
          )}
          {bonusTable && <Notice intent="success">{s.run.bonusWritten(cellText(bonusTable))}</Notice>}
          {differences.length === 0 ? (
            <Notice intent="info">{s.run.noDifferences}</Notice>
          ) : (
            <Notice intent="warning" title={s.run.differences}>
              <ul>
                {differences.map((d, i) => (
                  <li key={i}>
                    {s.run.difference(
                      cellText(d.at),
                      `${d.unit} ${d.column}`,
                      String(d.expected ?? ""),
                      String(d.actual ?? ""),
                    )}
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
