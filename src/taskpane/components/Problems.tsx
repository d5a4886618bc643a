/**
 * What the steps that read the workbook (计算, 复核) show alike: a cell reference that selects its cell when clicked,
 * the input errors that block a run (with the offer to extend a binding that leaves units out), what was read with a
 * warning or left out as not a unit, and the problems of a scheme that does not load.
 */
import { Button, Link } from "@fluentui/react-components";
import { useState } from "react";
import type { SchemeProblem } from "../../engine";
import { type CellProblem, type CellRef, type ExcelShell, MORE_PROBLEMS, type RunResult } from "../../excel";
import { say, Strings } from "../strings";
import { Notice } from "./Notice";

export const cellText = (at: CellRef) => `${at.sheet}!${at.address}`;

export function CellLink({ shell, at }: { shell: ExcelShell; at: CellRef | undefined }) {
  return at ? <Link onClick={() => void shell.selectCell(at)}>{cellText(at)}</Link> : null;
}

export function InputProblems(props: { strings: Strings; shell: ExcelShell; problems: readonly CellProblem[] }) {
  const s = props.strings;
  // The line counting the cells not listed is not one of them.
  const listed = props.problems.filter((p) => p.message.code !== MORE_PROBLEMS).length;
  return (
    <Notice intent="error" title={s.run.errors(listed)}>
      {s.run.errorsHint}
      <CellList strings={s} shell={props.shell} problems={props.problems} />
    </Notice>
  );
}

function CellList(props: { strings: Strings; shell: ExcelShell; problems: readonly CellProblem[] }) {
  return (
    <ul>
      {props.problems.map((p, i) => (
        <li key={i}>
          <CellLink shell={props.shell} at={p.at} />
          {` ${say(props.strings, p.message)}`}
        </li>
      ))}
    </ul>
  );
}

/** Numbers stored as text (read, worth a look) and rows that are not units (合计, 注：…), beside a written result. */
export function ReadingNotes(props: { strings: Strings; shell: ExcelShell; result: RunResult }) {
  const { warnings, notUnits } = props.result;
  const s = props.strings;
  return (
    <>
      {warnings.length > 0 && (
        <Notice intent="warning" title={s.run.warnings(warnings.length)}>
          <CellList strings={s} shell={props.shell} problems={warnings} />
        </Notice>
      )}
      {notUnits.length > 0 && (
        <Notice intent="info" title={s.run.notUnits(notUnits.length)}>
          <CellList strings={s} shell={props.shell} problems={notUnits} />
        </Notice>
      )}
    </>
  );
}

/** Units under the bound range: one button binds the rows down to them, then the run (or the audit) starts again. */
export function ExtendBinding(props: {
  strings: Strings;
  shell: ExcelShell;
  units: string;
  onExtended: () => void;
  /** The button's words; by default the run's (扩展绑定到 … 并重新计算). */
  label?: (units: string) => string;
}) {
  const [failed, setFailed] = useState<string | undefined>();
  const extend = async () => {
    const outcome = await props.shell.extendBinding(props.units);
    if (outcome.ok) props.onExtended();
    else setFailed(say(props.strings, outcome.message));
  };
  return (
    <>
      <Button onClick={() => void extend()}>{(props.label ?? props.strings.run.extendBinding)(props.units)}</Button>
      {failed !== undefined && <Notice intent="error">{failed}</Notice>}
    </>
  );
}

export function SchemeProblems(props: { strings: Strings; problems: readonly SchemeProblem[] }) {
  return (
    <Notice intent="error" title={props.strings.run.schemeProblems}>
      <ul>
        {props.problems.map((p, i) => (
          <li key={i}>{`${p.path}：${p.message}`}</li>
        ))}
      </ul>
    </Notice>
  );
}
