/**
 * What the shell needs from Office: a way to run a batch against the workbook, the document's settings store and a
 * requirement-set check. `officeHost()` gives the real ones; tests hand in the fake host's.
 */

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office's document settings: saved inside the workbook, readable without a sync. */
  settings: Office.Settings;
  isSetSupported(name: string, version: string): boolean;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    settings: Office.context.document.settings,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** Writes the settings into the document (they travel with the file once it is saved). */
export function saveSettings(settings: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      // office.js reports the status as the string "failed", whatever the enum's declared type.
      if (String(result.status) === "failed") reject(new Error(result.error?.message ?? "settings.saveAsync failed"));
      else resolve();
    });
  });
}
