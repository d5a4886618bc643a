/**
 * What the Chromium suite asserts of the task pane at every step and width, measured in the pane's own frame:
 * - layout: every visible element's box lies within the pane's width and is not cut by an ancestor that hides
 *   overflow; the page does not scroll sideways; no text runs one character per line; every tab and button can be
 *   scrolled into view and receives a click at its centre;
 * - accessibility: axe-core at WCAG 2.1 A/AA and best practice, with zero violations but one documented exception.
 */
import { readFileSync } from "fs";
import type { Frame } from "playwright-core";

export interface LayoutProblem {
  what: string;
  element: string;
}

/** Everything the layout checks find wrong in the frame's document (empty when the pane is right). */
export function layoutProblems(frame: Frame): Promise<LayoutProblem[]> {
  return frame.evaluate(() => {
    const problems: { what: string; element: string }[] = [];
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const describe = (el: Element) => {
      const text = (el.textContent ?? "").trim().slice(0, 40);
      const cls = typeof el.className === "string" ? el.className.split(" ")[0] : "";
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${cls ? `.${cls}` : ""}> “${text}”`;
    };
    /** Visible to a person: rendered, not transparent to sight, and bigger than a focus-redirect dummy's 1 px. */
    const visible = (el: Element) => {
      if (el.closest("[data-tabster-dummy]")) return false;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none" || Number(style.opacity) === 0) return false;
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1;
    };
    const clips = (style: CSSStyleDeclaration) => ({
      x: style.overflowX !== "visible" || style.clipPath !== "none",
      y: style.overflowY !== "visible" || style.clipPath !== "none",
    });
    if (doc.scrollWidth > width + 1) {
      problems.push({ what: `the pane scrolls sideways (${doc.scrollWidth} px in ${width} px)`, element: "html" });
    }
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.left < -0.5 || r.right > width + 0.5) {
        problems.push({
          what: `outside the pane's width (${Math.round(r.left)}…${Math.round(r.right)})`,
          element: describe(el),
        });
        continue;
      }
      // Cut by an ancestor that hides (or scrolls) its overflow: part of the element cannot be seen as laid out.
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const clip = clips(getComputedStyle(a));
        if (!clip.x && !clip.y) continue;
        const box = a.getBoundingClientRect();
        const cutX = clip.x && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
        const cutY = clip.y && (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5);
        if (cutX || cutY) {
          problems.push({ what: `cut by ${describe(a)}`, element: describe(el) });
          break;
        }
      }
    }
    // Text squeezed to a character per line: a text node of several characters laid out in about as many lines.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const chars = [...(node.textContent ?? "").replace(/\s+/g, "")].length;
      const parent = node.parentElement;
      if (chars < 3 || !parent || !visible(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))).size;
      if (lines > 1 && chars / lines < 2) {
        problems.push({ what: `${chars} characters in ${lines} lines`, element: describe(parent) });
      }
    }
    return problems;
  });
}

/** Tabs and buttons that cannot be brought into view and clicked at their centre (enabled ones). */
export function unreachableControls(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const bad: string[] = [];
    const controls = Array.from(document.querySelectorAll<HTMLElement>("[role=tab], button, [role=button]"));
    for (const el of controls) {
      if (el.closest("[data-tabster-dummy]") || el.closest("[hidden]")) continue;
      const r0 = el.getBoundingClientRect();
      if (r0.width <= 1 || r0.height <= 1) continue;
      el.scrollIntoView({ block: "nearest", inline: "nearest" });
      const r = el.getBoundingClientRect();
      const name = `${el.getAttribute("role") ?? el.tagName.toLowerCase()} “${(el.textContent ?? "").trim()}”`;
      if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) {
        bad.push(`${name} is not within view`);
        continue;
      }
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !el.contains(hit)) bad.push(`${name} is covered by ${hit ? hit.tagName.toLowerCase() : "nothing"}`);
    }
    window.scrollTo(0, 0);
    return bad;
  });
}

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  help: string;
  nodes: string[];
}

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[]; html: string }[] }[];
}

/**
 * axe-core's violations in the frame at WCAG 2.0/2.1 A and AA and best practice. The one exception: Fluent's focus
 * managers (tabster) put focus-redirecting dummies — `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` — at the
 * edges of tab lists, dialogs and other focus groups; axe reports them under aria-hidden-focus. Fluent closed this as
 * by design (microsoft/fluentui#27517; microsoft/tabster#288: they move focus on at once and must stay hidden from
 * screen readers), and Microsoft's own Accessibility Insights suppresses exactly these
 * (microsoft/accessibility-insights-web#7605).
 */
export async function axeViolations(frame: Frame): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the pane's Content-Security-Policy does not govern.
  if (!(await frame.evaluate("typeof window.axe !== 'undefined'"))) await frame.evaluate(AXE_SOURCE);
  const results = (await frame.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: unknown): Promise<unknown> } }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      resultTypes: ["violations"],
    }),
  )) as AxeResults;
  return results.violations
    .map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes
        .filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy")))
        .map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 160)}`),
    }))
    .filter((v) => v.nodes.length > 0);
}

/**
 * Where focus is in the frame: the focused element's tag, role and name (its aria-label, its label, or its shown
 * text), as `button “生成录入表”`; "body" when focus fell to the page.
 */
export function focused(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "body";
    const role = el.getAttribute("role");
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    // innerText: what is shown (a Fluent tab also holds a hidden copy of its label to reserve its bold width).
    const name = el.getAttribute("aria-label") ?? label ?? el.innerText ?? "";
    return `${el.tagName.toLowerCase()}${role ? `[role=${role}]` : ""} “${name.trim().slice(0, 40)}”`;
  });
}

/** Whether `text` is shown inside a live region (role=status or alert, or aria-live), so it is announced. */
export function inLiveRegion(frame: Frame, text: string): Promise<boolean> {
  return frame.evaluate((wanted) => {
    const regions = Array.from(
      document.querySelectorAll("[role=status], [role=alert], [aria-live=polite], [aria-live=assertive]"),
    );
    return regions.some((r) => (r.textContent ?? "").includes(wanted));
  }, text);
}
