/** Task pane entry: wait for Office, then render the app inside Fluent UI's provider, in Office's display language. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelShell, officeHost } from "../excel";
// The catalogue, not the schemes' index: that one holds every scheme file, which the first screen does without.
import { builtinCatalogue } from "../schemes/catalogue";
import { App } from "./App";
import { loadStrings } from "./strings";

void Office.onReady(async () => {
  const container = document.getElementById("container");
  if (!container) return;
  const strings = await loadStrings(Office.context.displayLanguage);
  document.documentElement.lang = strings.lang;
  document.title = strings.appTitle;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App shell={createExcelShell(officeHost())} strings={strings} schemes={builtinCatalogue} />
    </FluentProvider>,
  );
});
