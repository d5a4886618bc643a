/**
 * 通报: the results paragraph drafted from the scores — this run's, or the later sheet of a comparison — with the most
 * improved units when a comparison was made, ready to copy into the 通报.
 */
import { Button, Field, Text, Textarea } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { draftReport } from "../../engine";
import type { RunResult, SheetComparison } from "../../excel";
import type { Strings } from "../strings";
import { Actions, Section, zhOf } from "./Layout";
import { LiveRegion, Notice } from "./Notice";

export function ReportStep(props: {
  strings: Strings;
  result: RunResult | undefined;
  compared: SheetComparison | undefined;
}) {
  const s = props.strings;
  const [copy, setCopy] = useState<"copied" | "failed" | undefined>();
  const area = useRef<HTMLTextAreaElement>(null);
  const compared = props.compared;
  const evaluation = props.result?.evaluation ?? compared?.comparison.after;
  if (!evaluation) return <Text block>{s.report.none}</Text>;
  const text = draftReport(
    evaluation,
    compared ? { comparison: compared.comparison, earlier: compared.labels.before } : {},
  ).text;

  const copyText = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setCopy("copied");
    } catch {
      // Some Office webviews keep the async clipboard closed: select the text so Ctrl+C works.
      area.current?.select();
      setCopy("failed");
    }
  };

  return (
    <Section>
      <Text block>{props.result ? s.report.fromRun : s.report.from(compared?.after ?? "")}</Text>
      {compared && <Text block>{s.report.withComparison(compared.labels.before, compared.labels.after)}</Text>}
      <Field label={s.report.text}>
        <Textarea ref={area} value={text} readOnly resize="vertical" rows={12} lang={zhOf(s)} />
      </Field>
      <Actions>
        <Button appearance="primary" onClick={() => void copyText()}>
          {s.report.copy}
        </Button>
      </Actions>
      <LiveRegion>
        {copy === "copied" && <Notice intent="success">{s.report.copied}</Notice>}
        {copy === "failed" && <Notice intent="warning">{s.report.copyFailed}</Notice>}
      </LiveRegion>
    </Section>
  );
}
