import { decodeGlobalID } from '@pothos/plugin-relay';
import { BadUserInputError } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a Relay global id of the expected type, or explains which argument is malformed. */
export function parseGlobalId(globalId: string, typename: string, field: string): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new BadUserInputError(`"${truncate(globalId)}" is not a valid ${typename} id`, field);
  }
  if (decoded.typename !== typename || !UUID.test(decoded.id)) {
    throw new BadUserInputError(`"${truncate(globalId)}" is not a valid ${typename} id`, field);
  }
  return decoded.id.toLowerCase();
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

/**
 * Decodes the global id given to `node(id:)`. Every node's primary key is a UUID, so an inner id that
 * is not one cannot name anything: it is the client's mistake, answered before any query runs.
 */
export function decodeNodeId(globalId: string): { typename: string; id: string } {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new BadUserInputError(`"${truncate(globalId)}" is not a valid id`, 'id');
  }
  if (!UUID.test(decoded.id)) throw new BadUserInputError(`"${truncate(globalId)}" is not a valid id`, 'id');
  return { typename: decoded.typename, id: decoded.id.toLowerCase() };
}
