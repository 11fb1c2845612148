import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { LocalIssuer } from "./issuer.js";

/** `npm run token -- --role agent --sub u-1`: prints a local-issuer token on stdout and nothing else. */
const { values } = parseArgs({
  options: {
    role: { type: "string", multiple: true },
    sub: { type: "string" },
    name: { type: "string" },
    customer: { type: "string" },
    ttl: { type: "string" },
  },
  strict: true,
});

try {
  const issuer = await LocalIssuer.open(process.env.CASELINE_DATA_DIR ?? ".caseline");
  const roles = (values.role ?? []).flatMap((role) => role.split(","));
  const { token } = await issuer.issue({
    sub: values.sub ?? "",
    roles: roles as never,
    ...(values.name ? { name: values.name } : {}),
    ...(values.customer ? { customerId: values.customer } : {}),
    ...(values.ttl ? { expiresIn: Number(values.ttl) } : {}),
  });
  process.stdout.write(`${token}\n`);
} catch (error) {
  if (error instanceof ZodError) {
    const problems = error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("; ");
    process.stderr.write(
      `token: ${problems}\nusage: npm run token -- --role agent --sub u-1 [--name "Ana"] [--customer <customerId>] [--ttl 3600]\n`,
    );
    process.exit(2);
  }
  throw error;
}
