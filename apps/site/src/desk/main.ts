// The data desk (/desk): one Lit application over the public API, signed in with a session cookie.
import './desk-app.ts';
