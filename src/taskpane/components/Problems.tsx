/**
 * What the steps that read the workbook (计算, 复核) show alike: a cell reference that selects its cell when clicked,
 * the input errors that block a run, and the problems of a scheme that does not load.
 */
import { Link } from "@fluentui/react-components";
import type { SchemeProblem } from "../../engine";
import { type CellProblem, type CellRef, type ExcelShell, MORE_PROBLEMS } from "../../excel";
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
      <ul>
        {props.problems.map((p, i) => (
          <li key={i}>
            <CellLink shell={props.shell} at={p.at} />
            {` ${say(s, p.message)}`}
          </li>
        ))}
      </ul>
    </Notice>
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
