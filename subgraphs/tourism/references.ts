import { registerDecorator, type ValidationArguments, type ValidationOptions } from "class-validator";
import { codeKeyedEntity, idKeyedEntity } from "../../shared/references";
import { departmentRecord } from "../../shared/records";

/** The shared entities as the tourism department sees them; it adds its own fields to each. */
export const TourismProvince = codeKeyedEntity("Province", "TourismProvince");
export const TourismCountry = codeKeyedEntity("Country", "TourismCountry");
export const TourismAgency = idKeyedEntity("Agency", "TourismAgency");
export const TourismTask = idKeyedEntity("Task", "TourismTask");

/** Base of every tourism record: province, plan task, agencies involved. */
export const TourismRecord = departmentRecord({ Province: TourismProvince, Task: TourismTask, Agency: TourismAgency });

/** `simple-array` columns are stored comma-joined, so an item holding a comma would come back split in two. */
export const LIST_ITEM = /^[^,]+$/;

/** ISO 639-1/639-3 code with an optional subtag: vi, km, en, jra (Jrai), bdq (Bahnar), cja (Western Cham), zh-Hans. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Refuses a date before another date field of the same input (e.g. `endsOn`
 * before `startsOn`). Checked only when both are sent: ISO dates compare as strings.
 */
export function IsNotBefore(otherField: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: "isNotBefore",
      target: target.constructor,
      propertyName,
      constraints: [otherField],
      options: { message: `must not be before ${otherField}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[otherField];
          return value == null || other == null || String(value) >= String(other);
        },
      },
    });
}
