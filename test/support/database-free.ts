/**
 * For test files that read no database (the parser, the settings, the
 * files the build writes): they run once, in the first pass of `npm test`.
 * The MySQL pass would repeat them unchanged; skipping them there keeps CI
 * short.
 */
export const describeWithoutDatabase: jest.Describe = process.env.HUB_TEST_DATABASE === "mysql" ? describe.skip : describe;
