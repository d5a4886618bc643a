/**
 * How a step answers: a message bar for one outcome (success, warning or error, with an optional list under it), the
 * live region outcomes and errors are put in so a screen reader announces them, and the spinner of a long action.
 */
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
  useId,
} from "@fluentui/react-components";
import { ReactNode, useEffect, useRef } from "react";

export function Notice(props: {
  intent: "success" | "warning" | "error" | "info";
  title?: string;
  children?: ReactNode;
}) {
  // Fluent labels the bar by its title's id, which does not exist without a title: label it by its body instead.
  const body = useId("notice");
  return (
    <MessageBar intent={props.intent} layout="multiline" aria-labelledby={body}>
      <MessageBarBody id={body}>
        {props.title !== undefined && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}

const useStyles = makeStyles({
  live: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * Where a step's outcome appears: a polite live region that exists before anything is put in it (a region added
 * together with its text is not announced), scrolled into view whenever its content changes so the answer to a click
 * is where the eye is. Fluent's MessageBar announces only through an AriaLiveAnnouncer, which Office does not render.
 */
export function LiveRegion({ children, label }: { children?: ReactNode; label?: string }) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const region = ref.current;
    if (!region || typeof MutationObserver === "undefined") return;
    const reveal = new MutationObserver(() => {
      if (region.childElementCount > 0) region.scrollIntoView?.({ block: "nearest" });
    });
    reveal.observe(region, { childList: true, subtree: true, characterData: true });
    return () => reveal.disconnect();
  }, []);
  return (
    <div ref={ref} role="status" aria-label={label} className={styles.live}>
      {children}
    </div>
  );
}

/** The spinner of a long action, saying what it is doing. */
export function Busy({ doing }: { doing: string | undefined }) {
  return doing === undefined ? null : <Spinner size="tiny" labelPosition="after" label={doing} />;
}
