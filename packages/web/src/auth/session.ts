import { useSyncExternalStore } from "react";
import { type RouteKey, routeRoles } from "../api/route-roles";

export const roles = ["admin", "supervisor", "agent", "viewer", "customer"] as const;
export type Role = (typeof roles)[number];

/** What the console reads from a token (Cognito's claim names; the local issuer uses the same). */
export interface Claims {
  sub: string;
  roles: Role[];
  name?: string;
  customerId?: string;
  /** Expiry, epoch seconds. */
  exp: number;
}

export interface Session {
  token: string;
  claims: Claims;
}

const storageKey = "caseline.session";
const listeners = new Set<() => void>();
let current: Session | null | undefined;

function base64UrlDecode(part: string): string {
  const base64 = part
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(part.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Reads a JWT's claims without verifying it: the API verifies every call; the console only shapes its UI. */
export function decodeClaims(token: string): Claims {
  const payload = JSON.parse(base64UrlDecode(token.split(".")[1] ?? "")) as Record<string, unknown>;
  const groups = Array.isArray(payload["cognito:groups"]) ? (payload["cognito:groups"] as string[]) : [];
  return {
    sub: String(payload.sub ?? ""),
    roles: groups.filter((group): group is Role => (roles as readonly string[]).includes(group)),
    ...(typeof payload.name === "string" ? { name: payload.name } : {}),
    ...(typeof payload["custom:customerId"] === "string" ? { customerId: payload["custom:customerId"] } : {}),
    exp: typeof payload.exp === "number" ? payload.exp : 0,
  };
}

function read(): Session | null {
  if (current !== undefined) return current;
  const token = sessionStorage.getItem(storageKey);
  current = null;
  if (token) {
    try {
      const claims = decodeClaims(token);
      if (claims.exp * 1000 > Date.now()) current = { token, claims };
    } catch {
      sessionStorage.removeItem(storageKey);
    }
  }
  return current;
}

export function getSession(): Session | null {
  const session = read();
  if (session && session.claims.exp * 1000 <= Date.now()) {
    signOut();
    return null;
  }
  return session;
}

export function signIn(token: string): Session {
  sessionStorage.setItem(storageKey, token);
  current = { token, claims: decodeClaims(token) };
  for (const listener of listeners) listener();
  return current;
}

export function signOut(): void {
  sessionStorage.removeItem(storageKey);
  current = null;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, () => null);
}

/** A customer token is never staff, whatever else it claims (the API's rule). */
export function isCustomer(claims: Claims): boolean {
  return claims.roles.includes("customer");
}

/** True when the API would let this caller call `route`: the console shows only actions that would succeed. */
export function can(claims: Claims | undefined, route: RouteKey): boolean {
  if (!claims) return false;
  const allowed = routeRoles[route];
  if (allowed === "public") return true;
  if (isCustomer(claims)) return (allowed as readonly string[]).includes("customer");
  return claims.roles.some((role) => (allowed as readonly string[]).includes(role));
}
