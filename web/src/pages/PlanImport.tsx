import { Alert, Button, Card, DatePicker, Descriptions, List, Result, Space, Tag, Typography, Upload } from "antd";
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
import type { PreviewPlanImportQuery, ReportPeriod } from "../gql/graphql";
import { coordinatesPlans } from "../permissions";
import { paramsOf, problemText, problemWording, warningWording } from "../problems";
import { DATE_FORMAT } from "../records/RecordForm";
import { useSession } from "../session";
import { STATUS_TONES } from "../statuses";

const PreviewPlanImport = graphql(/* GraphQL */ `
  query PreviewPlanImport($file: String!, $addUnknown: Boolean!, $deadlineDates: [DeadlineDateInput!]) {
    previewPlanImport(file: $file, addUnknown: $addUnknown, deadlineDates: $deadlineDates) {
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
  mutation ImportPlan($file: String!, $addUnknown: Boolean!, $deadlineDates: [DeadlineDateInput!]) {
    importPlan(file: $file, addUnknown: $addUnknown, deadlineDates: $deadlineDates) {
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

/**
 * Load a plan (coordinators): the file is read and previewed — the plan as
 * the importer reads it, every warning and unknown agency, and what changes
 * against the stored plan — and only then imported, with or without adding
 * the unknown agencies. A refusal shows its reason; nothing changes.
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
  /** Dates the coordinator set for deadlines the document wrote as no real date, by period: previewed, then imported. */
  const [dates, setDates] = useState<Record<string, string>>({});
  const deadlineDates = (chosen: Record<string, string>) =>
    Object.entries(chosen).map(([period, dueOn]) => ({ period: period as ReportPeriod, dueOn }));
  // The draft keeps the deadline dates set and the file's name; the file itself must be chosen again, and the dates then apply to it.
  const draft = useDraft("import");
  const file = useRef<File | null>(null);
  const [waiting, setWaiting] = useState<{ fileName: string; dates: Record<string, string> } | null>(null);
  useEffect(() => {
    setWaiting((draft.take()?.values as typeof waiting) ?? null);
  }, []);
  const keep = (chosen: Record<string, string>) => draft.save({ fileName: file.current?.name, dates: chosen, file: file.current });

  if (!session || !coordinatesPlans(session, session.official.provinceCode)) return <Result status="403" title={t("import.notAllowed")} />;

  const read = async (chosenFile: File) => {
    // The file as it is, whatever its kind: the importer tells Word, PDF, HTML, text and scans apart by content.
    const content = await base64Of(chosenFile);
    file.current = chosenFile;
    const chosen = waiting?.fileName === chosenFile.name ? waiting.dates : {};
    setWaiting(null);
    draft.dismiss();
    setText(content);
    setFileName(chosenFile.name);
    setDates(chosen);
    keep(chosen);
    await rehearse(content, chosen);
  };

  const rehearse = async (content: string, chosen: Record<string, string>) => {
    setBusy(true);
    setProblem(null);
    setPreview(null);
    const corrections = deadlineDates(chosen);
    const result = await client
      .query(PreviewPlanImport, { file: content, addUnknown: false, deadlineDates: corrections }, { requestPolicy: "network-only" })
      .toPromise();
    const read = result.data?.previewPlanImport ?? null;
    if (read?.unknownAgencies.length) {
      const adding = await client
        .query(PreviewPlanImport, { file: content, addUnknown: true, deadlineDates: corrections }, { requestPolicy: "network-only" })
        .toPromise();
      setAddingRefusal(adding.data?.previewPlanImport.refusal ?? null);
    } else setAddingRefusal(null);
    setBusy(false);
    if (result.error) setProblem(problemText(result.error));
    else setPreview(read);
  };

  const load = async (addUnknown: boolean) => {
    if (!text) return;
    setBusy(true);
    const result = await client.mutation(ImportPlan, { file: text, addUnknown, deadlineDates: deadlineDates(dates) }).toPromise();
    setBusy(false);
    if (result.error) {
      setProblem(t("import.refused", { message: problemText(result.error) }));
      return;
    }
    const plan = result.data!.importPlan;
    draft.clear();
    navigate(`/plans/${plan.province.code}/${plan.year}`);
  };

  const changes = preview && {
    added: preview.tasks.filter((task) => task.change === "NEW"),
    retitled: preview.tasks.filter((task) => task.change === "RETITLED"),
    kept: preview.tasks.filter((task) => task.status),
    moved: preview.deadlines.filter((d) => d.change === "MOVED"),
  };
  // With unknown agencies the plain import is refused for them alone; what else would refuse it shows from the second rehearsal.
  const blocking = preview?.unknownAgencies.length ? addingRefusal : preview?.refusal;

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
      {problem ? <Alert type="error" showIcon role="alert" message={problem} style={{ marginTop: 16 }} /> : null}
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
                  {preview.warningDetails.map((warning, index) => (
                    <li key={index} data-code={warning.code}>
                      {warningWording(warning)}
                    </li>
                  ))}
                </ul>
              }
            />
          ) : null}
          {preview.unknownAgencies.length ? (
            <Alert
              type="warning"
              showIcon
              message={t("import.unknown")}
              description={preview.unknownAgencies.map((a) => `${a.code} — ${a.name}`).join("; ")}
            />
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
                    text: `${t(`period.${d.period}`)}: ${formatDate(d.dueOn) || d.rawText} (${t("import.from", { value: formatDate(d.previousDueOn) })})`,
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
                { title: t("plan.lead"), key: "leads", render: (_, task) => <AgencyTags agencies={task.leads} /> },
                { title: t("plan.coordinators"), key: "coordinators", render: (_, task) => <AgencyTags agencies={task.coordinators} /> },
                { title: t("plan.timeframe"), dataIndex: "timeframe" },
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
                const settable = d.period !== "AD_HOC" && (!d.dueOn || dates[d.period]);
                return (
                  <List.Item>
                    <Space wrap>
                      <span>
                        {t(`period.${d.period}`)}: {d.dueOn ? formatDate(d.dueOn) : null}
                        {d.dueOn && !dates[d.period] ? null : ` (${t("import.deadlineAsWritten", { text: d.rawText })})`}
                      </span>
                      {d.dueOn ? null : d.period === "AD_HOC" ? null : <Label tone="error">{t("deadline.unknown")}</Label>}
                      {settable ? (
                        <DatePicker
                          format={DATE_FORMAT}
                          aria-label={t("import.setDeadline", { period: t(`period.${d.period}`) })}
                          placeholder={t("import.setDeadline", { period: t(`period.${d.period}`) })}
                          value={dates[d.period] ? dayjs(dates[d.period]) : null}
                          onChange={(value) => {
                            const chosen = { ...dates };
                            if (value) chosen[d.period] = value.format("YYYY-MM-DD");
                            else delete chosen[d.period];
                            setDates(chosen);
                            keep(chosen);
                            if (text) void rehearse(text, chosen);
                          }}
                        />
                      ) : null}
                    </Space>
                  </List.Item>
                );
              }}
            />
          </section>
          <Space>
            <Button type="primary" disabled={Boolean(preview.refusal)} loading={busy} onClick={() => void load(false)}>
              {t("import.do")}
            </Button>
            {preview.unknownAgencies.length ? (
              <Button disabled={Boolean(blocking)} loading={busy} onClick={() => void load(true)}>
                {t("import.doAdding")}
              </Button>
            ) : null}
          </Space>
        </Space>
      ) : null}
    </Card>
  );
}
