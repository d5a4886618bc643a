/** Asks before the add-in overwrites cells someone edited by hand in a region it wrote. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { CellRef } from "../../excel";
import type { Strings } from "../strings";

export function cellsText(cells: readonly CellRef[]): string {
  return cells.map((c) => `${c.sheet}!${c.address}`).join("、");
}

export function ConfirmOverwrite(props: {
  strings: Strings;
  edits: { cells: CellRef[]; resized: boolean } | undefined;
  onOverwrite: () => void;
  onCancel: () => void;
}) {
  const { strings: s, edits } = props;
  return (
    <Dialog open={edits !== undefined} onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.run.handEditsTitle}</DialogTitle>
          <DialogContent>
            {edits && (edits.resized ? s.run.resized : s.run.handEdits(cellsText(edits.cells)))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onOverwrite}>
              {s.run.overwrite}
            </Button>
            <Button onClick={props.onCancel}>{s.common.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
