/** A message bar for one outcome: success, warning or error, with an optional list under it. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";

export function Notice(props: {
  intent: "success" | "warning" | "error" | "info";
  title?: string;
  children?: ReactNode;
}) {
  return (
    <MessageBar intent={props.intent} layout="multiline">
      <MessageBarBody>
        {props.title !== undefined && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}
