/**
 * The commands at 130,000 units (test/scale): minutes of work, left out of the everyday `jest` run; `npm run
 * test:scale` runs them, and `npm test` runs them after the rest.
 */
const base = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/scale"],
  testPathIgnorePatterns: ["/node_modules/"],
};
