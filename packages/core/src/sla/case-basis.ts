/** What a record derived from a case (its SLA record, its work item) was computed from. */
export interface CaseBasis {
  readonly caseVersion: number;
  readonly interactionCount: number;
}

/** The condition operators of an ElectroDB `where` callback that this module uses. */
interface WhereOps<A> {
  notExists(attribute: A): string;
  lt(attribute: A, value: number): string;
  eq(attribute: A, value: number): string;
  lte(attribute: A, value: number): string;
}

/**
 * A derived record is written unless one computed from a newer version of the case (or the same version
 * with more interactions) is stored already: concurrent recomputations then end with the newest.
 */
export function noNewerBasis<A>(
  attr: { caseVersion: A; interactionCount: A },
  op: WhereOps<A>,
  basis: CaseBasis,
): string {
  const { caseVersion, interactionCount } = basis;
  return `${op.notExists(attr.caseVersion)} OR ${op.lt(attr.caseVersion, caseVersion)} OR (${op.eq(attr.caseVersion, caseVersion)} AND ${op.lte(attr.interactionCount, interactionCount)})`;
}
