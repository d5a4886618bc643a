/**
 * Where a layer's tsconfig sends a package that layer may not import (react in the engine, Office.js in the CLI…):
 * the import then fails the type check with the error below, naming this file. See docs/architecture.md.
 */
export const 这一层不能导入这个包_见docs_architecture_md: never = "forbidden import";
