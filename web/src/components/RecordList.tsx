import { List, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import type { CombinedError } from "urql";
import { formatDate } from "../format";
import { ClassificationBadge } from "./ClassificationBadge";
import { Nothing } from "./Nothing";
import { Unavailable } from "./Unavailable";

/** One record as a dossier lists it: what it is called, when, and its classification badge. */
export interface RecordItem {
  id: string;
  label: ReactNode;
  /** The record's own view (`recordPath`), which its label links to. */
  to?: string;
  date?: string | null;
  detail?: string | null;
  classification: string;
}

/**
 * A titled list of records; the API decides which records the reader sees, and
 * the list adds no hint of others. `items` null means they did not arrive (the
 * department holding them is not answering): the list says so, never "none".
 */
export function RecordList({
  title,
  items,
  level = 2,
  error,
  department,
}: {
  title: string;
  items: RecordItem[] | null | undefined;
  level?: 2 | 3;
  error?: CombinedError;
  /** The department holding these records, named when it is not answering. */
  department?: string;
}) {
  return (
    <>
      <Typography.Title level={level} style={{ fontSize: level === 2 ? 16 : 15 }}>
        {title}
      </Typography.Title>
      <List
        size="small"
        locale={{ emptyText: items ? <Nothing /> : <Unavailable error={error} departments={department ? [department] : undefined} /> }}
        dataSource={items ?? []}
        renderItem={(item) => (
          <List.Item extra={<ClassificationBadge classification={item.classification} />}>
            <span>
              {item.to ? <Link to={item.to}>{item.label}</Link> : item.label}
              {item.date ? ` (${formatDate(item.date)})` : ""}
              {item.detail ? <Typography.Text type="secondary">{` · ${item.detail}`}</Typography.Text> : null}
            </span>
          </List.Item>
        )}
      />
    </>
  );
}
