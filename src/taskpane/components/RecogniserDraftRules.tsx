/**
 * 起草规则 with the 评分标准 recogniser as its drafter: a chunk of its own, fetched when 方案 first shows it, so the
 * recogniser's patterns stay off the pane's first screen.
 */
import { recogniserDrafter } from "../../workbook";
import type { ExcelShell } from "../../excel";
import type { Strings } from "../strings";
import { DraftRules } from "./DraftRules";

export default function RecogniserDraftRules(props: { strings: Strings; shell: ExcelShell }) {
  return <DraftRules strings={props.strings} shell={props.shell} drafter={recogniserDrafter} />;
}
