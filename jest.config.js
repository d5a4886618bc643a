/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Minutes of work at a scale the everyday suite does not need: `npm run test:scale` (jest.scale.config.js).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/scale/"],
  // The jsdom screens of the task pane take seconds on a loaded two-core machine; a slow machine is not a failure.
  testTimeout: 30_000,
};
