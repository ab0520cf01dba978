import { ContractError } from '../../contract';

/** One mailbox as MailComposer takes it: an optional display name and the address itself. */
export interface Mailbox {
  name: string;
  address: string;
}

/**
 * An address a mail program will accept: an ASCII local part (the characters RFC 5322 allows in a
 * dot-atom, no leading, trailing or doubled dot) and a domain of at least two labels, letters of any
 * script allowed (nodemailer writes an internationalised domain in punycode). Deliberately stricter
 * than RFC 5322 (no quoted local parts, no IP literals): what it refuses is far more often a typing
 * mistake than a real address, and the user is told which one.
 */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}[\p{L}\p{N}-]*[\p{L}\p{N}]$/u;

export function isEmailAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.length > 254) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  return local.length <= 64 && LOCAL_PART.test(local) && DOMAIN.test(domain);
}

const invalid = (field: string, value: string, reason: string) =>
  new ContractError('INVALID_REQUEST', `${field}: "${value}" ${reason}`, {
    field,
    address: value.slice(0, 320),
  });

/** `Name <address>`: a display name, which may hold commas or be quoted, then one address. */
const NAMED = /^([^<>]*)<([^<>]+)>$/;

const unquote = (name: string) =>
  /^"(.*)"$/s.test(name) ? name.slice(1, -1).replace(/\\(.)/gs, '$1').trim() : name;

/**
 * Reads one entry of a To, Cc or From list: a bare address ("compta@dupont.fr") or a named one
 * ("Jean Dupont <jean@dupont.fr>", "Dupont, Jean <jean@dupont.fr>"). Anything else (two addresses
 * in one entry, a name without address, a malformed address) is an INVALID_REQUEST whose details
 * name the field ("to.1") and the offending text, so the screen can point at it. Without angle
 * brackets the whole entry must be the address: "jean dupont@dupont.fr" is a typing mistake, not
 * the mailbox dupont@dupont.fr named "jean" as a lenient RFC 5322 parser would read it. The name is
 * kept as typed; MailComposer quotes and encodes it.
 */
export function parseMailbox(value: string, field: string): Mailbox {
  const trimmed = value.trim();
  const named = NAMED.exec(trimmed);
  // A header cannot hold a line break: a pasted one in the name becomes a space.
  const name = named ? unquote((named[1] ?? '').replace(/[\r\n\t]+/g, ' ').trim()) : '';
  const address = named ? (named[2] ?? '').trim() : trimmed;
  if (!isEmailAddress(address)) throw invalid(field, value, 'is not an e-mail address');
  return { name, address };
}

/** Each entry of a list, with its index in the field name of an error ("cc.2"). */
export function parseMailboxes(values: readonly string[], field: string): Mailbox[] {
  return values.map((value, index) => parseMailbox(value, `${field}.${index}`));
}
