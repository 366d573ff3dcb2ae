import type { Logger } from "pino";
import type {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from "typeorm";
import { AuditEntry } from "./audit";

const PENDING = "hubAuditLines";

/** What the log carries of an entry: who did what to which record, and where it sits in the chain — never its states, which may hold a person's data or a secret. */
function line(entry: Partial<AuditEntry>) {
  return {
    sequence: entry.sequence,
    hash: entry.hash,
    at: entry.at,
    user: entry.userId,
    role: entry.role,
    agencyCode: entry.agencyCode ?? undefined,
    actorProvinceCode: entry.actorProvinceCode ?? undefined,
    operation: entry.operation,
    entity: entry.entity,
    recordId: entry.recordId ?? undefined,
    outcome: entry.outcome,
    reason: entry.reason ?? undefined,
  };
}

function pending(runner: QueryRunner): ReturnType<typeof line>[] {
  const data = runner.data as Record<string, ReturnType<typeof line>[] | undefined>;
  return (data[PENDING] ??= []);
}

/**
 * Ships every audit entry as a JSON line (`"msg":"audit"`) on the service's
 * log once its transaction has committed — never one that was rolled back —
 * so the platform's collector keeps a copy of the trail off the
 * department's database, each line naming its user and chain position.
 */
class AuditLines implements EntitySubscriberInterface<AuditEntry> {
  constructor(private readonly logger: Logger) {}

  listenTo() {
    return AuditEntry;
  }

  afterInsert(event: InsertEvent<AuditEntry>) {
    pending(event.queryRunner).push(line(event.entity));
    if (!event.queryRunner.isTransactionActive) this.flush(event.queryRunner);
  }

  afterTransactionCommit(event: TransactionCommitEvent) {
    this.flush(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent) {
    pending(event.queryRunner).length = 0;
  }

  private flush(runner: QueryRunner) {
    const lines = pending(runner);
    for (const entry of lines.splice(0)) this.logger.info({ audit: entry }, "audit");
  }
}

export function shipAuditEntries(dataSource: DataSource, logger: Logger): void {
  (dataSource.subscribers as EntitySubscriberInterface[]).push(new AuditLines(logger));
}
