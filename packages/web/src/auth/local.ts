import type { Role } from "./session";

/** Demo users offered by the local sign-in page (any user id and role may be typed instead). */
export const demoUsers: { sub: string; name: string; role: Role }[] = [
  { sub: "u-agent-1", name: "Ana Souza", role: "agent" },
  { sub: "u-supervisor-1", name: "Sam Okafor", role: "supervisor" },
  { sub: "u-admin-1", name: "Alex Admin", role: "admin" },
  { sub: "u-viewer-1", name: "Vera Viewer", role: "viewer" },
];

/** Asks the local runtime's issuer (POST /local/token) for a token. */
export async function localToken(request: {
  sub: string;
  roles: Role[];
  name?: string;
  customerId?: string;
}): Promise<string> {
  const response = await fetch("/local/token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { token?: string; title?: string; errors?: { message: string }[] };
  if (!response.ok || !body.token) {
    throw new Error([body.title, ...(body.errors ?? []).map((error) => error.message)].filter(Boolean).join(": "));
  }
  return body.token;
}
