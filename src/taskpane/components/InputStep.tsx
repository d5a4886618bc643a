/**
 * Step 2 录入: generate an input sheet; bind the selected cells to an input; or read a header row and confirm the
 * proposed binding.
 */
import {
  Button,
  Field,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { inputColumns, Scheme } from "../../engine";
import { BindingProposal, ExcelShell, Outcome, UNITS_KEY, WorkbookState } from "../../excel";
import { say, Strings } from "../strings";
import { useAction } from "../useAction";
import { Actions, Section, zhOf } from "./Layout";
import { Busy, LiveRegion, Notice } from "./Notice";

type Part = "generate" | "bind" | "auto";

export function InputStep(props: {
  strings: Strings;
  shell: ExcelShell;
  scheme: Scheme | undefined;
  workbook: WorkbookState | undefined;
  onChanged: () => Promise<unknown>;
}) {
  const s = props.strings;
  const { busy, doing, failure, act } = useAction();
  const [names, setNames] = useState("");
  // Each message appears under the part of the step whose button was clicked, where the eye is.
  const [part, setPart] = useState<Part>("generate");
  const [note, setNote] = useState<{ intent: "success" | "error" | "warning"; text: string }[]>([]);
  const [proposal, setProposal] = useState<BindingProposal | undefined>();
  const scheme = props.scheme;
  if (!scheme) return <Text block>{s.input.needScheme}</Text>;

  const boundScheme = props.workbook?.scheme;
  const same = boundScheme?.id === scheme.id;
  const address = (key: string) =>
    (same ? props.workbook?.bindings.find((b) => b.key === key)?.address : undefined) ?? s.input.notBound;
  const report = async <T,>(outcome: Outcome<T> | undefined, success: (value: T) => string) => {
    if (!outcome) return;
    setNote([
      outcome.ok
        ? { intent: "success", text: success(outcome.value) }
        : { intent: "error", text: say(s, outcome.message) },
    ]);
    if (outcome.ok) await props.onChanged();
  };

  const generate = () => {
    setPart("generate");
    return act(async () => {
      const units = names
        .split(/\r?\n/)
        .map((n) => n.trim())
        .filter((n) => n !== "");
      const outcome = await props.shell.generateInputSheet(scheme, units);
      await report(outcome, (v) => s.input.generated(v.sheet, v.bound));
      if (outcome.ok && !outcome.value.notes) setNote((n) => [...n, { intent: "warning", text: s.input.noNotes }]);
    }, s.common.working(s.input.generate));
  };
  const bind = (key: string, header: string) => {
    setPart("bind");
    return act(
      async () => report(await props.shell.bindSelection(scheme, key), () => s.input.bound(header)),
      s.common.working(`${s.input.bind} ${header}`),
    );
  };
  const propose = () => {
    setPart("auto");
    return act(async () => {
      const outcome = await props.shell.proposeBinding(scheme);
      if (outcome.ok) {
        setNote([]);
        setProposal(outcome.value);
      } else setNote([{ intent: "error", text: say(s, outcome.message) }]);
    }, s.common.working(s.input.propose));
  };
  const confirm = (p: BindingProposal) => {
    setPart("auto");
    return act(async () => {
      setProposal(undefined);
      await report(await props.shell.confirmBinding(scheme, p), () => s.input.confirmed(p.matches.length));
    }, s.common.working(s.input.confirm));
  };
  /** The live region of one part: its spinner and messages while it is the part last acted on. */
  const outcome = (here: Part) => (
    <LiveRegion>
      {part === here && <Busy doing={doing} />}
      {part === here && failure !== undefined && <Notice intent="error">{s.common.unexpected(failure)}</Notice>}
      {part === here &&
        note.map((n, i) => (
          <Notice key={i} intent={n.intent}>
            {n.text}
          </Notice>
        ))}
    </LiveRegion>
  );

  const inputs = [{ key: UNITS_KEY, header: s.input.unitsInput }, ...inputColumns(scheme)];
  return (
    <>
      {boundScheme && !same && <Notice intent="warning">{s.input.otherScheme(boundScheme.title)}</Notice>}

      <Section title={s.input.generateTitle}>
        <Field label={s.input.unitNames} hint={s.input.unitNamesHint}>
          <Textarea value={names} onChange={(_, d) => setNames(d.value)} resize="vertical" />
        </Field>
        <Actions>
          <Button appearance="primary" disabledFocusable={busy} onClick={() => void generate()}>
            {s.input.generate}
          </Button>
        </Actions>
        {outcome("generate")}
      </Section>

      <Section title={s.input.bindTitle}>
        <Text block>{s.input.bindHint}</Text>
        <Table size="small" aria-label={s.input.bindTitle}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.input.boundInput}</TableHeaderCell>
              <TableHeaderCell>{s.input.boundAt}</TableHeaderCell>
              <TableHeaderCell>{s.input.action}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {inputs.map((c) => (
              <TableRow key={c.key}>
                <TableCell lang={c.key === UNITS_KEY ? undefined : zhOf(s)}>{c.header}</TableCell>
                <TableCell>{address(c.key)}</TableCell>
                <TableCell>
                  <Button
                    size="small"
                    disabledFocusable={busy}
                    onClick={() => void bind(c.key, c.header)}
                    aria-label={`${s.input.bind} ${c.header}`}
                  >
                    {s.input.bind}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {outcome("bind")}
      </Section>

      <Section title={s.input.autoTitle}>
        <Text block>{s.input.autoHint}</Text>
        <Actions>
          <Button disabledFocusable={busy} onClick={() => void propose()}>
            {s.input.propose}
          </Button>
        </Actions>
        {outcome("auto")}
        {proposal && (
          <Proposal
            strings={s}
            proposal={proposal}
            busy={busy}
            onConfirm={() => void confirm(proposal)}
            onCancel={() => setProposal(undefined)}
          />
        )}
      </Section>
    </>
  );
}

function Proposal(props: {
  strings: Strings;
  proposal: BindingProposal;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { strings: s, proposal: p } = props;
  // The proposal appears below the button that asked for it, often below the fold: bring it into view and move focus
  // to its heading, so the click visibly did something and a screen reader reads what came.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView?.({ block: "start" });
    heading.current?.focus();
  }, [p]);
  return (
    <Section>
      <h4 ref={heading} tabIndex={-1} style={{ margin: 0 }}>
        {s.input.proposal}
      </h4>
      <Table size="small" aria-label={s.input.proposal}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.input.header}</TableHeaderCell>
            <TableHeaderCell>{s.input.boundInput}</TableHeaderCell>
            <TableHeaderCell>{s.input.matchedByHeader}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow>
            <TableCell>{p.units}</TableCell>
            <TableCell>{s.input.unitsInput}</TableCell>
            <TableCell />
          </TableRow>
          {p.matches.map((m) => (
            <TableRow key={m.key}>
              <TableCell>{`${m.header}（${m.address}）`}</TableCell>
              <TableCell>{m.label}</TableCell>
              <TableCell>{s.input.matchedBy[m.by]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {p.unmatched.length > 0 && (
        <Text block>{`${s.input.unmatched}：${p.unmatched.map((u) => u.header).join("、")}`}</Text>
      )}
      {p.conflicts.length > 0 && (
        <Text
          block
        >{`${s.input.conflicts}：${p.conflicts.map((c) => `${c.key}（${c.headers.join("、")}）`).join("；")}`}</Text>
      )}
      {p.missing.length > 0 && <Text block>{`${s.input.missing}：${p.missing.map((m) => m.header).join("、")}`}</Text>}
      {p.reported.length > 0 && (
        <Table size="small" aria-label={s.input.reportedProposal}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.input.header}</TableHeaderCell>
              <TableHeaderCell>{s.input.reportedProposal}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {p.reported.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{`${r.header}（${r.address}）`}</TableCell>
                <TableCell>{r.label}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {p.reportedConflicts.length > 0 && (
        <Text block>{`${s.input.reportedConflicts}：${p.reportedConflicts
          .map((c) => `${c.id}（${c.headers.join("、")}）`)
          .join("；")}`}</Text>
      )}
      <Actions>
        <Button appearance="primary" disabledFocusable={props.busy} onClick={props.onConfirm}>
          {s.input.confirm}
        </Button>
        <Button onClick={props.onCancel}>{s.common.cancel}</Button>
      </Actions>
    </Section>
  );
}
