import type { TFunction } from "i18next";
import { useMemo, type CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { FormSelect } from "../components/FormSelect";
import { formatDate, todayIso } from "../format";
import { graphql } from "../gql";
import { matchesTyped } from "../search-text";

const PickerTasks = graphql(/* GraphQL */ `
  query PickerTasks($provinceCode: String!) {
    plans(provinceCode: $provinceCode, limit: 50) {
      id
      year
      tasks {
        id
        outline
        title
      }
    }
  }
`);

const PickerAgencies = graphql(/* GraphQL */ `
  query PickerAgencies($provinceCode: String!) {
    agencies(provinceCode: $provinceCode) {
      id
      code
      name
      validUntil
    }
  }
`);

const PickerPlaces = graphql(/* GraphQL */ `
  query PickerPlaces($provinceCode: String!) {
    borderGates(provinceCode: $provinceCode, limit: 500) {
      id
      name
    }
    borderCommunes(provinceCode: $provinceCode, limit: 500) {
      id
      name
    }
    partnerLocalities(provinceCode: $provinceCode, limit: 500) {
      id
      name
    }
  }
`);

const PickerCountries = graphql(/* GraphQL */ `
  query PickerCountries {
    countries {
      code
      name
      nameEn
    }
  }
`);

interface PickerProps {
  id?: string;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  provinceCode: string;
  multiple?: boolean;
  "aria-label"?: string;
  style?: CSSProperties;
}

function Picker({
  options,
  multiple,
  value,
  onChange,
  loading,
  ...rest
}: Omit<PickerProps, "provinceCode"> & { options: { value: string; label: string }[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <FormSelect
      {...rest}
      mode={multiple ? "multiple" : undefined}
      allowClear
      showSearch
      loading={loading}
      placeholder={t("records.choose")}
      filterOption={matchesTyped}
      options={options}
      value={value ?? (multiple ? [] : undefined)}
      onChange={(next: string | string[] | undefined) => onChange?.(next ?? null)}
    />
  );
}

const taskLabel = (year: number, task: { outline: string; title: string }) => `${year} · ${task.outline}. ${task.title}`;

interface PickedAgency {
  id: string;
  code: string;
  name: string;
  validUntil?: string | null;
}

/** Ended (by the 2025 reorganisation, say) before today: still pickable, since an older record may name it. */
const hasEnded = (agency: PickedAgency) => Boolean(agency.validUntil && agency.validUntil < todayIso());

/** An agency as the pickers name it; one that has ended says until when it existed. */
function agencyLabel(agency: PickedAgency, t: TFunction): string {
  const label = `${agency.code} — ${agency.name}`;
  return hasEnded(agency) ? `${label} (${t("records.agencyEndedOn", { date: formatDate(agency.validUntil) })})` : label;
}

/** Today's agencies first, then the ended ones, each group in the directory's order. */
function agencyOptions(agencies: readonly PickedAgency[] | undefined, key: "id" | "code", t: TFunction) {
  return [...(agencies ?? [])]
    .sort((a, b) => Number(hasEnded(a)) - Number(hasEnded(b)))
    .map((agency) => ({ value: agency[key], label: agencyLabel(agency, t) }));
}

const countryLabel = (country: { code: string; name: string; nameEn?: string | null }, english: boolean) =>
  `${english ? (country.nameEn ?? country.name) : country.name} (${country.code})`;

/** A plan task of the province, searched by number or words of its title (tone marks ignored). */
export function TaskPicker(props: PickerProps) {
  const [{ data, fetching }] = useQuery({ query: PickerTasks, variables: { provinceCode: props.provinceCode } });
  const options = (data?.plans ?? []).flatMap((plan) => plan.tasks.map((task) => ({ value: task.id, label: taskLabel(plan.year, task) })));
  return <Picker {...props} options={options} loading={fetching} />;
}

export function AgencyPicker(props: PickerProps) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: PickerAgencies, variables: { provinceCode: props.provinceCode } });
  return <Picker {...props} options={agencyOptions(data?.agencies, "id", t)} loading={fetching} />;
}

/** An agency of the province's directory by its code, as the plan importer's corrections name it. */
export function AgencyCodePicker(props: PickerProps) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: PickerAgencies, variables: { provinceCode: props.provinceCode } });
  return <Picker {...props} options={agencyOptions(data?.agencies, "code", t)} loading={fetching} />;
}

/** A border gate, border commune or partner locality of the province. */
export function PlacePicker({ kind, ...props }: PickerProps & { kind: "borderGate" | "borderCommune" | "partnerLocality" }) {
  const [{ data, fetching }] = useQuery({ query: PickerPlaces, variables: { provinceCode: props.provinceCode } });
  const places = { borderGate: data?.borderGates, borderCommune: data?.borderCommunes, partnerLocality: data?.partnerLocalities }[kind];
  return <Picker {...props} options={(places ?? []).map((p) => ({ value: p.id, label: p.name }))} loading={fetching} />;
}

export function CountryPicker(props: Omit<PickerProps, "provinceCode">) {
  const { i18n } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: PickerCountries });
  const options = (data?.countries ?? []).map((c) => ({ value: c.code, label: countryLabel(c, i18n.language === "en") }));
  return <Picker {...props} options={options} loading={fetching} />;
}

/** What the pickers call the records a reference field names, for showing a record's values as a reader reads them. */
export interface ReferenceNames {
  /** The name of what `value` (an id, or a country's code) names among `picks` (task, agency, borderGate, …, country); the value itself when the province's lists do not hold it. */
  name(picks: string, value: string): string;
  /** The year of the plan holding the task, when the province's plans hold it. */
  planYear(taskId: string): number | undefined;
  /** False while a list is still loading. */
  ready: boolean;
}

/**
 * The names behind a province's references, read from the pickers' own
 * lists (a form that shows the pickers has them already): only the lists
 * `picks` asks for are loaded.
 */
export function useReferenceNames(provinceCode: string, picks: ReadonlySet<string>): ReferenceNames {
  const { t, i18n } = useTranslation();
  const needs = (...kinds: string[]) => Boolean(provinceCode) && kinds.some((kind) => picks.has(kind));
  const [tasks] = useQuery({ query: PickerTasks, variables: { provinceCode }, pause: !needs("task") });
  const [agencies] = useQuery({ query: PickerAgencies, variables: { provinceCode }, pause: !needs("agency") });
  const [places] = useQuery({
    query: PickerPlaces,
    variables: { provinceCode },
    pause: !needs("borderGate", "borderCommune", "partnerLocality"),
  });
  const [countries] = useQuery({ query: PickerCountries, pause: !picks.has("country") });
  const english = i18n.language === "en";
  return useMemo(() => {
    const names = new Map<string, string>();
    const years = new Map<string, number>();
    for (const plan of tasks.data?.plans ?? [])
      for (const task of plan.tasks) {
        names.set(`task:${task.id}`, taskLabel(plan.year, task));
        years.set(task.id, plan.year);
      }
    for (const agency of agencies.data?.agencies ?? []) names.set(`agency:${agency.id}`, agencyLabel(agency, t));
    for (const [kind, list] of [
      ["borderGate", places.data?.borderGates],
      ["borderCommune", places.data?.borderCommunes],
      ["partnerLocality", places.data?.partnerLocalities],
    ] as const)
      for (const place of list ?? []) names.set(`${kind}:${place.id}`, place.name);
    for (const country of countries.data?.countries ?? []) names.set(`country:${country.code}`, countryLabel(country, english));
    return {
      name: (kind: string, value: string) => names.get(`${kind}:${value}`) ?? value,
      planYear: (taskId: string) => years.get(taskId),
      ready: !tasks.fetching && !agencies.fetching && !places.fetching && !countries.fetching,
    };
  }, [tasks, agencies, places, countries, english, t]);
}
