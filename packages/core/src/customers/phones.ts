import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";

let defaultRegion: CountryCode = "US";

/** The region a number without a country code is read in (CASELINE_DEFAULT_PHONE_REGION). */
export function setDefaultPhoneRegion(region: string): void {
  defaultRegion = region.toUpperCase() as CountryCode;
}

/** A phone number in any common format → E.164 (`+5511987654321`), or undefined if it is not valid. */
export function normalizePhone(input: string, country?: string): string | undefined {
  const parsed = parsePhoneNumberFromString(input, (country?.toUpperCase() as CountryCode) ?? defaultRegion);
  return parsed?.isValid() ? parsed.number : undefined;
}
