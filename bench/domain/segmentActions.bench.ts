/**
 * domain-add-contacts-50k and domain-reduce-contacts-50k: Add Contacts and Reduce over 50,000 contacts
 * (test/fixtures/contactsScale.ts). Criteria are compiled once, outside the timed runs.
 */
import { addContactsByCriteria, reduceLines } from "../../src/domain";
import {
  ADD_CRITERIA,
  ADD_OPTIONS,
  matcherOf,
  REDUCE_CRITERIA,
  SCALE_SEGMENT,
  scaleContacts,
} from "../../test/fixtures/contactsScale";
import { measure, report } from "./benchKit";

const N = 50_000;

test("domain-add-contacts-50k and domain-reduce-contacts-50k", () => {
  const contacts = scaleContacts(N);
  const excluded = contacts.filter((c) => c.excludeFromSegment).length;
  const add = matcherOf(ADD_CRITERIA);
  const added = measure(() => addContactsByCriteria(contacts, [], SCALE_SEGMENT, add, ADD_OPTIONS));
  expect(added.result.added).toHaveLength(N - excluded);
  report("domain-add-contacts-50k", added.stats.p50Ms, { contacts: N, ...added.stats }, { maxMs: 1500 });

  const lines = added.result.added;
  const hansen = matcherOf(REDUCE_CRITERIA);
  const reduced = measure(() => reduceLines(contacts, lines, hansen, { entireCompanies: false }));
  expect(reduced.result.length).toBeGreaterThan(0);
  report("domain-reduce-contacts-50k", reduced.stats.p50Ms, { lines: lines.length, ...reduced.stats }, { maxMs: 1500 });
});
