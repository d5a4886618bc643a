/**
 * Four projects (`npx jest --selectProjects pure` runs one):
 * - pure: the engine, schemes, workbook grids, the .xlsx layer, the CLI in-process, the Excel shell on the fake host
 *   and property tests — no outside program; `npm run test:fast` runs these.
 * - jsdom: the task pane's screens in jsdom.
 * - integration: tests that drive real programs — LibreOffice recalculating what we write, Chromium showing the
 *   pane, xmllint on the manifest, the TypeScript compiler on each layer, ESLint, child processes with a capped heap,
 *   a build for an office's address served over HTTPS, openssl, the single executable.
 * - scale: the commands on 130,000 units (test/scale), minutes of work: `npm run test:scale`.
 * `npm test` runs all four.
 */
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] };

/** Test files that run an outside program, by path from the project's root. */
const INTEGRATION = [
  "test/preview/preview.test.ts",
  "test/preview/bundle.test.ts",
  "test/manifest.test.ts",
  "test/lint.test.ts",
  "test/layers.test.ts",
  "test/cli/libreoffice.test.ts",
  "test/xlsx/patch.test.ts",
  "test/xlsx/hostile*.test.ts",
  "test/xlsx/rewrite.test.ts",
  "test/cli/safeWrite.test.ts",
  "test/deploy/build.test.ts",
  "test/deploy/exe.test.ts",
];

/** @type {import('jest').Config} */
module.exports = {
  // The jsdom screens of the task pane take seconds on a loaded two-core machine; a slow machine is not a failure.
  testTimeout: 30_000,
  projects: [
    {
      displayName: "pure",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      transform,
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: [
        "/node_modules/",
        "<rootDir>/test/taskpane/",
        "<rootDir>/test/scale/",
        ...INTEGRATION.map(pattern),
      ],
    },
    {
      displayName: "jsdom",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      transform,
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
    },
    {
      displayName: "integration",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      transform,
      testMatch: INTEGRATION.map((p) => `<rootDir>/${p}`),
    },
    {
      displayName: "scale",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      transform,
      testMatch: ["<rootDir>/test/scale/**/*.test.ts"],
    },
  ],
};

/** A glob of INTEGRATION as the regular expression testPathIgnorePatterns wants. */
function pattern(glob) {
  return `<rootDir>/${glob.replace(/[.]/g, "\\.").replace(/\*/g, "[^/]*")}$`;
}
