/** The pane's strings: Chinese by default, English when Office's display language is English. */
import type { Message } from "../../excel";
import { enUS } from "./en-US";
import type { Strings } from "./types";
import { zhCN } from "./zh-CN";

export type { Strings };

export function stringsFor(displayLanguage: string | undefined): Strings {
  return displayLanguage?.toLowerCase().startsWith("en") ? enUS : zhCN;
}

/** A message from the shell or the engine, in the pane's language. */
export function say(strings: Strings, message: Pick<Message, "zh" | "en">): string {
  return strings.lang === "en-US" ? message.en : message.zh;
}
