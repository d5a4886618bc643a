/**
 * The task pane: four steps, each usable on its own — 方案, 录入, 计算, 结果 — and the evaluator's and supervisor's
 * tools: 复核 (audit), 对比 (two 得分表 compared) and 通报 (the draft of the results paragraph).
 */
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { Scheme } from "../engine";
import type { ExcelShell, RunResult, SheetComparison, WorkbookState } from "../excel";
import { LiveRegion, Notice } from "./components/Notice";
import { SchemeStep } from "./components/SchemeStep";
import { AuditStep, CompareStep, InputStep, ReportStep, ResultStep, RunStep } from "./steps";
import type { CatalogueEntry } from "../schemes";
import type { Strings } from "./strings";

type Step = "scheme" | "input" | "run" | "result" | "audit" | "compare" | "report";
const STEPS: readonly Step[] = ["scheme", "input", "run", "result", "audit", "compare", "report"];

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    // A long sheet name or address breaks rather than widening the pane (break-word keeps table columns' min width).
    overflowWrap: "break-word",
    minWidth: 0,
  },
  // The seven tabs wrap onto a second row in a narrow pane instead of running off its edge.
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  // Announced and found by a screen reader's heading list; Office's own title bar already shows the name.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export interface AppProps {
  shell: ExcelShell;
  strings: Strings;
  /** Schemes offered in step 1 (the built-in catalogue), each loaded when chosen. */
  schemes: readonly CatalogueEntry[];
}

export function App({ shell, strings, schemes }: AppProps) {
  const styles = useStyles();
  const [step, setStep] = useState<Step>("scheme");
  const [scheme, setScheme] = useState<Scheme | undefined>();
  const [workbook, setWorkbook] = useState<WorkbookState | undefined>();
  const [result, setResult] = useState<RunResult | undefined>();
  const [compared, setCompared] = useState<SheetComparison | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  const refresh = useCallback(async () => {
    const state = await shell.state();
    setWorkbook(state);
    return state;
  }, [shell]);

  useEffect(() => {
    // The workbook remembers its scheme: open on it unless the user already picked one.
    refresh()
      .then((state) => setScheme((current) => current ?? state.scheme))
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, [refresh]);

  // Each tab controls the one panel, which is labelled by the selected tab (the panel's content changes with it).
  const tabId = (s: Step) => `jx-tab-${s}`;
  return (
    <main className={styles.root}>
      <h1 className={styles.hidden}>{strings.appTitle}</h1>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={step}
        onTabSelect={(_, data) => setStep(data.value as Step)}
        aria-label={strings.appTitle}
      >
        {STEPS.map((s) => (
          <Tab key={s} value={s} id={tabId(s)} aria-controls="jx-panel">
            {strings.steps[s]}
          </Tab>
        ))}
      </TabList>
      <LiveRegion>
        {failure !== undefined && <Notice intent="error">{strings.common.unexpected(failure)}</Notice>}
        {workbook?.registryProblem && (
          <Notice intent="warning" title={strings.input.registryProblem}>
            {strings.lang === "en-US" ? workbook.registryProblem.en : workbook.registryProblem.zh}
          </Notice>
        )}
      </LiveRegion>
      <div role="tabpanel" id="jx-panel" aria-labelledby={tabId(step)} className={styles.panel}>
        <h2 className={styles.heading}>{strings.headings[step]}</h2>
        {step === "scheme" && (
          <SchemeStep
            strings={strings}
            shell={shell}
            schemes={schemes}
            scheme={scheme}
            boundTitle={workbook?.scheme && workbook.scheme.id !== scheme?.id ? workbook.scheme.title : undefined}
            onScheme={setScheme}
            onStored={(stored) => {
              setScheme(stored);
              void refresh();
            }}
          />
        )}
        {step === "input" && (
          <InputStep strings={strings} shell={shell} scheme={scheme} workbook={workbook} onChanged={refresh} />
        )}
        {step === "run" && (
          <RunStep
            strings={strings}
            shell={shell}
            onResult={(r) => {
              setResult(r);
              void refresh();
            }}
          />
        )}
        {step === "result" && <ResultStep strings={strings} shell={shell} result={result} />}
        {step === "audit" && <AuditStep strings={strings} shell={shell} workbook={workbook} onChanged={refresh} />}
        {step === "compare" && (
          <CompareStep
            strings={strings}
            shell={shell}
            scheme={scheme ?? workbook?.scheme}
            catalogue={schemes}
            workbook={workbook}
            compared={compared}
            onCompared={setCompared}
          />
        )}
        {step === "report" && <ReportStep strings={strings} result={result} compared={compared} />}
      </div>
    </main>
  );
}
