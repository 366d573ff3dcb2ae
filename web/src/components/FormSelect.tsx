import { Select, type SelectProps } from "antd";

/**
 * Ant Design's Select for use inside Form.Item. Form.Item hands its control
 * `aria-required`, which Select puts on its wrapper <div>, where ARIA does not
 * allow it (axe: aria-allowed-attr); the field's label still marks it required.
 */
export function FormSelect<T = unknown>(props: SelectProps<T> & { "aria-required"?: unknown }) {
  const { "aria-required": _required, ...rest } = props;
  return <Select<T> {...rest} />;
}
