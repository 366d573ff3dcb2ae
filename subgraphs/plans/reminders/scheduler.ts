import { randomUUID } from "node:crypto";
import os from "node:os";
import nodemailer, { type Transporter } from "nodemailer";
import type { Logger } from "pino";
import { IsNull, type DataSource } from "typeorm";
import { v7 as timeOrderedId } from "uuid";
import { subgraphFunction, type Official } from "../../../shared/auth/identity";
import { daysBetween, workingDaysAfter } from "../../../shared/core/calendar";
import { holdersOf, todayInVietnam } from "../../../shared/core/functions";
import { documentOptions, LETTERS_DATA, pickSigner, reportData, type SignatoryAnswer } from "../../../shared/documents/document-request";
import { PERIOD_SUBJECT, reminderLetters, type Period } from "../../../shared/documents/province-report";
import { outsideWrites } from "../../../shared/records/writes";
import { withoutCredentials } from "../../../shared/service/logging";
import { ReportingDeadline } from "../reporting/reporting";
import { ReminderMessage, ReminderStatus, ReminderStep, SchedulerLease } from "./reminder";

/**
 * Reminders that go out by themselves: each run, the plans department finds
 * every report owed against a deadline coming up (days configurable), passed,
 * or written as no real date, and e-mails the agency's focal points the
 * reminder letter — the same letter `POST /documents/reminder-letters`
 * makes, from the same query, run here against this department alone as
 * the coordinator of the department in charge. Every message is recorded;
 * the (agency, deadline, step) key means nothing is sent twice; a lease in
 * the database lets only one replica run at a time. Without SMTP settings
 * the reminders are listed for the coordinator to send by hand.
 */
export interface ReminderSettings {
  enabled: boolean;
  /** How often the scheduler looks (HUB_REMINDER_INTERVAL_SECONDS, default an hour). */
  intervalMs: number;
  /**
   * How long a replica keeps the lease after its last run began
   * (HUB_REMINDER_LEASE_SECONDS, default two intervals and at least a
   * minute): a replica that dies with it is replaced after this long.
   */
  leaseMs: number;
  /** Days ahead of a deadline to remind (HUB_REMINDER_DAYS_BEFORE, default "7,1"). */
  daysBefore: number[];
  /** How long after a deadline a missing report is still chased (HUB_REMINDER_CHASE_DAYS, default 60). */
  chaseDays: number;
  /** Working days the letter gives to answer (HUB_REMINDER_RESPOND_WITHIN, default 5). */
  respondWithin: number;
  /** smtp:// or smtps:// URL with credentials (HUB_SMTP_URL); none: reminders are listed to send by hand. */
  smtpUrl: string | null;
  /** The sender (HUB_SMTP_FROM). */
  from: string;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
    throw new Error(`${name} must be a whole number from 1 to ${max}, not "${raw}".`);
  return Number(raw);
}

/** The scheduler's settings from the environment; a bad one stops the start with its name. */
export function reminderSettings(env: NodeJS.ProcessEnv = process.env): ReminderSettings {
  const enabled = (env.HUB_REMINDERS ?? "on").toLowerCase();
  if (enabled !== "on" && enabled !== "off") throw new Error(`HUB_REMINDERS must be on or off, not "${env.HUB_REMINDERS}".`);
  const days = (env.HUB_REMINDER_DAYS_BEFORE ?? "7,1").split(",").map((d) => d.trim());
  if (days.some((d) => !/^\d{1,3}$/.test(d) || Number(d) < 1))
    throw new Error(`HUB_REMINDER_DAYS_BEFORE must be days ahead of a deadline, e.g. "7,1", not "${env.HUB_REMINDER_DAYS_BEFORE}".`);
  const smtpUrl = env.HUB_SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) throw new Error("HUB_SMTP_URL must be an smtp:// or smtps:// URL.");
  const intervalMs = positiveInteger(env, "HUB_REMINDER_INTERVAL_SECONDS", 3600, 86_400) * 1000;
  return {
    enabled: enabled === "on",
    intervalMs,
    leaseMs: positiveInteger(env, "HUB_REMINDER_LEASE_SECONDS", Math.max((2 * intervalMs) / 1000, 60), 172_800) * 1000,
    daysBefore: [...new Set(days.map(Number))].sort((a, b) => a - b),
    chaseDays: positiveInteger(env, "HUB_REMINDER_CHASE_DAYS", 60, 3650),
    respondWithin: positiveInteger(env, "HUB_REMINDER_RESPOND_WITHIN", 5, 60),
    smtpUrl,
    from: env.HUB_SMTP_FROM?.trim() || "Hệ thống thông tin đối ngoại <no-reply@localhost>",
  };
}

/** What the scheduler needs of the running plans subgraph: its database, and its own schema to ask as an official. */
export interface PlansService {
  db: DataSource;
  logger: Logger;
  execute(
    query: string,
    variables: Record<string, unknown>,
    viewer: Official,
  ): Promise<{ data?: any; errors?: readonly { message: string }[] }>;
}

const LEASE = "reminders";

/** Takes (or keeps) the lease for `ms`: true when this holder may run now. */
async function takeLease(db: DataSource, holder: string, ms: number, now = Date.now()): Promise<boolean> {
  const until = String(now + ms);
  const taken = await db
    .createQueryBuilder()
    .update(SchedulerLease)
    .set({ holder, until })
    .where("name = :name AND (holder = :holder OR until < :now)", { name: LEASE, holder, now: String(now) })
    .execute();
  if (taken.affected) return true;
  try {
    await db.getRepository(SchedulerLease).insert({ name: LEASE, holder, until });
    return true;
  } catch {
    return false; // another replica holds it
  }
}

const FOCAL_POINTS = /* GraphQL */ `
  query ReminderRecipients($provinceCode: String!) {
    agencies(provinceCode: $provinceCode) {
      id
      focalPoints {
        fullName
        email
      }
    }
  }
`;

interface Due {
  agency: { id: string; name: string };
  deadline: ReportingDeadline;
  step: ReminderStep;
  daysBefore: number | null;
}

/** The step a report is at today, if any reminder is due for it. */
function stepFor(
  report: { state: string; dueOn: string | null; submittedOn: string | null },
  today: string,
  settings: ReminderSettings,
): { step: ReminderStep; daysBefore: number | null } | null {
  if (report.state === "MISSING") return { step: ReminderStep.REPORT_MISSING, daysBefore: null };
  if (report.state === "DEADLINE_UNKNOWN" && !report.submittedOn) return { step: ReminderStep.DEADLINE_UNKNOWN, daysBefore: null };
  if (report.state === "PENDING" && report.dueOn) {
    const ahead = daysBetween(today, report.dueOn);
    const days = settings.daysBefore.find((d) => ahead <= d);
    return days === undefined ? null : { step: ReminderStep.BEFORE_DEADLINE, daysBefore: days };
  }
  return null;
}

const stepKey = (step: ReminderStep, daysBefore: number | null) => (daysBefore === null ? step : `${step}:${daysBefore}`);

/** The coordinator of the department in charge, as whom the scheduler reads and writes letters: no clearance. */
function schedulerOfficial(provinceCode: string, today: string): Official | null {
  const code = holdersOf(subgraphFunction("plans"), provinceCode, today)[0];
  return code
    ? { anonymous: false, userId: "hub-reminders", provinceCode, agencyCode: code, role: "coordinator", clearance: "INTERNAL" }
    : null;
}

/** Deadlines a reminder may concern today: coming up, passed within the chase period, or unreadable in this year's or last year's plan. */
async function deadlinesInPlay(db: DataSource, today: string, settings: ReminderSettings): Promise<ReportingDeadline[]> {
  const year = Number(today.slice(0, 4));
  const all = await db.getRepository(ReportingDeadline).find({ order: { provinceCode: "ASC", year: "ASC" } });
  const ahead = Math.max(...settings.daysBefore);
  return all.filter((d) =>
    d.dueOn ? -settings.chaseDays <= daysBetween(today, d.dueOn) && daysBetween(today, d.dueOn) <= ahead : d.year >= year - 1,
  );
}

export interface ReminderRun {
  ran: boolean;
  recorded: ReminderMessage[];
}

/** One pass: finds what is due, records each reminder once, sends it (or lists it). */
export async function runReminders(
  service: PlansService,
  settings: ReminderSettings,
  options: { holder: string; today?: string; transport?: Transporter | null },
): Promise<ReminderRun> {
  const { db } = service;
  const today = options.today ?? todayInVietnam();
  // the scheduler's own statements go where no request's write can take them in, nor roll them back
  if (!(await outsideWrites(db, () => takeLease(db, options.holder, settings.leaseMs)))) return { ran: false, recorded: [] };
  const recorded: ReminderMessage[] = [];
  const deadlines = await deadlinesInPlay(db, today, settings);
  const groups = new Map<string, ReportingDeadline[]>();
  for (const d of deadlines) groups.set(`${d.provinceCode}|${d.year}`, [...(groups.get(`${d.provinceCode}|${d.year}`) ?? []), d]);
  for (const group of groups.values()) {
    const { provinceCode, year } = group[0];
    const official = schedulerOfficial(provinceCode, today);
    if (!official) continue;
    const answer = await service.execute(LETTERS_DATA, { provinceCode, year, on: today }, official);
    const people = await service.execute(FOCAL_POINTS, { provinceCode }, official);
    if (!answer.data?.province || answer.errors?.length || people.errors?.length) {
      service.logger.warn(
        { provinceCode, year, errors: [...(answer.errors ?? []), ...(people.errors ?? [])] },
        "reminders: could not read",
      );
      continue;
    }
    const ids = new Set(group.map((d) => d.id));
    const due: Due[] = [];
    for (const agency of answer.data.agencies as { id: string; name: string; reports: any[] }[])
      for (const report of agency.reports) {
        const deadline = group.find((d) => d.id === report.deadlineId) ?? null;
        const step = deadline && ids.has(deadline.id) ? stepFor(report, today, settings) : null;
        if (deadline && step) due.push({ agency, deadline, ...step });
      }
    const contacts = new Map<string, { fullName: string; email: string | null }[]>(
      (people.data.agencies as { id: string; focalPoints: { fullName: string; email: string | null }[] }[]).map((a) => [
        a.id,
        a.focalPoints,
      ]),
    );
    for (const item of due) {
      const message = await outsideWrites(db, () => claim(db, item, provinceCode, settings.leaseMs));
      if (!message) continue;
      recorded.push(
        await deliver(
          service,
          settings,
          options.transport ?? null,
          message,
          item,
          answer.data,
          contacts.get(item.agency.id) ?? [],
          today,
          official,
        ),
      );
    }
  }
  return { ran: true, recorded };
}

/** Records the reminder before anything is sent: a second replica, or a second run, finds it and sends nothing. Failed ones are retried. */
async function claim(db: DataSource, item: Due, provinceCode: string, leaseMs: number): Promise<ReminderMessage | null> {
  const repository = db.getRepository(ReminderMessage);
  const key = stepKey(item.step, item.daysBefore);
  const existing = await repository.findOneBy({ agencyId: item.agency.id, deadlineId: item.deadline.id, stepKey: key });
  const now = new Date().toISOString();
  if (existing) {
    // still SENDING a lease after it was taken: its replica died mid-send; whether it went out is unknown, so it goes again
    const interrupted =
      existing.status === ReminderStatus.SENDING &&
      (existing.claimedAt ?? existing.createdAt) < new Date(Date.now() - leaseMs).toISOString();
    const retry = (existing.status === ReminderStatus.FAILED && existing.attempts < 5) || interrupted;
    if (!retry) return null;
    const taken = await repository.update(
      { id: existing.id, status: existing.status, attempts: existing.attempts, claimedAt: existing.claimedAt ?? IsNull() },
      { status: ReminderStatus.SENDING, claimedAt: now },
    );
    return taken.affected ? { ...existing, status: ReminderStatus.SENDING, claimedAt: now } : null;
  }
  const message = repository.create({
    // time-ordered (RFC 9562 UUIDv7): the messages only grow, each at the end of its key's index
    id: timeOrderedId(),
    provinceCode,
    agencyId: item.agency.id,
    deadlineId: item.deadline.id,
    year: item.deadline.year,
    period: item.deadline.period,
    step: item.step,
    stepKey: key,
    daysBefore: item.daysBefore,
    dueOn: item.deadline.dueOn,
    respondBy: null,
    status: ReminderStatus.SENDING,
    recipients: [],
    subject: "",
    createdAt: now,
    claimedAt: now,
    sentAt: null,
    messageId: null,
    attempts: 0,
    error: null,
  });
  try {
    await repository.insert(message);
    return message;
  } catch {
    return null; // recorded by another replica a moment ago
  }
}

const STEP_TEXT: Record<ReminderStep, string> = {
  [ReminderStep.BEFORE_DEADLINE]: "Nhắc hạn gửi báo cáo",
  [ReminderStep.REPORT_MISSING]: "Đôn đốc gửi báo cáo chưa nộp",
  [ReminderStep.DEADLINE_UNKNOWN]: "Đôn đốc gửi báo cáo (thời hạn trong kế hoạch không hợp lệ)",
};

async function deliver(
  service: PlansService,
  settings: ReminderSettings,
  transport: Transporter | null,
  message: ReminderMessage,
  item: Due,
  answer: any,
  focalPoints: { fullName: string; email: string | null }[],
  today: string,
  official: Official,
): Promise<ReminderMessage> {
  const repository = service.db.getRepository(ReminderMessage);
  const period = item.deadline.period as Period;
  const respondBy = item.step === ReminderStep.BEFORE_DEADLINE ? item.deadline.dueOn : workingDaysAfter(today, settings.respondWithin);
  const subject = `${STEP_TEXT[item.step]} ${PERIOD_SUBJECT[period](item.deadline.year)} — ${item.agency.name}`;
  const recipients = focalPoints.filter((f) => f.email);
  const update: Partial<ReminderMessage> = {
    subject: subject.slice(0, 300),
    respondBy,
    recipients: recipients.map((f) => f.fullName),
    attempts: message.attempts + 1,
  };
  try {
    const request = {
      provinceCode: message.provinceCode,
      year: item.deadline.year,
      period,
      agencyId: item.agency.id,
      respondBy: respondBy ?? undefined,
    };
    const data = reportData(answer, false);
    const signer = pickSigner(data, (answer.province.foreignInformationAuthority.signatories ?? []) as SignatoryAnswer[], request, today);
    if (typeof signer === "string") throw new Error(signer);
    const options = {
      ...documentOptions(request, today, signer, official.userId),
      beforeDeadline: item.step === ReminderStep.BEFORE_DEADLINE,
    };
    const letter = await reminderLetters(data, options);
    if (!letter) throw new Error("no letter is owed any more");
    if (!transport) Object.assign(update, { status: ReminderStatus.TO_SEND_BY_HAND, error: null });
    else if (recipients.length === 0)
      Object.assign(update, { status: ReminderStatus.NO_RECIPIENT, error: "the agency has no focal point with an e-mail address" });
    else {
      const sent = await transport.sendMail({
        from: settings.from,
        to: recipients.map((f) => ({ name: f.fullName, address: f.email! })),
        subject,
        text: [
          `Kính gửi: ${item.agency.name}.`,
          "",
          item.deadline.dueOn
            ? `Thời hạn gửi báo cáo ${PERIOD_SUBJECT[period](item.deadline.year)}: ${item.deadline.dueOn.split("-").reverse().join("/")}.`
            : `Thời hạn gửi báo cáo trong kế hoạch ("${item.deadline.rawText}") không phải là ngày có thật.`,
          respondBy ? `Đề nghị gửi báo cáo trước ngày ${respondBy.split("-").reverse().join("/")}.` : "",
          "Công văn đôn đốc kèm theo thư này.",
        ].join("\n"),
        attachments: [{ filename: letter.fileName, content: letter.file }],
      });
      Object.assign(update, {
        status: ReminderStatus.SENT,
        sentAt: new Date().toISOString(),
        messageId: String(sent.messageId ?? "").slice(0, 300),
        error: null,
      });
    }
  } catch (error) {
    Object.assign(update, { status: ReminderStatus.FAILED, error: String((error as Error).message ?? error).slice(0, 500) });
    service.logger.warn({ reminder: message.id, error: update.error }, "reminder not sent");
  }
  await outsideWrites(service.db, () => repository.update({ id: message.id }, update));
  return { ...message, ...update } as ReminderMessage;
}

/** Runs `runReminders` every interval until stopped; each replica's holder is its host and process. */
export function startReminderScheduler(
  service: PlansService,
  settings = reminderSettings(),
): { stop(): Promise<void>; runNow(): Promise<ReminderRun> } {
  const holder = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const transport = settings.smtpUrl ? nodemailer.createTransport(settings.smtpUrl) : null;
  if (settings.smtpUrl) service.logger.info({ smtp: withoutCredentials(settings.smtpUrl) }, "reminders: e-mail over SMTP");
  else service.logger.info("reminders: no HUB_SMTP_URL, listed for the coordinator to send");
  let running: Promise<ReminderRun> | null = null;
  const runNow = () =>
    (running ??= runReminders(service, settings, { holder, transport })
      .catch((error) => {
        service.logger.error({ error: String(error) }, "reminders: run failed");
        return { ran: false, recorded: [] };
      })
      .finally(() => {
        running = null;
      }));
  const first = setTimeout(() => void runNow(), 5_000);
  const timer = setInterval(() => void runNow(), settings.intervalMs);
  first.unref();
  timer.unref();
  return {
    runNow,
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
      // hand the lease on at once, so another replica need not wait for it to run out
      await outsideWrites(service.db, () => service.db.getRepository(SchedulerLease).update({ name: LEASE, holder }, { until: "0" })).catch(
        () => undefined,
      );
      transport?.close();
    },
  };
}
