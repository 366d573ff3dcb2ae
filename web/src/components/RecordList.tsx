import { List, Typography } from "antd";
import type { ReactNode } from "react";
import { formatDate } from "../format";
import { ClassificationBadge } from "./ClassificationBadge";
import { Nothing } from "./Nothing";

/** One record as a dossier lists it: what it is called, when, and its classification badge. */
export interface RecordItem {
  id: string;
  label: ReactNode;
  date?: string | null;
  detail?: string | null;
  classification: string;
}

/** A titled list of records; the API decides which records the reader sees, and the list adds no hint of others. */
export function RecordList({ title, items, level = 2 }: { title: string; items: RecordItem[]; level?: 2 | 3 }) {
  return (
    <>
      <Typography.Title level={level} style={{ fontSize: level === 2 ? 16 : 15 }}>
        {title}
      </Typography.Title>
      <List
        size="small"
        locale={{ emptyText: <Nothing /> }}
        dataSource={items}
        renderItem={(item) => (
          <List.Item extra={<ClassificationBadge classification={item.classification} />}>
            <span>
              {item.label}
              {item.date ? ` (${formatDate(item.date)})` : ""}
              {item.detail ? <Typography.Text type="secondary">{` · ${item.detail}`}</Typography.Text> : null}
            </span>
          </List.Item>
        )}
      />
    </>
  );
}
