/** Small layout pieces every step uses, so the pane reads the same at 320 px and 500 px. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Buttons side by side, wrapping to the next line rather than touching or overflowing. */
export function Actions({ children }: { children: ReactNode }) {
  return <div className={useStyles().actions}>{children}</div>;
}

/** A part of a step under its own heading (h3: the step's own heading is the h2 of its tab panel). */
export function Section(props: { title?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section}>
      {props.title !== undefined && <h3 className={styles.heading}>{props.title}</h3>}
      {props.children}
    </section>
  );
}

/** lang for text from a scheme or a workbook (Chinese) shown in a pane that is not: a screen reader reads it as such. */
export function zhOf(strings: Strings): "zh-CN" | undefined {
  return strings.lang === "zh-CN" ? undefined : "zh-CN";
}
