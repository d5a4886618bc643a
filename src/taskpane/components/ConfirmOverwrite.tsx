/**
 * Asks before the add-in overwrites cells someone edited by hand in a region it wrote. It opens on 取消, the action
 * that loses nothing, and gives focus back to where it was when it closes (not to the page).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
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
  const open = edits !== undefined;
  // The element focused when the dialog opened (the button that asked; it stays focusable while busy).
  const opener = useRef<HTMLElement | null>(null);
  if (open && opener.current === null && typeof document !== "undefined") {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }
  useEffect(() => {
    if (open || !opener.current) return;
    const back = opener.current;
    opener.current = null;
    // After the dialog's own focus handling has let go.
    setTimeout(() => {
      if (back.isConnected) back.focus();
    }, 0);
  }, [open]);
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.run.handEditsTitle}</DialogTitle>
          <DialogContent>
            {edits && (edits.resized ? s.run.resized : s.run.handEdits(cellsText(edits.cells)))}
          </DialogContent>
          <DialogActions>
            {/* First, so the dialog opens on it: Enter on opening must not overwrite anyone's work. */}
            <Button appearance="primary" onClick={props.onCancel}>
              {s.common.cancel}
            </Button>
            <Button onClick={props.onOverwrite}>{s.run.overwrite}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
