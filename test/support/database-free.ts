/**
 * For test files that read no database (the parser, the settings, the
 * files the build writes), or whose subject is the gateway's own behaviour
 * whatever the departments' database: they run once, in the first pass of
 * `npm test`. The MySQL pass would repeat them unchanged; skipping them there
 * keeps CI short. That pass does not even load a file whose describes are all
 * such: scripts/mysql-pass-filter.ts knows these helpers by name, so a renamed
 * one leaves its files loaded (and skipped) until the filter is told.
 */
export const describeWithoutDatabase: jest.Describe = process.env.HUB_TEST_DATABASE === "mysql" ? describe.skip : describe;

/**
 * For a slow test best run on the production database (the benchmark): once,
 * in the MySQL pass when `npm test` has a server (as in CI), else in the
 * first pass.
 */
export const describeOnceOnMysqlIfAny: jest.Describe =
  process.env.HUB_TEST_MYSQL_URL && process.env.HUB_TEST_DATABASE !== "mysql" ? describe.skip : describe;
