/**
 * One shell call at a time per screen: whether it is running and what it is doing (for its spinner), and what went
 * wrong if it threw. Buttons stay focusable while busy (disabledFocusable), so focus never falls to the page.
 */
import { useCallback, useState } from "react";

export function useAction() {
  const [doing, setDoing] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const act = useCallback(async <T>(work: () => Promise<T>, what = ""): Promise<T | undefined> => {
    setDoing(what);
    setFailure(undefined);
    try {
      return await work();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return undefined;
    } finally {
      setDoing(undefined);
    }
  }, []);
  return { busy: doing !== undefined, doing: doing === "" ? undefined : doing, failure, act };
}
