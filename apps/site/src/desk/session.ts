/** Who is signed in to the desk, and signing in and out (the key is sent once, never kept). */
import type { Session } from '@chitieu/domain';
import { api, ApiError } from './api.ts';

/** The session the cookie names, or null when nobody is signed in here. */
export async function currentSession(): Promise<Session | null> {
  try {
    return (await api<Session>('/v1/sessions/current')).body;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Exchanges a key for a session cookie; the key is not kept anywhere by the page. */
export async function signIn(key: string): Promise<Session> {
  return (await api<Session>('/v1/sessions', { method: 'POST', json: { key } })).body;
}

/** Ends the session (the cookie is cleared by the API). */
export async function signOut(): Promise<void> {
  await api('/v1/sessions/current', { method: 'DELETE' });
}
