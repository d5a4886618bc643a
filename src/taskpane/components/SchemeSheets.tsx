/**
 * 方案's part for a clerk's own scheme: 新建方案 writes the 指标体系 sheets into the workbook (empty, or a copy of a
 * built-in or the current scheme), 从工作表读取方案 reads them back and stores the scheme with the workbook, 保存为方案文件
 * downloads it as canonical JSON to share. What a read answers (its problems, its changes, the bindings to confirm) is
 * shown by SchemeSheetsRead, fetched the first time there is something to show; the shell's side is lazy as well.
 */
import { Button, Field, makeStyles, Select, Text } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { Scheme, SchemeInput, showScheme } from "../../engine";
import type { ExcelShell, SchemeSheetsOutcome } from "../../excel";
import type { CatalogueEntry } from "../../schemes";
import { say, Strings } from "../strings";
import { useAction } from "../useAction";
import { Actions, Section, zhOf } from "./Layout";
import { Busy, LiveRegion, Notice } from "./Notice";

const ReadView = lazy(() =>
  import(/* webpackChunkName: "scheme-sheets" */ "./SchemeSheetsRead").then((m) => ({ default: m.SchemeSheetsRead })),
);

const useStyles = makeStyles({
  // A long option (the current scheme's title) is cut in the closed picker rather than widening the pane.
  picker: { minWidth: 0, maxWidth: "100%" },
  control: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

/** The base of 新建方案: blank, the current scheme, or a built-in one by id. */
const BLANK = "";
const CURRENT = "@current";

/** Offers `text` as a download named `file` (the browser never replaces a file: it names a second one anew). */
function download(text: string, file: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function SchemeSheets(props: {
  strings: Strings;
  shell: ExcelShell;
  schemes: readonly CatalogueEntry[];
  scheme: Scheme | undefined;
  /** A scheme read from the sheets and stored with the workbook. */
  onStored: (scheme: Scheme) => void;
}) {
  const s = props.strings;
  const styles = useStyles();
  const { busy, doing, failure, act } = useAction();
  const [base, setBase] = useState(BLANK);
  const [note, setNote] = useState<{ intent: "success" | "error"; text: string } | undefined>();
  const [read, setRead] = useState<SchemeSheetsOutcome | undefined>();
  // Each read's answer is a view of its own: the bindings asked about and answered are those of that read.
  const [reads, setReads] = useState(0);

  const baseInput = async (): Promise<SchemeInput | undefined> => {
    if (base === BLANK) return undefined;
    if (base === CURRENT) return props.scheme?.input;
    const entry = props.schemes.find((x) => x.id === base);
    return entry ? entry.load() : undefined;
  };

  const create = () =>
    act(async () => {
      setNote(undefined);
      setRead(undefined);
      const written = await props.shell.writeSchemeSheets(await baseInput());
      setNote(
        written.ok
          ? { intent: "success", text: s.sheets.created(written.value.sheets.map((n) => `“${n}”`).join("、")) }
          : { intent: "error", text: say(s, written.message) },
      );
    }, s.common.working(s.sheets.create));

  const builtin = async (id: string) => {
    const entry = props.schemes.find((x) => x.id === id);
    return entry ? entry.load() : undefined;
  };
  const readSheets = () =>
    act(async () => {
      setNote(undefined);
      setRead(undefined);
      const outcome = await props.shell.readSchemeSheets(builtin);
      setRead(outcome);
      setReads((n) => n + 1);
      if (outcome.kind === "read" && outcome.read.affected.length === 0) props.onStored(outcome.read.scheme);
    }, s.common.working(s.sheets.read));

  const save = () => {
    if (!props.scheme) return;
    const file = `${props.scheme.id}.json`;
    download(showScheme(props.scheme), file);
    setRead(undefined);
    setNote({ intent: "success", text: s.sheets.saved(file) });
  };

  // A current scheme that is not a built-in can be the base as well (a file opened, sheets read).
  const current = props.scheme && !props.schemes.some((x) => x.id === props.scheme?.id) ? props.scheme : undefined;
  return (
    <Section title={s.sheets.title}>
      <Text block>{s.sheets.hint}</Text>
      <Field label={s.sheets.base}>
        <Select
          className={styles.picker}
          select={{ className: styles.control }}
          value={base}
          onChange={(_, data) => setBase(data.value)}
        >
          <option value={BLANK}>{s.sheets.blank}</option>
          {current && <option value={CURRENT}>{s.sheets.currentBase(current.shortTitle)}</option>}
          {props.schemes.map((x) => (
            <option key={x.id} value={x.id} lang={zhOf(s)}>
              {x.label}
            </option>
          ))}
        </Select>
      </Field>
      <Actions>
        <Button disabledFocusable={busy} onClick={() => void create()}>
          {s.sheets.create}
        </Button>
        <Button disabledFocusable={busy} onClick={() => void readSheets()}>
          {s.sheets.read}
        </Button>
        <Button disabledFocusable={busy || !props.scheme} onClick={save}>
          {s.sheets.save}
        </Button>
      </Actions>
      <Busy doing={doing} />
      <LiveRegion>
        {failure !== undefined && <Notice intent="error">{s.common.unexpected(failure)}</Notice>}
        {note && <Notice intent={note.intent}>{note.text}</Notice>}
        {read && (
          <Suspense fallback={null}>
            <ReadView key={reads} strings={s} shell={props.shell} outcome={read} onStored={props.onStored} />
          </Suspense>
        )}
      </LiveRegion>
    </Section>
  );
}
