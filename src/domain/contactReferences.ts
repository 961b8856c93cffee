/**
 * Pasted contact lists → contact nos. People paste what they have: contact nos., e-mail addresses or names.
 * Each text resolves by the first kind that matches: a contact no. (trimmed, any case), else an e-mail that
 * exactly one contact has (any case), else a name that exactly one contact has (any case, runs of white space
 * as one). Indexes are built once, so 50,000 texts against 50,000 contacts cost a few map reads each.
 */
import { normalizeCode } from "./codes";
import type { Contact, IssueParams } from "./records";

/** The contact a pasted text names, or why it names none (UNKNOWN_ / AMBIGUOUS_CONTACT_REFERENCE). */
export type ContactReference =
  | { ok: true; contactNo: string }
  | { ok: false; code: "UNKNOWN_CONTACT_REFERENCE" | "AMBIGUOUS_CONTACT_REFERENCE"; params: IssueParams };

/** At most this many candidate nos. are named in an ambiguity. */
const MAX_CANDIDATES = 3;
const SPACES = /\s+/g;
// Most names need no collapsing; testing first avoids a replace (and a new string) per name.
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

const emailKey = (s: string): string => s.trim().toLowerCase();
function nameKey(s: string): string {
  const t = s.trim();
  return (NEEDS_COLLAPSE.test(t) ? t.replace(SPACES, " ") : t).toLowerCase();
}

/** Key → the one contact no. holding it, or all of them when several do (few keys are shared). */
type Index = Map<string, string | string[]>;

function buildIndex(nos: readonly string[], keys: readonly string[]): Index {
  const index: Index = new Map();
  for (let i = 0; i < nos.length; i++) {
    const key = keys[i] ?? "";
    const no = nos[i] ?? "";
    if (key === "") continue;
    const held = index.get(key);
    if (held === undefined) index.set(key, no);
    else if (typeof held === "string") index.set(key, [held, no]);
    else held.push(no);
  }
  return index;
}

/** Resolves each text to a contact no. (see the module comment); results are in the order of `texts`. */
export function resolveContactReferences(texts: readonly string[], contacts: readonly Contact[]): ContactReference[] {
  const byNo = new Set<string>();
  const unique: Contact[] = [];
  const nos: string[] = [];
  for (const c of contacts) {
    const no = normalizeCode(c.no);
    if (no === "" || byNo.has(no)) continue;
    byNo.add(no);
    unique.push(c);
    nos.push(no);
  }
  // The e-mail and name indexes are built only when some text is not a contact no.
  let byEmail: Index | undefined;
  let byName: Index | undefined;
  return texts.map((text): ContactReference => {
    const no = normalizeCode(text);
    if (byNo.has(no)) return { ok: true, contactNo: no };
    byEmail ??= buildIndex(
      nos,
      unique.map((c) => emailKey(c.email)),
    );
    let held = byEmail.get(emailKey(text));
    if (held === undefined) {
      byName ??= buildIndex(
        nos,
        unique.map((c) => nameKey(c.name)),
      );
      held = byName.get(nameKey(text));
    }
    if (held === undefined) return { ok: false, code: "UNKNOWN_CONTACT_REFERENCE", params: { text: text.trim() } };
    if (typeof held === "string") return { ok: true, contactNo: held };
    const candidates = held.slice(0, MAX_CANDIDATES).join(", ");
    const params = { text: text.trim(), count: held.length, candidates };
    return { ok: false, code: "AMBIGUOUS_CONTACT_REFERENCE", params };
  });
}
