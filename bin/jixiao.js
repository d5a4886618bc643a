#!/usr/bin/env node
// The jixiao command: runs the compiled command line (npm install builds it into dist/ through "prepare").
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "dist", "cli", "index.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("jixiao: 尚未编译，请先运行 npm run build:cli\n");
  process.exit(2);
}
// Output is written as it goes and only on success (src/cli/stdout.ts).
require(entry)
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
