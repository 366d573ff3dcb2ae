import { Alert, Button, Card, DatePicker, Descriptions, Input, List, Result, Space, Tag, Typography, Upload } from "antd";
import dayjs from "dayjs";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useClient } from "urql";
import { Label } from "../components/Label";
import { PageTitle } from "../components/PageTitle";
import { ResponsiveTable } from "../components/ResponsiveTable";
import { DraftNotice, useDraft } from "../drafts";
import { base64Of } from "../files";
import { formatDate } from "../format";
import { graphql } from "../gql";
import type { PlanImportCorrection, PreviewPlanImportQuery, ReportPeriod } from "../gql/graphql";
import { coordinatesPlans } from "../permissions";
import { paramsOf, problemText, problemWording, warningWording } from "../problems";
import { AgencyCodePicker } from "../records/pickers";
import { DATE_FORMAT } from "../records/RecordForm";
import { useSession } from "../session";
import { STATUS_TONES } from "../statuses";

/** The largest file the importer reads (the server says the same): 5 MB. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** While a document is being read: for how long so far, and why a scan takes longer (OCR reads it page by page). */
function ReadingStatus() {
  const { t } = useTranslation();
  const [since] = useState(() => Date.now());
  const [now, setNow] = useState(since);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      style={{ marginTop: 16 }}
      message={t("import.readingFor", { seconds: Math.floor((now - since) / 1000) })}
      description={t("import.readingScan")}
    />
  );
}

const PreviewPlanImport = graphql(/* GraphQL */ `
  query PreviewPlanImport($file: String!, $addUnknown: Boolean!, $corrections: [PlanImportCorrection!]) {
    previewPlanImport(file: $file, addUnknown: $addUnknown, corrections: $corrections) {
      planId
      exists
      title
      year
      documentNumber
      provinceCode
      provinceName
      provinceKnown
      legalBases
      tasks {
        outline
        depth
        title
        timeframe
        startsOn
        endsOn
        change
        previousTitle
        status
        leads {
          name
          code
          known
        }
        coordinators {
          name
          code
          known
        }
      }
      removedTasks {
        outline
        title
        status
      }
      deadlines {
        period
        dueOn
        rawText
        change
        previousDueOn
      }
      removedDeadlines {
        period
        dueOn
        rawText
      }
      warningDetails {
        code
        place {
          part
          number
          heading
          item
        }
        params {
          name
          value
        }
        message
      }
      unknownAgencies {
        name
        code
      }
      corrections {
        kind
        target
        from
        to
      }
      refusal {
        code
        reason
        params {
          name
          value
        }
        message
      }
      ocr {
        pages
        confidence
        threshold
        lineCount
        doubtedLineCount
        doubtedLines {
          page
          line
          text
          confidence
          doubtedWords
        }
      }
    }
  }
`);

const ImportPlan = graphql(/* GraphQL */ `
  mutation ImportPlan($file: String!, $addUnknown: Boolean!, $corrections: [PlanImportCorrection!]) {
    importPlan(file: $file, addUnknown: $addUnknown, corrections: $corrections) {
      id
      year
      province {
        code
      }
    }
  }
`);

type Preview = PreviewPlanImportQuery["previewPlanImport"];

type DoubtedLine = NonNullable<Preview["ocr"]>["doubtedLines"][number];

/** A confidence as the reader writes numbers: "94,4" in Vietnamese. */
const percent = (value: number, language: string) =>
  value.toLocaleString(language.startsWith("vi") ? "vi-VN" : "en", { maximumFractionDigits: 1 });

/**
 * A line OCR doubts, as read: the words it doubts most marked — highlighted,
 * underlined and named for a screen reader, so the mark is not colour alone.
 */
function DoubtedLineText({ line }: { line: DoubtedLine }) {
  const { t } = useTranslation();
  const doubted = new Set(line.doubtedWords);
  const parts = line.text.split(/(\s+)/);
  return (
    <span lang="vi" style={{ whiteSpace: "pre-wrap" }}>
      {parts.map((part, index) =>
        doubted.has(part) ? (
          <mark key={index} title={t("import.ocr.doubtedWord")} style={{ background: "#fff1b8", textDecoration: "underline wavy #ad4e00" }}>
            {part}
            <span className="visually-hidden"> ({t("import.ocr.doubtedWord")})</span>
          </mark>
        ) : (
          part
        ),
      )}
    </span>
  );
}

/** How a scan was read: OCR's confidence, and the lines to check against the paper before loading. */
function OcrReading({ ocr }: { ocr: NonNullable<Preview["ocr"]> }) {
  const { t, i18n } = useTranslation();
  const doubted = ocr.doubtedLineCount;
  return (
    <section aria-label={t("import.ocr.title", { confidence: percent(ocr.confidence, i18n.language) })}>
      <Alert
        type={doubted ? "warning" : "info"}
        showIcon
        message={
          <h2 style={{ fontSize: 16, margin: 0 }}>{t("import.ocr.title", { confidence: percent(ocr.confidence, i18n.language) })}</h2>
        }
        description={
          doubted
            ? t("import.ocr.summary", { pages: ocr.pages, lines: ocr.lineCount, doubted })
            : t("import.ocr.allSure", { pages: ocr.pages, lines: ocr.lineCount })
        }
      />
      {doubted ? (
        <section aria-label={t("import.ocr.doubted", { count: doubted })} style={{ marginTop: 8 }}>
          <h3 style={{ fontSize: 15 }}>{t("import.ocr.doubted", { count: doubted })}</h3>
          <List
            size="small"
            dataSource={ocr.doubtedLines}
            renderItem={(line) => (
              <List.Item data-page={line.page} data-line={line.line} style={{ borderLeft: "4px solid #faad14", paddingLeft: 12 }}>
                <Space direction="vertical" size={2}>
                  <Label tone="warning">
                    {t("import.ocr.line", { page: line.page, line: line.line, confidence: percent(line.confidence, i18n.language) })}
                  </Label>
                  <DoubtedLineText line={line} />
                </Space>
              </List.Item>
            )}
          />
          {doubted > ocr.doubtedLines.length ? (
            <Typography.Paragraph>{t("import.ocr.more", { count: doubted - ocr.doubtedLines.length })}</Typography.Paragraph>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}

type Agency = Preview["tasks"][number]["leads"][number];
type Warning = Preview["warningDetails"][number];
type Applied = Preview["corrections"][number];

/** What a correction is about, as the preview names it back (`corrections { kind target }`): one correction per thing set right. */
function keyOf(correction: PlanImportCorrection): string {
  const target =
    correction.kind === "FOCAL_POINT_DEADLINE_DATE"
      ? "focalPoints"
      : String(correction.task ?? correction.period ?? correction.basis ?? correction.name ?? "");
  return `${correction.kind}:${target}`;
}

/** The timeframe as written with its day that does not exist put right, written the same way: "Trước ngày 31/6/2019" → "Trước ngày 30/6/2019". */
function withDate(timeframe: string, written: string, iso: string): string {
  const day = dayjs(iso);
  const right = /^ng[aà]y\s/iu.test(written) ? `ngày ${day.format("D/M/YYYY")}` : day.format("D/M/YYYY");
  return timeframe.includes(written) ? timeframe.replace(written, right) : timeframe;
}

/** The first d/m/yyyy day in a timeframe, for the date picker that wrote it. */
function dayIn(timeframe: string | null | undefined): dayjs.Dayjs | null {
  const match = timeframe ? /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(timeframe) : null;
  return match ? dayjs(`${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}`) : null;
}

/** A warning's task number, as the preview numbers tasks: "task 1, item a" is 1.a. */
function warningTask(warning: Warning): string | null {
  if (warning.place.part !== "task" || !warning.place.number) return null;
  return warning.place.item ? `${warning.place.number}.${warning.place.item}` : warning.place.number;
}

function AgencyTags({ agencies }: { agencies: Agency[] }) {
  const { t } = useTranslation();
  return (
    <>
      {agencies.map((agency, index) =>
        agency.code && !agency.known ? (
          <Label key={index} tone="warning">
            {`${agency.name} — ${t("import.unknownAgency")}`}
          </Label>
        ) : (
          <Tag key={index}>{agency.code ?? agency.name}</Tag>
        ),
      )}
    </>
  );
}

/** A day in a narrow column: the line may break around it, never inside "01/04/2019". */
function Day({ iso }: { iso: string }) {
  return (
    <span data-day style={{ whiteSpace: "nowrap" }}>
      {formatDate(iso)}
    </span>
  );
}

/** `sentence` with its `day` (as formatted in it) kept whole. */
function withDay(sentence: string, iso: string) {
  const at = sentence.indexOf(formatDate(iso));
  if (at < 0) return sentence;
  return (
    <>
      {sentence.slice(0, at)}
      <Day iso={iso} />
      {sentence.slice(at + formatDate(iso).length)}
    </>
  );
}

/** A task's dates as read from its timeframe: "01/04/2019 – 30/09/2019", "đến 30/06/2019". */
function TimeframeDates({ startsOn, endsOn }: { startsOn?: string | null; endsOn?: string | null }) {
  const { t } = useTranslation();
  const dates =
    startsOn && endsOn ? (
      <>
        {/* the dash stays with the first day when the range takes two lines */}
        <Day iso={startsOn} />
        {"\u00a0– "}
        <Day iso={endsOn} />
      </>
    ) : endsOn ? (
      withDay(t("import.datesUntil", { date: formatDate(endsOn) }), endsOn)
    ) : startsOn ? (
      withDay(t("import.datesFrom", { date: formatDate(startsOn) }), startsOn)
    ) : null;
  return dates ? (
    <Typography.Text type="secondary" style={{ display: "block", fontSize: 13 }}>
      {dates}
    </Typography.Text>
  ) : null;
}

/** What the coordinator kept of an import in the draft: the file's name and the corrections made for it. */
interface Waiting {
  fileName: string;
  corrections: PlanImportCorrection[];
}

/**
 * Load a plan (coordinators): the file is read and previewed — the plan as
 * the importer reads it, every warning and unknown agency, and what changes
 * against the stored plan — and only then imported, with or without adding
 * the unknown agencies. What the importer could not read cleanly is
 * corrected in the preview (a day that does not exist, an agency the
 * directory lacks, a task's lead) and previewed again; the import sends the
 * corrections previewed, and its audit entry records them. A refusal shows
 * its reason; nothing changes.
 */
export function PlanImport() {
  const { t } = useTranslation();
  const session = useSession();
  const client = useClient();
  const navigate = useNavigate();
  // The chosen file, base64, as previewed and then imported.
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  /** The rehearsal with the unknown agencies added: its refusal, if any, blocks "add and import" too. */
  const [addingRefusal, setAddingRefusal] = useState<Preview["refusal"]>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The corrections as the controls hold them, and those the preview shown was read with (which the import sends). */
  const [corrections, setCorrections] = useState<PlanImportCorrection[]>([]);
  const [previewed, setPreviewed] = useState<PlanImportCorrection[]>([]);
  /** Tasks whose lead is being corrected. */
  const [editingLeads, setEditingLeads] = useState<Record<string, boolean>>({});
  const changed = JSON.stringify(corrections) !== JSON.stringify(previewed);
  // The draft keeps the corrections made and the file's name; the file itself must be chosen again, and the corrections then apply to it.
  const draft = useDraft("import");
  const file = useRef<File | null>(null);
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  useEffect(() => {
    const kept = draft.take()?.values as (Partial<Waiting> & { dates?: Record<string, string> }) | undefined;
    if (!kept?.fileName) {
      setWaiting(null);
      return;
    }
    // a draft from before corrections kept only deadline dates, by period
    const dates = Object.entries(kept.dates ?? {}).map(([period, date]) => ({
      kind: "DEADLINE_DATE" as const,
      period: period as ReportPeriod,
      date,
    }));
    setWaiting({ fileName: kept.fileName, corrections: kept.corrections ?? dates });
  }, []);
  const keep = (chosen: PlanImportCorrection[]) => draft.save({ fileName: file.current?.name, corrections: chosen, file: file.current });

  if (!session || !coordinatesPlans(session, session.official.provinceCode)) return <Result status="403" title={t("import.notAllowed")} />;
  const provinceCode = preview?.provinceCode ?? session.official.provinceCode;

  const rehearse = async (content: string, chosen: PlanImportCorrection[]) => {
    setBusy(true);
    setProblem(null);
    const result = await client
      .query(PreviewPlanImport, { file: content, addUnknown: false, corrections: chosen }, { requestPolicy: "network-only" })
      .toPromise();
    const read = result.data?.previewPlanImport ?? null;
    let adding: Preview["refusal"] = null;
    if (read?.unknownAgencies.length) {
      const rehearsal = await client
        .query(PreviewPlanImport, { file: content, addUnknown: true, corrections: chosen }, { requestPolicy: "network-only" })
        .toPromise();
      adding = rehearsal.data?.previewPlanImport.refusal ?? null;
    }
    setBusy(false);
    // a correction refused leaves the last preview in place, with the corrections still to be put right
    if (result.error || !read) {
      setProblem(result.error ? problemText(result.error) : t("problem.unknown", { code: "?" }));
      return;
    }
    setAddingRefusal(adding);
    setPreview(read);
    setPreviewed(chosen);
    setEditingLeads({});
  };

  const read = async (chosenFile: File) => {
    if (chosenFile.size > MAX_FILE_BYTES) {
      // said here, before megabytes are sent only to be refused
      setFileName(chosenFile.name);
      setPreview(null);
      setProblem(t("problem.FILE_TOO_LARGE"));
      return;
    }
    // The file as it is, whatever its kind: the importer tells Word, PDF, HTML, text and scans apart by content.
    const content = await base64Of(chosenFile);
    file.current = chosenFile;
    const chosen = waiting?.fileName === chosenFile.name ? waiting.corrections : [];
    setWaiting(null);
    draft.dismiss();
    setText(content);
    setFileName(chosenFile.name);
    setPreview(null);
    setPreviewed([]);
    setCorrections(chosen);
    keep(chosen);
    await rehearse(content, chosen);
  };

  /** Sets (or, with null, drops) the correction of one thing, where it stands in the list. */
  const correct = (key: string, next: PlanImportCorrection | null) => {
    const at = corrections.findIndex((c) => keyOf(c) === key);
    const chosen = next
      ? at >= 0
        ? corrections.map((c, index) => (index === at ? next : c))
        : [...corrections, next]
      : corrections.filter((c) => keyOf(c) !== key);
    setCorrections(chosen);
    keep(chosen);
  };
  const correctionOf = (key: string) => corrections.find((c) => keyOf(c) === key);

  const load = async (addUnknown: boolean) => {
    if (!text) return;
    setBusy(true);
    setProblem(null);
    const result = await client.mutation(ImportPlan, { file: text, addUnknown, corrections: previewed }).toPromise();
    setBusy(false);
    if (result.error) {
      setProblem(t("import.refused", { message: problemText(result.error) }));
      return;
    }
    const plan = result.data!.importPlan;
    draft.clear();
    navigate(`/plans/${plan.province.code}/${plan.year}`);
  };

  const datePicker = (key: string, label: string, value: dayjs.Dayjs | null, make: (iso: string) => PlanImportCorrection) => (
    <DatePicker
      format={DATE_FORMAT}
      aria-label={label}
      placeholder={label}
      style={{ minWidth: 200 }}
      value={value}
      onChange={(day) => correct(key, day ? make(day.format("YYYY-MM-DD")) : null)}
    />
  );

  /** The directory's agency for a name the document writes: every place the plan names it. */
  const agencyControl = (name: string) => {
    const key = `AGENCY:${name}`;
    return (
      <AgencyCodePicker
        provinceCode={provinceCode ?? ""}
        aria-label={t("import.correctAgency", { name })}
        style={{ minWidth: 260 }}
        value={correctionOf(key)?.agencyCode ?? null}
        onChange={(code) => correct(key, typeof code === "string" ? { kind: "AGENCY", name, agencyCode: code } : null)}
      />
    );
  };

  /** Beside a warning, the control that corrects what it is about; none for what cannot be corrected here. */
  const warningControl = (warning: Warning) => {
    const params = paramsOf(warning.params) as Record<string, string>;
    const task = warningTask(warning);
    switch (warning.code) {
      case "TIMEFRAME_DATE_NOT_REAL": {
        if (!task) return null;
        const key = `TASK_TIMEFRAME:${task}`;
        return datePicker(key, t("import.correctDate", { date: params.date }), dayIn(correctionOf(key)?.timeframe), (iso) => ({
          kind: "TASK_TIMEFRAME",
          task,
          timeframe: withDate(params.timeframe, params.date, iso),
        }));
      }
      case "TIMEFRAME_QUARTER_NOT_REAL":
      case "TIMEFRAME_NO_PERIOD": {
        if (!task) return null;
        const key = `TASK_TIMEFRAME:${task}`;
        return (
          <Input
            aria-label={t("import.correctTimeframe", { task })}
            style={{ minWidth: 240 }}
            value={correctionOf(key)?.timeframe ?? params.timeframe}
            onChange={(event) => {
              const wording = event.target.value;
              correct(key, wording.trim() && wording !== params.timeframe ? { kind: "TASK_TIMEFRAME", task, timeframe: wording } : null);
            }}
          />
        );
      }
      case "FOCAL_POINT_DEADLINE_NOT_REAL": {
        const key = "FOCAL_POINT_DEADLINE_DATE:focalPoints";
        const date = correctionOf(key)?.date;
        return datePicker(key, t("import.correctDate", { date: params.date }), date ? dayjs(date) : null, (iso) => ({
          kind: "FOCAL_POINT_DEADLINE_DATE",
          date: iso,
        }));
      }
      case "BASIS_DATE_NOT_REAL": {
        const basis = Number(warning.place.number);
        if (!Number.isInteger(basis)) return null;
        const key = `BASIS_DATE:${basis}`;
        const date = correctionOf(key)?.date;
        return datePicker(key, t("import.correctDate", { date: params.date }), date ? dayjs(date) : null, (iso) => ({
          kind: "BASIS_DATE",
          basis,
          date: iso,
        }));
      }
      case "AGENCY_UNKNOWN":
      case "AGENCY_UNKNOWN_NO_CODE":
        // an agency the directory lacks is corrected in the list of those below
        return preview?.unknownAgencies.some((a) => a.name === params.name) ? null : agencyControl(params.name);
      default:
        // a reporting deadline's date is set in the list of deadlines
        return null;
    }
  };

  const correctionWording = (c: Applied) =>
    t(`import.corrected.${c.kind}`, {
      target: c.target,
      from: c.from ?? t("import.nothing"),
      to: c.kind.endsWith("_DATE") ? formatDate(c.to) : c.to,
      periodName: c.kind === "DEADLINE_DATE" ? t(`period.${c.target}`).toLowerCase() : undefined,
    });

  const changes = preview && {
    added: preview.tasks.filter((task) => task.change === "NEW"),
    retitled: preview.tasks.filter((task) => task.change === "RETITLED"),
    kept: preview.tasks.filter((task) => task.status),
    moved: preview.deadlines.filter((d) => d.change === "MOVED"),
  };
  // With unknown agencies the plain import is refused for them alone; what else would refuse it shows from the second rehearsal.
  const blocking = preview?.unknownAgencies.length ? addingRefusal : preview?.refusal;
  const problemAlert = problem ? <Alert type="error" showIcon role="alert" message={problem} style={{ marginTop: 16 }} /> : null;

  return (
    <Card title={<PageTitle>{t("import.title")}</PageTitle>}>
      <Typography.Paragraph>{t("import.intro")}</Typography.Paragraph>
      <DraftNotice
        draft={draft}
        onDiscard={() => {
          draft.clear();
          setWaiting(null);
        }}
      >
        {waiting ? t("import.pickAgain", { name: waiting.fileName }) : null}
      </DraftNotice>
      <Upload
        accept=".docx,.doc,.pdf,.html,.htm,.md,.markdown,.txt,.png,.jpg,.jpeg,.tif,.tiff"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(file) => {
          void read(file);
          return false; // read here; nothing is sent until the official imports
        }}
      >
        <Button loading={busy}>{t("import.pick")}</Button>
      </Upload>
      {fileName ? <Typography.Text style={{ marginLeft: 12 }}>{fileName}</Typography.Text> : null}
      {busy ? <ReadingStatus /> : null}
      {preview ? null : problemAlert}
      {!preview && problem && corrections.length && text ? (
        // corrections kept in a draft that do not fit the file chosen: drop them and read it as it is
        <Button
          style={{ marginTop: 8 }}
          onClick={() => {
            setCorrections([]);
            keep([]);
            void rehearse(text, []);
          }}
        >
          {t("import.undoAll")}
        </Button>
      ) : null}
      {preview && changes ? (
        <Space direction="vertical" size="middle" style={{ width: "100%", marginTop: 16 }}>
          <section aria-label={t("import.preview")}>
            <h2 style={{ fontSize: 17 }}>{t("import.preview")}</h2>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: "title", label: t("plan.title"), children: preview.title },
                { key: "province", label: t("plan.province"), children: `${preview.provinceName} (${preview.provinceCode ?? "?"})` },
                { key: "year", label: t("dashboard.year"), children: preview.year },
                ...(preview.documentNumber ? [{ key: "number", label: t("plan.number"), children: preview.documentNumber }] : []),
              ]}
            />
            <Alert type="info" showIcon message={preview.exists ? t("import.exists") : t("import.new")} style={{ marginTop: 8 }} />
          </section>
          {preview.ocr ? <OcrReading ocr={preview.ocr} /> : null}
          {blocking ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              message={t("import.refused", {
                message: problemWording({ ...paramsOf(blocking.params), code: blocking.code, reason: blocking.reason }),
              })}
            />
          ) : null}
          {preview.warningDetails.length ? (
            <Alert
              type="warning"
              showIcon
              message={t("import.warnings")}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {preview.warningDetails.map((warning, index) => {
                    const control = warningControl(warning);
                    return (
                      <li key={index} data-code={warning.code} style={{ marginBottom: control ? 8 : 0 }}>
                        <Space wrap size={[8, 4]}>
                          <span>{warningWording(warning)}</span>
                          {control}
                        </Space>
                      </li>
                    );
                  })}
                </ul>
              }
            />
          ) : null}
          {preview.unknownAgencies.length ? (
            <Alert
              type="warning"
              showIcon
              message={t("import.unknown")}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {preview.unknownAgencies.map((a) => (
                    <li key={a.code ?? a.name} style={{ marginBottom: 8 }}>
                      <Space wrap size={[8, 4]}>
                        <span>{`${a.code} — ${a.name}`}</span>
                        {agencyControl(a.name)}
                      </Space>
                    </li>
                  ))}
                </ul>
              }
            />
          ) : null}
          {preview.corrections.length ? (
            <section aria-label={t("import.corrections")}>
              <h2 style={{ fontSize: 17 }}>{t("import.corrections")}</h2>
              <List
                size="small"
                dataSource={preview.corrections}
                renderItem={(c) => (
                  <List.Item
                    actions={[
                      <Button
                        key="undo"
                        size="small"
                        aria-label={t("import.undoCorrection", { what: correctionWording(c) })}
                        onClick={() => correct(`${c.kind}:${c.target}`, null)}
                      >
                        {t("import.undo")}
                      </Button>,
                    ]}
                  >
                    {correctionWording(c)}
                  </List.Item>
                )}
              />
            </section>
          ) : null}
          {preview.exists ? (
            <section aria-label={t("import.changes")}>
              <h2 style={{ fontSize: 17 }}>{t("import.changes")}</h2>
              {changes.added.length +
                changes.retitled.length +
                preview.removedTasks.length +
                changes.moved.length +
                preview.removedDeadlines.length ===
              0 ? (
                <Typography.Paragraph>{t("import.noChanges")}</Typography.Paragraph>
              ) : null}
              <List
                size="small"
                dataSource={[
                  ...changes.added.map((task) => ({
                    key: `a${task.outline}`,
                    kind: t("import.added"),
                    text: `${task.outline}. ${task.title}`,
                  })),
                  ...preview.removedTasks.map((task) => ({
                    key: `r${task.outline}`,
                    kind: t("import.removed"),
                    text: `${task.outline}. ${task.title}`,
                  })),
                  ...changes.retitled.map((task) => ({
                    key: `t${task.outline}`,
                    kind: t("import.retitled"),
                    text: `${task.outline}. ${task.title} (${t("import.from", { value: task.previousTitle })})`,
                  })),
                  ...changes.moved.map((d) => ({
                    key: `m${d.period}`,
                    kind: t("import.moved"),
                    text: `${t(`period.${d.period}`)}: ${formatDate(d.dueOn) || d.rawText} (${t("import.from", { value: formatDate(d.previousDueOn) || t("import.nothing") })})`,
                  })),
                  ...preview.removedDeadlines.map((d) => ({
                    key: `x${d.period}`,
                    kind: t("import.removedDeadlines"),
                    text: `${t(`period.${d.period}`)}: ${formatDate(d.dueOn) || d.rawText}`,
                  })),
                ]}
                renderItem={(item) => (
                  <List.Item>
                    <Typography.Text strong>{item.kind}:</Typography.Text>&nbsp;{item.text}
                  </List.Item>
                )}
              />
            </section>
          ) : null}
          <section aria-label={t("import.legalBases", { count: preview.legalBases.length })}>
            <h2 style={{ fontSize: 17 }}>{t("import.legalBases", { count: preview.legalBases.length })}</h2>
            <List size="small" dataSource={preview.legalBases} renderItem={(basis) => <List.Item>{basis}</List.Item>} />
          </section>
          <section aria-label={t("import.tasks", { count: preview.tasks.length })}>
            <h2 style={{ fontSize: 17 }}>{t("import.tasks", { count: preview.tasks.length })}</h2>
            <ResponsiveTable
              rowKey="outline"
              size="small"
              pagination={false}
              dataSource={preview.tasks}
              columns={[
                { title: t("plan.ordinal"), dataIndex: "outline", width: 80 },
                {
                  title: t("plan.task"),
                  dataIndex: "title",
                  render: (title: string, task) => (
                    <span style={{ paddingLeft: task.depth * 16 }}>
                      {title} {task.change === "NEW" && preview.exists ? <Label tone="info">{t("import.added")}</Label> : null}
                      {task.change === "RETITLED" ? <Label tone="notice">{t("import.retitled")}</Label> : null}
                    </span>
                  ),
                },
                {
                  title: t("plan.lead"),
                  key: "leads",
                  render: (_, task) => {
                    const key = `TASK_LEADS:${task.outline}`;
                    const pending = correctionOf(key);
                    return (
                      <Space direction="vertical" size={4}>
                        <span>
                          <AgencyTags agencies={task.leads} />
                        </span>
                        {editingLeads[task.outline] || pending ? (
                          <AgencyCodePicker
                            multiple
                            provinceCode={provinceCode ?? ""}
                            aria-label={t("import.leadsOf", { task: task.outline })}
                            style={{ minWidth: 220 }}
                            value={pending?.agencyCodes ?? task.leads.filter((a) => a.known).map((a) => a.code!)}
                            onChange={(codes) =>
                              correct(
                                key,
                                Array.isArray(codes) && codes.length
                                  ? { kind: "TASK_LEADS", task: task.outline, agencyCodes: codes }
                                  : null,
                              )
                            }
                          />
                        ) : (
                          <Button
                            size="small"
                            type="link"
                            style={{ padding: 0 }}
                            aria-label={t("import.editLeads", { task: task.outline })}
                            onClick={() => setEditingLeads({ ...editingLeads, [task.outline]: true })}
                          >
                            {t("import.edit")}
                          </Button>
                        )}
                      </Space>
                    );
                  },
                },
                { title: t("plan.coordinators"), key: "coordinators", render: (_, task) => <AgencyTags agencies={task.coordinators} /> },
                {
                  title: t("plan.timeframe"),
                  key: "timeframe",
                  render: (_, task) => (
                    <>
                      {task.timeframe}
                      <TimeframeDates startsOn={task.startsOn} endsOn={task.endsOn} />
                    </>
                  ),
                },
                {
                  title: t("import.kept"),
                  dataIndex: "status",
                  render: (status: string | null) => (status ? <Label tone={STATUS_TONES[status]}>{t(`status.${status}`)}</Label> : null),
                },
              ]}
            />
          </section>
          <section aria-label={t("import.deadlines")}>
            <h2 style={{ fontSize: 17 }}>{t("import.deadlines")}</h2>
            <List
              size="small"
              dataSource={preview.deadlines}
              renderItem={(d) => {
                // a date the document wrote as no real day ("31/11") is set here, before loading; the text stays as written
                const key = `DEADLINE_DATE:${d.period}`;
                const pending = correctionOf(key);
                const corrected = preview.corrections.some((c) => c.kind === "DEADLINE_DATE" && c.target === d.period);
                const settable = d.period !== "AD_HOC" && (!d.dueOn || corrected || pending);
                return (
                  <List.Item>
                    <Space wrap>
                      <span>
                        {t(`period.${d.period}`)}: {d.dueOn ? formatDate(d.dueOn) : null}
                        {d.dueOn && !corrected ? null : ` (${t("import.deadlineAsWritten", { text: d.rawText })})`}
                      </span>
                      {d.dueOn ? null : d.period === "AD_HOC" ? null : <Label tone="error">{t("deadline.unknown")}</Label>}
                      {settable
                        ? datePicker(
                            key,
                            t("import.setDeadline", { period: t(`period.${d.period}`) }),
                            pending?.date ? dayjs(pending.date) : null,
                            (iso) => ({ kind: "DEADLINE_DATE", period: d.period, date: iso }),
                          )
                        : null}
                    </Space>
                  </List.Item>
                );
              }}
            />
          </section>
          <div
            role="group"
            aria-label={t("import.actions")}
            style={{ position: "sticky", bottom: 0, zIndex: 2, background: "#fff", borderTop: "1px solid #f0f0f0", padding: "12px 0" }}
          >
            {changed ? (
              <Typography.Paragraph role="status" style={{ marginBottom: 8 }}>
                {t("import.reviewFirst")}
              </Typography.Paragraph>
            ) : null}
            <Space wrap>
              <Button
                type={changed ? "primary" : "default"}
                disabled={!changed}
                loading={busy}
                onClick={() => text && void rehearse(text, corrections)}
              >
                {t("import.review")}
              </Button>
              {corrections.length ? (
                <Button
                  onClick={() => {
                    setCorrections([]);
                    keep([]);
                  }}
                >
                  {t("import.undoAll")}
                </Button>
              ) : null}
              <Button
                type={changed ? "default" : "primary"}
                disabled={Boolean(preview.refusal) || changed}
                loading={busy}
                onClick={() => void load(false)}
              >
                {t("import.do")}
              </Button>
              {preview.unknownAgencies.length ? (
                <Button disabled={Boolean(blocking) || changed} loading={busy} onClick={() => void load(true)}>
                  {t("import.doAdding")}
                </Button>
              ) : null}
            </Space>
            {problemAlert}
          </div>
        </Space>
      ) : null}
    </Card>
  );
}
