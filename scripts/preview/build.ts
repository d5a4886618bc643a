/**
 * Builds the add-in (production) and the preview into one folder, in one webpack run: <out>/addin and
 * <out>/preview. The end-to-end test and the benchmark use it, so neither depends on a build lying around.
 */
import { execFile } from "child_process";
import { setPriority } from "os";
import { join } from "path";

export interface PreviewBuild {
  addin: string;
  preview: string;
}

export function buildPreview(root: string, out: string): Promise<PreviewBuild> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const args = [
    cli,
    "--config",
    join(root, "scripts", "preview", "webpack.config.js"),
    "--mode",
    "production",
    "--env",
    `out=${out}`,
    "--stats",
    "errors-warnings",
  ];
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      args,
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`webpack failed:\n${String(stdout).slice(-4000)}\n${String(stderr).slice(-4000)}`));
        else resolve({ addin: join(out, "addin"), preview: join(out, "preview") });
      },
    );
    try {
      // A build beside the other test suites: it yields the processor to them rather than slowing their timers.
      if (child.pid !== undefined) setPriority(child.pid, 10);
    } catch {
      // not permitted here: the build runs at normal priority
    }
  });
}
