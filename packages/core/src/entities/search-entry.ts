import { Entity } from "electrodb";

export const searchForms = ["email", "phone", "name", "externalId", "vin", "vinSuffix", "plate"] as const;
export const searchTargets = ["customer", "vehicle", "plate"] as const;

/**
 * A lookup item that makes one thing findable by one normalized term: an email, a phone in E.164, a
 * name token, an external id. Written in the same transaction as the change to what it points at,
 * so search never finds what is not there. Each search form is one Query on gsi3 (`byTerm`):
 * exact forms query the whole term, names query a two-letter bucket with begins_with on the token.
 */
export function searchEntryEntity() {
  return new Entity({
    model: { entity: "search", version: "1", service: "caseline" },
    attributes: {
      targetType: { type: searchTargets, required: true, readOnly: true },
      targetId: { type: "string", required: true, readOnly: true },
      form: { type: searchForms, required: true, readOnly: true },
      /** The normalized term (lower-cased, accents removed; E.164 for phones). */
      term: { type: "string", required: true, readOnly: true },
      /** The partition the term is found in: the term itself, or a name token's first two letters. */
      bucket: { type: "string", required: true, readOnly: true },
      /** What a result shows without reading the target (its display name). */
      label: { type: "string", required: true },
    },
    indexes: {
      byTarget: {
        pk: { field: "pk", composite: ["targetType", "targetId"] },
        sk: { field: "sk", composite: ["form", "term"] },
      },
      byTerm: {
        index: "gsi3",
        pk: { field: "gsi3pk", composite: ["form", "bucket"] },
        sk: { field: "gsi3sk", composite: ["term", "targetType", "targetId"] },
      },
    },
  });
}
