/**
 * The steps after 方案, each in a chunk of its own that is fetched when its tab is first opened: the first screen's
 * script holds only 方案's code (issue 13 §5, the ≤ 200 KiB first screen; test/preview/bundle.test.ts). The pane's
 * Content-Security-Policy allows the chunks: they are scripts from the pane's own address ('self').
 */
import { Spinner } from "@fluentui/react-components";
import { ComponentProps, lazy, ReactNode, Suspense } from "react";
import type { Strings } from "./strings";

/** A spinner in place of a step while its chunk comes. */
function Loaded({ strings, children }: { strings: Strings; children: ReactNode }) {
  return <Suspense fallback={<Spinner size="small" label={strings.common.loading} />}>{children}</Suspense>;
}

const Input = lazy(() =>
  import(/* webpackChunkName: "step-input" */ "./components/InputStep").then((m) => ({ default: m.InputStep })),
);
const Run = lazy(() =>
  import(/* webpackChunkName: "step-run" */ "./components/RunStep").then((m) => ({ default: m.RunStep })),
);
const Result = lazy(() =>
  import(/* webpackChunkName: "step-result" */ "./components/ResultStep").then((m) => ({ default: m.ResultStep })),
);
const Audit = lazy(() =>
  import(/* webpackChunkName: "step-audit" */ "./components/AuditStep").then((m) => ({ default: m.AuditStep })),
);
const Compare = lazy(() =>
  import(/* webpackChunkName: "step-compare" */ "./components/CompareStep").then((m) => ({ default: m.CompareStep })),
);
const Report = lazy(() =>
  import(/* webpackChunkName: "step-report" */ "./components/ReportStep").then((m) => ({ default: m.ReportStep })),
);

export const InputStep = (props: ComponentProps<typeof Input>) => (
  <Loaded strings={props.strings}>
    <Input {...props} />
  </Loaded>
);
export const RunStep = (props: ComponentProps<typeof Run>) => (
  <Loaded strings={props.strings}>
    <Run {...props} />
  </Loaded>
);
export const ResultStep = (props: ComponentProps<typeof Result>) => (
  <Loaded strings={props.strings}>
    <Result {...props} />
  </Loaded>
);
export const AuditStep = (props: ComponentProps<typeof Audit>) => (
  <Loaded strings={props.strings}>
    <Audit {...props} />
  </Loaded>
);
export const CompareStep = (props: ComponentProps<typeof Compare>) => (
  <Loaded strings={props.strings}>
    <Compare {...props} />
  </Loaded>
);
export const ReportStep = (props: ComponentProps<typeof Report>) => (
  <Loaded strings={props.strings}>
    <Report {...props} />
  </Loaded>
);
