/**
 * Odometer disclosure exemption, 49 CFR 580.17 (as amended from January 1, 2021): a vehicle of model
 * year 2010 or earlier is exempt once it is ten years old, one of model year 2011 or later once it is
 * twenty. Age is the calendar year of the transfer minus the model year, as NHTSA counts it (model
 * year 2011 vehicles become exempt in 2031).
 */
export function odometerExempt(modelYear: number, transferDate: string): boolean {
  const age = Number(transferDate.slice(0, 4)) - modelYear;
  return modelYear <= 2010 ? age >= 10 : age >= 20;
}

export const odometerUnits = ["km", "mi"] as const;
/** The disclosure statuses of 49 CFR 580.5: the reading is actual, exceeds the mechanical limits, or is not actual. */
export const odometerStatuses = ["actual", "exceeds_mechanical_limits", "not_actual", "exempt"] as const;
