/** Renders the task pane over the real shell and the fake Excel host, as a test would see it in Excel. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import type { SchemeInput } from "../../src/engine";
import { catalogueEntry } from "../../src/schemes";
import { createExcelShell, ExcelShell } from "../../src/excel";
import { App } from "../../src/taskpane/App";
import { stringsFor } from "../../src/taskpane/strings";
import { FakeExcel } from "../../tools/fake-excel";
import { scheme000 } from "../fixtures/doc000";
// What the pane loads on demand, compiled with the test file rather than inside the first test that opens a step.
import "../../src/taskpane/components/AuditStep";
import "../../src/taskpane/components/CompareStep";
import "../../src/taskpane/components/InputStep";
import "../../src/taskpane/components/ReportStep";
import "../../src/taskpane/components/ResultStep";
import "../../src/taskpane/components/RunStep";
import "../../src/excel/audit";
import "../../src/excel/comparisonSheet";
import "../../src/excel/indicatorSheet";
import "../../src/excel/run";

// CI builds and drives the browser suite beside these tests on two cores: give async queries time under load.
configure({ asyncUtilTimeout: 5000 });

/** The schemes step 1 offers in tests: [000]'s blocks and [004]'s C and D indicators (built-ins are elsewhere). */
export function testSchemes(): SchemeInput[] {
  const hongqiao = JSON.parse(
    readFileSync(join(__dirname, "..", "fixtures", "hongqiao-cd.scheme.json"), "utf8"),
  ) as SchemeInput;
  return [scheme000().input as SchemeInput, hongqiao];
}

/** Renders the pane and lets its first look at the workbook (shell.state()) finish. */
export async function renderPane(
  options: { language?: string; fake?: FakeExcel; shell?: ExcelShell; schemes?: SchemeInput[] } = {},
) {
  const fake = options.fake ?? new FakeExcel();
  if (fake.book.sheets.length === 0) fake.book.addSheet("Sheet1");
  const shell = options.shell ?? createExcelShell(fake.host);
  const strings = stringsFor(options.language ?? "zh-CN");
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App shell={shell} strings={strings} schemes={(options.schemes ?? testSchemes()).map(catalogueEntry)} />
    </FluentProvider>,
  );
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return { fake, shell, strings, view };
}

/**
 * Opens a tab and waits for its step: every step after 方案 is loaded on demand, behind a spinner (src/taskpane/steps.tsx),
 * and a scheme picked just before is loaded on demand as well.
 */
export async function openTab(name: string) {
  fireEvent.click(screen.getByRole("tab", { name }));
  await waitFor(() => expect(screen.queryByText(/^(正在加载…|Loading…)$/)).toBeNull());
}
