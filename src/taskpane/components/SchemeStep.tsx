/**
 * Step 1 方案: pick a built-in scheme or open a scheme file, or author one in the 指标体系 sheets (SchemeSheets.tsx);
 * see its tree with points and criteria.
 */
import { Button, Field, Label, Select, Text, useId } from "@fluentui/react-components";
import { lazy, Suspense, useRef, useState } from "react";
import { loadScheme, parseScheme, Scheme, SchemeProblem } from "../../engine";
import type { ExcelShell } from "../../excel";
import type { CatalogueEntry } from "../../schemes";
import type { Strings } from "../strings";
import { Actions, Section, zhOf } from "./Layout";
import { Busy, LiveRegion, Notice } from "./Notice";
import { SchemeSheets } from "./SchemeSheets";
import { SchemeTree } from "./SchemeTree";

const DraftRules = lazy(() => import(/* webpackChunkName: "draft-rules" */ "./RecogniserDraftRules"));

export function SchemeStep(props: {
  strings: Strings;
  shell: ExcelShell;
  schemes: readonly CatalogueEntry[];
  scheme: Scheme | undefined;
  boundTitle: string | undefined;
  onScheme: (scheme: Scheme) => void;
  /** A scheme read from the sheets is stored with the workbook: the workbook's state is read again. */
  onStored: (scheme: Scheme) => void;
}) {
  const s = props.strings;
  const [problems, setProblems] = useState<SchemeProblem[]>([]);
  const [opened, setOpened] = useState<string | undefined>();
  const [drafting, setDrafting] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const fileLabel = useId("scheme-file");

  const take = (load: ReturnType<typeof loadScheme>) => {
    if (load.ok) {
      setProblems([]);
      props.onScheme(load.scheme);
    } else setProblems(load.problems);
  };
  const openFile = (chosen: File | undefined) => {
    if (!chosen) return;
    setOpened(chosen.name);
    // FileReader rather than file.text(): older Office webviews lack Blob.text.
    const reader = new FileReader();
    reader.onload = () => take(parseScheme(String(reader.result)));
    reader.readAsText(chosen);
  };

  return (
    <Section>
      <Field label={s.scheme.builtin} hint={props.schemes.length === 0 ? s.scheme.noBuiltin : undefined}>
        <Select
          value={props.schemes.some((x) => x.id === props.scheme?.id) ? props.scheme?.id : ""}
          disabled={props.schemes.length === 0}
          onChange={(_, data) => {
            const entry = props.schemes.find((x) => x.id === data.value);
            // A chunk that does not come (the server went away) is said, not swallowed.
            if (entry) {
              entry.load().then(
                (input) => take(loadScheme(input)),
                (error: unknown) =>
                  setProblems([{ path: "", message: error instanceof Error ? error.message : String(error) }]),
              );
            }
          }}
        >
          <option value="" disabled>
            {s.scheme.choose}
          </option>
          {props.schemes.map((x) => (
            <option key={x.id} value={x.id} lang={zhOf(s)}>
              {x.label}
            </option>
          ))}
        </Select>
      </Field>
      {/* The browser's own file input says "Choose File / No file chosen" in the browser's language: it stays
          hidden, and a Fluent button in the pane's language opens it. */}
      <Label id={fileLabel}>{s.scheme.openFile}</Label>
      <Actions>
        <Button aria-describedby={fileLabel} onClick={() => file.current?.click()}>
          {s.scheme.pickFile}
        </Button>
        {opened !== undefined && <Text>{s.scheme.fileOpened(opened)}</Text>}
      </Actions>
      <input
        ref={file}
        type="file"
        hidden
        accept=".json,application/json"
        aria-label={s.scheme.openFile}
        onChange={(e) => {
          openFile(e.target.files?.[0]);
          // The same file chosen again (after fixing it) is read again.
          e.target.value = "";
        }}
      />
      <LiveRegion>
        {problems.length > 0 && (
          <Notice intent="error" title={s.scheme.problems}>
            <ul>
              {problems.map((p, i) => (
                <li
                  key={i}
                >{`${p.path === "" ? s.scheme.wholeFile : p.path}${p.node ? `（${p.node}）` : ""}：${p.message}`}</li>
              ))}
            </ul>
          </Notice>
        )}
      </LiveRegion>
      <SchemeSheets
        strings={s}
        shell={props.shell}
        schemes={props.schemes}
        scheme={props.scheme}
        onStored={(scheme) => {
          setProblems([]);
          props.onStored(scheme);
        }}
      />
      {/* 起草规则 and the recogniser come when asked for, not with the pane's first screen. */}
      {drafting ? (
        <Suspense fallback={<Busy doing={s.common.loading} />}>
          <DraftRules strings={s} shell={props.shell} />
        </Suspense>
      ) : (
        <Actions>
          <Button onClick={() => setDrafting(true)}>{s.draft.open}</Button>
        </Actions>
      )}
      {props.boundTitle !== undefined && <Text block>{s.scheme.boundTo(props.boundTitle)}</Text>}
      {props.scheme ? (
        <>
          <Text block weight="semibold">
            {s.scheme.current(props.scheme.title)}
          </Text>
          <SchemeTree scheme={props.scheme} strings={s} />
        </>
      ) : (
        <Text block>{s.scheme.none}</Text>
      )}
    </Section>
  );
}
