import { getSession } from "../auth/session";
import { ApiError, apiUrl, type Problem } from "./client";

/** Fetches a binary resource (a receipt PDF) with the session's token, as an object URL the browser can open. */
export async function fetchObjectUrl(path: string): Promise<string> {
  const token = getSession()?.token;
  const response = await fetch(apiUrl(path), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as Problem | null;
    throw new ApiError(
      response.status,
      problem ?? { type: "about:blank", title: response.statusText, status: response.status },
    );
  }
  return URL.createObjectURL(await response.blob());
}
