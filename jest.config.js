/**
 * Tests run the TypeScript sources directly. ts-jest transpiles each file on its
 * own (`npm test` type-checks the whole project first) and keeps decorator
 * metadata for type-graphql and TypeORM.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }],
  },
  setupFiles: ["reflect-metadata", "<rootDir>/test/support/environment.ts"],
  testTimeout: 60000,
};
