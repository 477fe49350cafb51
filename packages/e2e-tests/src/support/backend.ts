/** The backend both example portals talk to. */
export const BACKEND_URL = 'http://localhost:7007';

/** A guest token, the way the sign-in page gets one. */
export async function getGuestToken(): Promise<string> {
  const response = await fetch(`${BACKEND_URL}/api/auth/guest/refresh`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Requested-With': 'XMLHttpRequest',
    },
  });
  if (!response.ok) {
    throw new Error(`Guest sign-in failed: HTTP ${response.status}`);
  }
  const body = await response.json();
  return body.backstageIdentity.token;
}

/** GET a backend path as the guest; the parsed body, or undefined on non-2xx. */
export async function getAsGuest<T>(
  token: string,
  path: string,
): Promise<T | undefined> {
  const response = await fetch(`${BACKEND_URL}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.ok ? ((await response.json()) as T) : undefined;
}
