/**
 * A record as a flat list of fields (`target.min`, `sources.0.title`, `cells.tdp-1.status`), the
 * shape the merge view and the history's field-by-field changes compare. Arrays of objects that
 * carry a `slug` are keyed by it, so a cell is compared with the same cell, not the one at its index.
 */

/** One field of a record: its path and its value (a string, number, boolean or null). */
export type FieldValues = ReadonlyMap<string, string | number | boolean | null>;

function keyOf(item: unknown, index: number): string {
  if (item !== null && typeof item === 'object' && 'slug' in item && typeof (item as { slug: unknown }).slug === 'string') {
    return (item as { slug: string }).slug;
  }
  return String(index);
}

/**
 * The fields of `record`, leaves only, in the record's order.
 *
 * @example flattenRecord({ admitted: 53, target: { min: 20 } }) // Map { 'admitted' => 53, 'target.min' => 20 }
 */
export function flattenRecord(record: unknown, prefix = ''): FieldValues {
  const fields = new Map<string, string | number | boolean | null>();
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      if (value.length === 0) fields.set(path, null);
      value.forEach((item, index) => visit(item, path ? `${path}.${keyOf(item, index)}` : keyOf(item, index)));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) visit(inner, path ? `${path}.${key}` : key);
    } else if (value === undefined) {
      fields.set(path, null);
    } else {
      fields.set(path, value as string | number | boolean | null);
    }
  };
  visit(record, prefix);
  return fields;
}

/** A field whose value differs between two flattened records. */
export interface FieldChange {
  readonly path: string;
  readonly before: string | number | boolean | null;
  readonly after: string | number | boolean | null;
}

/**
 * The fields that differ between `before` and `after` (added, removed or changed), in the order of
 * `after` then the removed ones.
 *
 * @example changedFields(new Map([['admitted', 53]]), new Map([['admitted', 54]])) // [{ path: 'admitted', before: 53, after: 54 }]
 */
export function changedFields(before: FieldValues, after: FieldValues): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [path, value] of after) {
    const old = before.has(path) ? (before.get(path) ?? null) : null;
    if (!before.has(path) || old !== value) changes.push({ path, before: old, after: value });
  }
  for (const [path, value] of before) if (!after.has(path)) changes.push({ path, before: value, after: null });
  return changes;
}

/** Which version a field keeps. */
export type MergeChoice = 'mine' | 'theirs';

function findIn(list: unknown[], key: string): number {
  const bySlug = list.findIndex((item) => item !== null && typeof item === 'object' && (item as { slug?: unknown }).slug === key);
  if (bySlug >= 0) return bySlug;
  return /^\d+$/.test(key) && Number(key) < list.length ? Number(key) : -1;
}

/** Reads the value at a flattened path (see record-fields.ts), or undefined. */
function readPath(record: unknown, parts: readonly string[]): unknown {
  let node: unknown = record;
  for (const part of parts) {
    if (Array.isArray(node)) {
      const index = findIn(node, part);
      node = index < 0 ? undefined : node[index];
    } else if (node !== null && typeof node === 'object') {
      node = (node as Record<string, unknown>)[part];
    } else {
      return undefined;
    }
  }
  return node;
}

/**
 * Writes `theirs`' value of a path into `target`; where `target` lacks the object the path goes
 * through (a cell only they added), the whole object is copied from theirs; where theirs lacks it
 * (they removed it), it is removed.
 */
function takeTheirs(target: unknown, theirs: unknown, parts: readonly string[]): void {
  let node: unknown = target;
  let other: unknown = theirs;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    if (Array.isArray(node)) {
      const otherList = Array.isArray(other) ? other : [];
      const index = findIn(node, part);
      const otherIndex = findIn(otherList, part);
      if (otherIndex < 0) {
        if (index >= 0) node.splice(index, 1);
        return;
      }
      if (index < 0) {
        node.push(structuredClone(otherList[otherIndex]));
        return;
      }
      if (last) {
        node[index] = structuredClone(otherList[otherIndex]);
        return;
      }
      node = node[index];
      other = otherList[otherIndex];
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const otherRecord = other !== null && typeof other === 'object' ? (other as Record<string, unknown>) : {};
      if (last || record[part] === null || typeof record[part] !== 'object') {
        if (last || !(part in otherRecord)) {
          if (part in otherRecord) record[part] = structuredClone(otherRecord[part]);
          else delete record[part];
          return;
        }
        record[part] = structuredClone(otherRecord[part]);
        return;
      }
      node = record[part];
      other = otherRecord[part];
    } else {
      return;
    }
  }
}

/**
 * The record that keeps `mine` except where `choices` says theirs.
 *
 * @example mergeRecords({ admitted: 54, asOf: 'b' }, { admitted: 53, asOf: 'a' }, new Map([['asOf', 'theirs']])) // { admitted: 54, asOf: 'a' }
 */
export function mergeRecords<T>(mine: T, theirs: T, choices: ReadonlyMap<string, MergeChoice>): T {
  const merged = structuredClone(mine);
  for (const [path, choice] of choices) {
    if (choice === 'theirs' && readPath(merged, path.split('.')) !== readPath(theirs, path.split('.'))) takeTheirs(merged, theirs, path.split('.'));
  }
  return merged;
}
