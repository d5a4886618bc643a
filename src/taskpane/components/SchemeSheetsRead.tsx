/**
 * What reading the 指标体系 sheets answers: every problem at its cell (a click selects it), or the scheme stored with
 * what changed since the workbook's; when bindings of changed or removed leaves are affected, they are listed and the
 * clerk keeps or removes them, and only then is the scheme stored.
 */
import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { Scheme } from "../../engine";
import {
  type AffectedBinding,
  type ExcelShell,
  type Message,
  PROBLEMS_SHOWN,
  type SchemeSheetsOutcome,
  type SchemeStored,
} from "../../excel";
import { say, Strings } from "../strings";
import { useAction } from "../useAction";
import { Actions } from "./Layout";
import { Busy, Notice } from "./Notice";
import { CellLink } from "./Problems";

export function SchemeSheetsRead(props: {
  strings: Strings;
  shell: ExcelShell;
  outcome: SchemeSheetsOutcome;
  onStored: (scheme: Scheme) => void;
}) {
  const s = props.strings;
  const { busy, doing, failure, act } = useAction();
  const [stored, setStored] = useState<SchemeStored | undefined>();
  const { outcome } = props;

  if (outcome.kind === "problems") {
    const shown = outcome.problems.slice(0, PROBLEMS_SHOWN);
    return (
      <Notice intent="error" title={s.sheets.problems(outcome.problems.length)}>
        <ul>
          {shown.map((p, i) => (
            <li key={i}>
              <CellLink shell={props.shell} at={p.at} />
              {` ${say(s, p.message)}`}
            </li>
          ))}
          {outcome.problems.length > shown.length && (
            <li>{s.sheets.moreProblems(outcome.problems.length - shown.length)}</li>
          )}
        </ul>
      </Notice>
    );
  }

  const { read } = outcome;
  const store = (keep: boolean) =>
    act(
      async () => {
        const result = await props.shell.storeScheme(read.scheme, keep);
        setStored(result);
        props.onStored(result.scheme);
      },
      s.common.working(keep ? s.sheets.keep : s.sheets.remove),
    );
  const asking = read.affected.length > 0 && stored === undefined;

  return (
    <>
      {!asking && <Notice intent="success">{s.sheets.stored(read.scheme.title)}</Notice>}
      {read.changes && <Changes strings={s} changes={read.changes} />}
      {asking && (
        <Notice intent="warning" title={s.sheets.affected(read.affected.length)}>
          {s.sheets.affectedHint}
          <Bindings strings={s} bindings={read.affected} />
          <Actions>
            {read.affected.some((b) => b.keepable) && (
              <Button appearance="primary" disabledFocusable={busy} onClick={() => void store(true)}>
                {s.sheets.keep}
              </Button>
            )}
            <Button disabledFocusable={busy} onClick={() => void store(false)}>
              {s.sheets.remove}
            </Button>
          </Actions>
          <Busy doing={doing} />
        </Notice>
      )}
      {failure !== undefined && <Notice intent="error">{s.common.unexpected(failure)}</Notice>}
      {stored && stored.kept.length > 0 && (
        <Notice intent="info" title={s.sheets.kept(stored.kept.length)}>
          <Bindings strings={s} bindings={stored.kept} />
        </Notice>
      )}
      {stored && stored.removed.length > 0 && (
        <Notice intent="info" title={s.sheets.removed(stored.removed.length)}>
          <Bindings strings={s} bindings={stored.removed} />
        </Notice>
      )}
    </>
  );
}

function Changes({ strings: s, changes }: { strings: Strings; changes: readonly Message[] }) {
  if (changes.length === 0) return <Notice intent="info">{s.sheets.unchanged}</Notice>;
  return (
    <Notice intent="info" title={s.sheets.changes}>
      <ul>
        {changes.map((c, i) => (
          <li key={i}>{say(s, c)}</li>
        ))}
      </ul>
    </Notice>
  );
}

function Bindings({ strings: s, bindings }: { strings: Strings; bindings: readonly AffectedBinding[] }) {
  return (
    <ul>
      {bindings.map((b) => (
        <li key={`${b.reported ? "r" : "i"}:${b.key}`}>
          {`${b.label}${b.reported ? `（${s.sheets.reported}）` : ""}${b.address ? `：${b.address}` : ""}`}
          {!b.keepable && s.sheets.cannotKeep}
        </li>
      ))}
    </ul>
  );
}
