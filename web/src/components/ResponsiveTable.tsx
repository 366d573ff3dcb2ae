import { Card, Grid, List, Select, Space, Table, type TableProps } from "antd";
import type { ColumnGroupType, ColumnType } from "antd/es/table";
import type { SortOrder } from "antd/es/table/interface";
import { isValidElement, useMemo, useState, type Key, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Leaf<T> = ColumnType<T> & { label: ReactNode; id: string; filterKey: string };

/** The columns a card lists, a group's title before each of its columns' ("Nhiệm vụ 2019"). */
function leaves<T>(columns: TableProps<T>["columns"] = [], prefix = ""): Leaf<T>[] {
  return columns.flatMap((column, index) => {
    const title = typeof column.title === "function" ? "" : (column.title ?? "");
    const label = prefix && typeof title === "string" ? `${prefix} ${title}` : title;
    const id = String(column.key ?? ("dataIndex" in column ? column.dataIndex : undefined) ?? index);
    if ("children" in column) return leaves((column as ColumnGroupType<T>).children, typeof title === "string" ? title : "");
    return [{ ...(column as ColumnType<T>), label, id: prefix ? `${prefix}/${id}` : id, filterKey: id }];
  });
}

const valueAt = (row: object, path: ColumnType<object>["dataIndex"]): unknown =>
  path === undefined ? undefined : ([] as PropertyKey[]).concat(path as PropertyKey).reduce<any>((at, key) => at?.[key], row);

function cell<T extends object>(column: Leaf<T>, row: T, index: number): ReactNode {
  const value = valueAt(row, column.dataIndex as ColumnType<object>["dataIndex"]);
  const shown = column.render ? column.render(value, row, index) : (value as ReactNode);
  // a render may answer antd's { children, props } cell object
  if (shown && typeof shown === "object" && !isValidElement(shown) && "children" in shown) return shown.children as ReactNode;
  return shown as ReactNode;
}

const empty = (node: ReactNode) =>
  node === null || node === undefined || node === false || node === "" || (Array.isArray(node) && node.length === 0);

/** A tree's rows (a plan's tasks under their parent) in reading order: on a card each row stands alone, its number saying where it sits. */
const flatten = <T,>(rows: readonly T[]): T[] =>
  rows.flatMap((row) => {
    const children = (row as { children?: T[] }).children;
    return Array.isArray(children) ? [row, ...flatten(children)] : [row];
  });

const compare = <T,>(column: Leaf<T>) =>
  typeof column.sorter === "function" ? column.sorter : typeof column.sorter === "object" ? column.sorter.compare : undefined;

/**
 * A table on a tablet or wider; on a phone (below Ant Design's md breakpoint)
 * each row is a card listing its columns as label and value, with the table's
 * sorting and filters as selects above the cards: a table of twenty columns
 * squeezed into 390 px cannot be read. `cardTitle` names a card (by default its
 * first column); a column without a title (actions) closes the card unlabelled.
 */
export function ResponsiveTable<T extends object>({ cardTitle, ...props }: TableProps<T> & { cardTitle?: (row: T) => ReactNode }) {
  const screens = Grid.useBreakpoint();
  // before the first measure useBreakpoint answers {}: keep the table until it is known to be a phone
  if (screens.md !== false) return <Table<T> {...props} />;
  return <Cards<T> {...props} cardTitle={cardTitle} />;
}

function Cards<T extends object>({
  columns,
  dataSource = [],
  rowKey,
  loading,
  locale,
  pagination,
  cardTitle,
  onChange,
}: TableProps<T> & { cardTitle?: (row: T) => ReactNode }) {
  const { t } = useTranslation();
  const all = useMemo(() => leaves(columns), [columns]);
  const sortable = all.filter((column) => compare(column));
  const initial = sortable.find((column) => column.defaultSortOrder);
  const [sort, setSort] = useState<{ id: string; order: SortOrder } | null>(
    initial ? { id: initial.id, order: initial.defaultSortOrder ?? "ascend" } : null,
  );
  const filterable = all.filter((column) => column.filters?.length && column.onFilter);
  const [own, setOwn] = useState<Record<string, (string | number | boolean)[]>>(() =>
    Object.fromEntries(filterable.filter((c) => c.defaultFilteredValue?.length).map((c) => [c.id, c.defaultFilteredValue as never])),
  );
  // a column whose filter the page holds (filteredValue: kept in the address) is told, through onChange, as the table tells it
  const filters: Record<string, (string | number | boolean)[]> = {
    ...own,
    ...Object.fromEntries(filterable.filter((c) => c.filteredValue !== undefined).map((c) => [c.id, (c.filteredValue ?? []) as never])),
  };
  const setFilter = (column: Leaf<T>, values: (string | number | boolean)[]) => {
    setOwn((now) => ({ ...now, [column.id]: values }));
    if (onChange) {
      const all = Object.fromEntries(
        filterable.map((c) => [
          c.filterKey,
          (c.id === column.id ? values : filters[c.id])?.length ? (c.id === column.id ? values : filters[c.id]) : null,
        ]),
      );
      onChange({}, all as never, [], { action: "filter", currentDataSource: [...dataSource] });
    }
  };

  const rows = useMemo(() => {
    let shown = flatten(dataSource).filter((row) =>
      filterable.every((column) => !filters[column.id]?.length || filters[column.id]!.some((value) => column.onFilter!(value, row))),
    );
    const column = sort && sortable.find((c) => c.id === sort.id);
    const by = column && compare(column);
    if (by && sort) shown = shown.sort((a, b) => (sort.order === "descend" ? -1 : 1) * by(a, b, sort.order));
    return shown;
  }, [dataSource, filterable, filters, sort, sortable]);

  const keyOf = (row: T, index: number): Key =>
    typeof rowKey === "function" ? rowKey(row, index) : rowKey ? (row[rowKey as keyof T] as Key) : index;
  const [title, ...rest] = all;
  const pageSize = typeof pagination === "object" ? pagination.pageSize : undefined;

  return (
    <>
      {sortable.length || filterable.length ? (
        <Space wrap style={{ marginBottom: 12, width: "100%" }} className="responsive-table-controls">
          {sortable.length ? (
            <Select<string>
              aria-label={t("table.sortBy")}
              placeholder={t("table.sortBy")}
              style={{ minWidth: 220, maxWidth: "100%" }}
              allowClear
              value={sort ? `${sort.id}|${sort.order}` : undefined}
              onChange={(value) => {
                if (!value) return setSort(null);
                const at = value.lastIndexOf("|");
                setSort({ id: value.slice(0, at), order: value.slice(at + 1) as SortOrder });
              }}
              options={sortable.flatMap((column) =>
                (["ascend", "descend"] as const).map((order) => ({
                  value: `${column.id}|${order}`,
                  label: `${typeof column.label === "string" ? column.label : column.id} ${order === "ascend" ? "↑" : "↓"}`,
                })),
              )}
            />
          ) : null}
          {filterable.map((column) => (
            <Select<(string | number | boolean)[]>
              key={column.id}
              mode="multiple"
              aria-label={t("table.filterBy", { column: typeof column.label === "string" ? column.label : column.id })}
              placeholder={t("table.filterBy", { column: typeof column.label === "string" ? column.label : column.id })}
              style={{ minWidth: 220, maxWidth: "100%" }}
              allowClear
              value={filters[column.id] ?? []}
              onChange={(values) => setFilter(column, values)}
              options={column.filters!.map((filter) => ({ value: filter.value as string, label: filter.text }))}
            />
          ))}
        </Space>
      ) : null}
      <List<T>
        className="responsive-table-cards"
        loading={!!loading}
        dataSource={rows}
        locale={{ emptyText: locale?.emptyText as ReactNode }}
        pagination={pageSize && rows.length > pageSize ? { pageSize, size: "small", align: "center" } : false}
        renderItem={(row, index) => (
          <List.Item key={keyOf(row, index)} data-row-key={keyOf(row, index)} style={{ padding: "4px 0", border: "none" }}>
            <Card
              size="small"
              style={{ width: "100%" }}
              title={<span className="responsive-table-title">{cardTitle ? cardTitle(row) : title ? cell(title, row, index) : null}</span>}
            >
              <dl className="responsive-table-fields">
                {(cardTitle ? all : rest).map((column) => {
                  // a cell another spans over (colSpan 0) says nothing of its own
                  if (column.onCell?.(row, index)?.colSpan === 0) return null;
                  const shown = cell(column, row, index);
                  if (empty(shown)) return null;
                  return column.label ? (
                    <div key={column.id}>
                      <dt>{column.label}</dt>
                      <dd>{shown}</dd>
                    </div>
                  ) : (
                    <div key={column.id} className="responsive-table-actions">
                      <dd>{shown}</dd>
                    </div>
                  );
                })}
              </dl>
            </Card>
          </List.Item>
        )}
      />
    </>
  );
}
