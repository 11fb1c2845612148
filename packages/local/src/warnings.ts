/**
 * The AWS SDK warns on every start that its releases after January 2027 need Node 22. True and
 * harmless today; shown once in the README instead of on every command.
 */
export function quietNodeVersionWarning(): void {
  const original = process.emitWarning.bind(process);
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === "string" ? warning : warning.message;
    const type = typeof rest[0] === "string" ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type === "NodeVersionSupportWarning" || text.includes("will require node >=22")) return;
    (original as (...args: unknown[]) => void)(warning, ...rest);
  }) as typeof process.emitWarning;
}
