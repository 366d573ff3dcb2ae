import type { DataSource } from "typeorm";

/**
 * On the embedded database, a read never sees a write that is not committed.
 *
 * TypeORM gives the embedded driver one connection and one query runner for
 * everything, and a write's transaction holds that connection across its
 * awaits. Any other request's read that runs meanwhile — between two of the
 * write's statements, which is all an await takes — would run inside that
 * transaction, see its rows and answer with them, even when the write then
 * fails and rolls them back. MySQL never does so: each read has a connection
 * of its own. So here reads (the statements TypeORM runs for a find or a
 * query builder's select outside a transaction; raw SQL stays on the writer)
 * get a second, read-only connection to the same file, used only while the
 * writer's connection is in a transaction: WAL lets it read the last
 * committed state meanwhile. The choice is made at the statement's call,
 * synchronously, so no transaction can begin between the choice and the
 * read. The write's own reads go through its transaction's runner, and see
 * what it wrote.
 *
 * An in-memory database cannot be opened twice: there reads still share the
 * writer's connection.
 */

interface Statement {
  reader: boolean;
  all(...parameters: unknown[]): unknown[];
}

interface Connection {
  inTransaction: boolean;
  prepare(sql: string): Statement;
  close(): void;
}

interface Runner {
  getStmt(sql: string): Promise<Statement>;
}

interface EmbeddedDriver {
  sqlite: new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => Connection;
  databaseConnection: Connection;
  createQueryRunner(mode?: string): Runner;
}

/** As many statements as TypeORM keeps prepared for the writer. */
const STATEMENTS_KEPT = 100;

/** Sends `dataSource`'s reads to a read-only connection while a write's transaction is open; returns what closes it. */
export function readCommittedOnly(dataSource: DataSource, file: string): () => void {
  if (file === ":memory:") return () => undefined;
  const driver = dataSource.driver as unknown as EmbeddedDriver;
  const writer = driver.databaseConnection;
  // opened when first needed: most reads find no transaction open
  let committed: Connection | null = null;
  const create = driver.createQueryRunner.bind(driver);
  const writerRunner = create("master");
  // a runner of the driver's own kind; only its choice of connection differs
  const readerRunner = new (writerRunner.constructor as new (driver: EmbeddedDriver) => Runner)(driver);

  const onCommitted = new Map<string, Statement>();
  const preparedOnCommitted = (sql: string): Statement => {
    let statement = onCommitted.get(sql);
    if (!statement) {
      committed ??= new driver.sqlite(file, { readonly: true, fileMustExist: true });
      statement = committed.prepare(sql);
      onCommitted.set(sql, statement);
      if (onCommitted.size > STATEMENTS_KEPT) onCommitted.delete(onCommitted.keys().next().value!);
    }
    return statement;
  };
  const choices = new Map<string, Statement>();
  readerRunner.getStmt = async (sql: string) => {
    const onWriter = await writerRunner.getStmt(sql);
    if (!onWriter.reader) return onWriter; // a statement that writes goes to the one writer, as before
    let choice = choices.get(sql);
    if (!choice) {
      choice = { reader: true, all: (...parameters) => (writer.inTransaction ? preparedOnCommitted(sql) : onWriter).all(...parameters) };
      choices.set(sql, choice);
      if (choices.size > STATEMENTS_KEPT) choices.delete(choices.keys().next().value!);
    }
    return choice;
  };

  driver.createQueryRunner = (mode?: string) => (mode === "slave" ? readerRunner : create(mode));
  return () => committed?.close();
}
