/** The five roles. In AWS they are Cognito groups (`cognito:groups`); the local issuer issues the same claim. */
export const roles = ["admin", "supervisor", "agent", "viewer", "customer"] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}
