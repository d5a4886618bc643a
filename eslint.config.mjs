// ESLint: Microsoft's Office add-in rules (load/sync protocol, no sync in loops) plus the project's own guards.
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import { createRequire } from "module";

// The TypeScript parser the Office plugin itself ships with, so both agree on one version.
const fromPlugin = createRequire(createRequire(import.meta.url).resolve("eslint-plugin-office-addins"));
const tsParser = fromPlugin("@typescript-eslint/parser");
const tsPlugin = fromPlugin("@typescript-eslint/eslint-plugin");

const floatOnScores = [
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(round|floor|ceil|trunc)$/]",
    message: "Scores are decimals: use the helpers in src/engine/decimal.ts, never Math rounding.",
  },
  {
    selector: "CallExpression[callee.property.name='toFixed']",
    message: "toFixed rounds binary floats half-even-ish ((3.675).toFixed(2) is 3.67): use decimal.ts.",
  },
  {
    selector:
      "CallExpression[callee.name='parseFloat'], CallExpression[callee.object.name='Number'][callee.property.name='parseFloat']",
    message: "Parse cell text with src/engine/cell.ts, which keeps decimals exact.",
  },
];

export default [
  { ignores: ["node_modules/**", "dist/**", "dist-*/**", "coverage/**", "test-output/**", "assets/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    // TypeScript itself reports undefined names, and knows about types ESLint does not.
    rules: { "no-undef": "off", "no-redeclare": "off" },
  },
  {
    // The Office preset checks unused variables TypeScript's way in .ts files only; .tsx gets the same.
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin },
    rules: { "no-unused-vars": "off", "@typescript-eslint/no-unused-vars": "error" },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.node, ...globals.browser, Office: "readonly", Excel: "readonly" },
    },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    files: ["src/engine/**/*.ts", "src/schemes/**/*.ts", "src/workbook/**/*.ts"],
    // decimal.ts and exact.ts define the engine's numbers and their text; their toFixed is exact, not binary.
    ignores: ["src/engine/decimal.ts", "src/engine/exact.ts"],
    rules: { "no-restricted-syntax": ["error", ...floatOnScores] },
  },
];
