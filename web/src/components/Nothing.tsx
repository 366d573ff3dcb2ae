import { Typography } from "antd";

/** What an empty list says, in readable grey (Ant Design's own empty text falls short of AA contrast). */
export function Nothing({ children = "—" }: { children?: string }) {
  return <Typography.Text type="secondary">{children}</Typography.Text>;
}
