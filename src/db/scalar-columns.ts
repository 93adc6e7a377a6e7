import { ReferenceKind, type EntityMetadata } from '@mikro-orm/core';

/** A table or column name quoted for PostgreSQL. */
export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The select list of an entity's own columns (its relations left out) under their property names,
 * for hand-written statements that answer plain rows: `"company_domain" as "companyDomain", …`.
 * `alias` qualifies each column (a join); `prefix` goes before each property name, so that two
 * tables' columns can share one row without clashing (`"change.id"` beside `"id"`).
 */
export function scalarColumns(meta: EntityMetadata<any>, { alias, prefix = '' }: { alias?: string; prefix?: string } = {}): string {
  const qualifier = alias ? `${quoteIdentifier(alias)}.` : '';
  return scalarProperties(meta)
    .map((name) => `${qualifier}${quoteIdentifier(meta.properties[name]!.fieldNames[0]!)} as ${quoteIdentifier(prefix + name)}`)
    .join(', ');
}

/** The names of an entity's own (scalar, persisted, single-column) properties. */
export function scalarProperties(meta: EntityMetadata<any>): string[] {
  return meta.props
    .filter((prop) => prop.kind === ReferenceKind.SCALAR && prop.persist !== false && prop.fieldNames?.length === 1)
    .map((prop) => prop.name);
}
