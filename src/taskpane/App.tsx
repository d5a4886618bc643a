/**
 * The task pane: four steps, each usable on its own — 方案, 录入, 计算, 结果 — and the evaluator's and supervisor's
 * tools: 复核 (audit), 对比 (two 得分表 compared) and 通报 (the draft of the results paragraph).
 */
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { Scheme } from "../engine";
import type { ExcelShell, RunResult, SheetComparison, WorkbookState } from "../excel";
import { Notice } from "./components/Notice";
import { SchemeStep } from "./components/SchemeStep";
import { AuditStep, CompareStep, InputStep, ReportStep, ResultStep, RunStep } from "./steps";
import type { CatalogueEntry } from "../schemes";
import type { Strings } from "./strings";

type Step = "scheme" | "input" | "run" | "result" | "audit" | "compare" | "report";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
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

  return (
    <div className={styles.root}>
      <TabList size="small" selectedValue={step} onTabSelect={(_, data) => setStep(data.value as Step)}>
        <Tab value="scheme">{strings.steps.scheme}</Tab>
        <Tab value="input">{strings.steps.input}</Tab>
        <Tab value="run">{strings.steps.run}</Tab>
        <Tab value="result">{strings.steps.result}</Tab>
        <Tab value="audit">{strings.steps.audit}</Tab>
        <Tab value="compare">{strings.steps.compare}</Tab>
        <Tab value="report">{strings.steps.report}</Tab>
      </TabList>
      {failure !== undefined && <Notice intent="error">{strings.common.unexpected(failure)}</Notice>}
      {workbook?.registryProblem && (
        <Notice intent="warning" title={strings.input.registryProblem}>
          {strings.lang === "en-US" ? workbook.registryProblem.en : workbook.registryProblem.zh}
        </Notice>
      )}
      {step === "scheme" && (
        <SchemeStep
          strings={strings}
          schemes={schemes}
          scheme={scheme}
          boundTitle={workbook?.scheme && workbook.scheme.id !== scheme?.id ? workbook.scheme.title : undefined}
          onScheme={setScheme}
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
          workbook={workbook}
          compared={compared}
          onCompared={setCompared}
        />
      )}
      {step === "report" && <ReportStep strings={strings} result={result} compared={compared} />}
    </div>
  );
}
