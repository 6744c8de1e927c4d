/** What the query functions need from D1: the binding itself, or a Sessions API session so reads can go to a replica. */
export type Database = D1Database | D1DatabaseSession;
