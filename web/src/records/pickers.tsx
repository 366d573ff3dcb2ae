import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { FormSelect } from "../components/FormSelect";
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

/** A plan task of the province, searched by number or words of its title (tone marks ignored). */
export function TaskPicker(props: PickerProps) {
  const [{ data, fetching }] = useQuery({ query: PickerTasks, variables: { provinceCode: props.provinceCode } });
  const options = (data?.plans ?? []).flatMap((plan) =>
    plan.tasks.map((task) => ({ value: task.id, label: `${plan.year} · ${task.outline}. ${task.title}` })),
  );
  return <Picker {...props} options={options} loading={fetching} />;
}

export function AgencyPicker(props: PickerProps) {
  const [{ data, fetching }] = useQuery({ query: PickerAgencies, variables: { provinceCode: props.provinceCode } });
  return (
    <Picker {...props} options={(data?.agencies ?? []).map((a) => ({ value: a.id, label: `${a.code} — ${a.name}` }))} loading={fetching} />
  );
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
  const options = (data?.countries ?? []).map((c) => ({
    value: c.code,
    label: `${i18n.language === "en" ? c.nameEn : c.name} (${c.code})`,
  }));
  return <Picker {...props} options={options} loading={fetching} />;
}
