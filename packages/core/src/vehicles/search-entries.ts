import type { SearchEntryInput } from "../search/entries.js";

/** "2003 Honda Accord": how a vehicle is shown in search results and a customer's 360 view. */
export function vehicleLabel(vehicle: { modelYear: number; make: string; model: string }): string {
  return `${vehicle.modelYear} ${vehicle.make} ${vehicle.model}`;
}

/** A vehicle is found by its whole VIN and by its last 6 and last 8 characters (what people read off a title). */
export function vehicleSearchEntries(vehicle: {
  vin: string;
  modelYear: number;
  make: string;
  model: string;
}): SearchEntryInput[] {
  const label = `${vehicleLabel(vehicle)} · ${vehicle.vin}`;
  const entry = (form: SearchEntryInput["form"], term: string): SearchEntryInput => ({
    targetType: "vehicle",
    targetId: vehicle.vin,
    form,
    term,
    bucket: term,
    label,
  });
  const suffixes = [6, 8].filter((length) => vehicle.vin.length > length).map((length) => vehicle.vin.slice(-length));
  return [entry("vin", vehicle.vin), ...suffixes.map((suffix) => entry("vinSuffix", suffix))];
}

/** A plate is found by its number however it is typed; the same number may exist in several jurisdictions. */
export function plateSearchEntry(plate: { jurisdiction: string; number: string; display: string }): SearchEntryInput {
  return {
    targetType: "plate",
    targetId: `${plate.jurisdiction}/${plate.number}`,
    form: "plate",
    term: plate.number,
    bucket: plate.number,
    label: `${plate.display} (${plate.jurisdiction})`,
  };
}
