import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { workflows } from "@caseline/functions/workflows/definitions";
import { describe, expect, it } from "vitest";

interface AslValidationResult {
  isValid: boolean;
  errorsText: (separator?: string) => string;
}
type AslValidator = (
  definition: unknown,
  options?: { checkPaths?: boolean; checkArn?: boolean },
) => AslValidationResult;

// asl-validator 4 is CommonJS without type declarations.
const validate = createRequire(import.meta.url)("asl-validator") as AslValidator;

/** What the Workflows stack does at deploy time: `${Placeholder}` → a function ARN. */
function substitute(text: string, substitutions: Record<string, string>): string {
  return text.replace(/\$\{(\w+)\}/g, (placeholder, name: string) => {
    const value = substitutions[name];
    if (value === undefined) throw new Error(`No substitution for ${placeholder}`);
    return value;
  });
}

const lambdaArn = (name: string) => `arn:aws:lambda:us-east-1:123456789012:function:caseline-test-${name}`;

/** Payload templates are data for the task, not ASL: a field there may be called anything. */
const payloadTemplates = new Set(["Parameters", "ResultSelector", "ItemSelector"]);

/** Where `key` occurs as a field of the definition (states, choice rules, catchers…), as JSON paths. */
function fieldsNamed(key: string, node: unknown, path = "$"): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => fieldsNamed(key, item, `${path}[${index}]`));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([name, value]) => [
    ...(name === key ? [`${path}.${name}`] : []),
    ...(payloadTemplates.has(name) ? [] : fieldsNamed(key, value, `${path}.${name}`)),
  ]);
}

describe.each(Object.entries(workflows))("%s", (_name, workflow) => {
  const source = readFileSync(workflow.aslFile, "utf8");
  const placeholders = Object.keys(workflow.substitutions);

  it("uses exactly the placeholders that definitions.ts substitutes", () => {
    const used = [...new Set([...source.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]))].sort();
    expect(used).toEqual([...placeholders].sort());
  });

  it("is valid ASL once the placeholders are Lambda ARNs", () => {
    const arns = Object.fromEntries(placeholders.map((placeholder) => [placeholder, lambdaArn(placeholder)]));
    const result = validate(JSON.parse(substitute(source, arns)));
    expect(result.errorsText("\n")).toBe("");
    expect(result.isValid).toBe(true);
  });

  it("is rejected by the validator when a Task has no valid Resource (the check can fail)", () => {
    const result = validate(JSON.parse(substitute(source, Object.fromEntries(placeholders.map((p) => [p, "x"])))));
    expect(result.isValid).toBe(false);
  });

  it("stays in JSONPath: no QueryLanguage, no Assign (the local interpreter ignores both)", () => {
    // Parsed afresh: the validator writes QueryLanguage into the definitions it checks.
    const definition = JSON.parse(source);
    expect(Object.keys(definition.States).length).toBeGreaterThan(0);
    // Arguments and Output are the JSONata counterparts of Parameters and OutputPath.
    for (const jsonataField of ["QueryLanguage", "Assign", "Arguments", "Output"]) {
      expect(fieldsNamed(jsonataField, definition), jsonataField).toEqual([]);
    }
  });
});
