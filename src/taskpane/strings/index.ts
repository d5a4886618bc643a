/** The pane's strings: Chinese by default, English when Office's display language is English. */
import type { Message } from "../../excel";
import { enUS } from "./en-US";
import type { Strings } from "./types";
import { zhCN } from "./zh-CN";

export type { Strings };

const english = (displayLanguage: string | undefined) => displayLanguage?.toLowerCase().startsWith("en") === true;

export function stringsFor(displayLanguage: string | undefined): Strings {
  return english(displayLanguage) ? enUS : zhCN;
}

/** As `stringsFor`, the English strings fetched only when English is asked for: the first screen carries Chinese. */
export async function loadStrings(displayLanguage: string | undefined): Promise<Strings> {
  return english(displayLanguage) ? (await import(/* webpackChunkName: "strings-en-US" */ "./en-US")).enUS : zhCN;
}

/** A message from the shell or the engine, in the pane's language. */
export function say(strings: Strings, message: Pick<Message, "zh" | "en">): string {
  return strings.lang === "en-US" ? message.en : message.zh;
}
