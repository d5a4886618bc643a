/** Microsoft's add-in manifest schemas (../shared/office-schemas) and xmllint over them: used by the manifest tests. */
import { spawnSync, SpawnSyncReturns } from "child_process";
import { existsSync } from "fs";
import { join } from "path";

const root = join(__dirname, "..");

/** The schema folder: $OFFICE_SCHEMAS, ../shared (a checkout beside shared/) or the machine's /work/shared. */
export function schemaFile(): string {
  const candidates = [
    process.env.OFFICE_SCHEMAS,
    join(root, "..", "shared", "office-schemas"),
    join(root, "..", "..", "shared", "office-schemas"),
    "/work/shared/office-schemas",
  ].filter((d): d is string => d !== undefined);
  const dir = candidates.find((d) => existsSync(join(d, "OfficeAppManifestV1_1.xsd")));
  if (!dir) {
    throw new Error(
      `Microsoft's manifest schemas were not found (looked in ${candidates.join(", ")}); set OFFICE_SCHEMAS to the folder holding OfficeAppManifestV1_1.xsd`,
    );
  }
  return join(dir, "OfficeAppManifestV1_1.xsd");
}

/** `xmllint --noout --schema OfficeAppManifestV1_1.xsd <file>`, offline. */
export function xmllint(file: string): SpawnSyncReturns<string> {
  const p = spawnSync("xmllint", ["--noout", "--schema", schemaFile(), file], { encoding: "utf8" });
  if (p.error && (p.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error(
      "xmllint is not installed. Debian/Ubuntu: apt-get update && apt-get install -y libxml2-utils; macOS: brew install libxml2",
    );
  }
  return p;
}
