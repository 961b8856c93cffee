/**
 * domain-rules.md §9: 50,000 contacts in a segment. Checks that Add Contacts over 50,000 contacts builds a line for
 * each one not excluded, numbered 10000 apart, and that Reduce picks exactly the matching lines. Speed is measured
 * in bench/domain/segmentActions.bench.ts, not here.
 */
import {
  ADD_CRITERIA,
  ADD_OPTIONS,
  matcherOf,
  REDUCE_CRITERIA,
  SCALE_SEGMENT,
  scaleContacts,
} from "../../test/fixtures/contactsScale";
import { addContactsByCriteria, reduceLines } from "./segmentActions";

const N = 50_000;

test("Add Contacts builds a line for each of 50,000 contacts not excluded; Reduce removes exactly the matching ones", () => {
  const contacts = scaleContacts(N);
  const result = addContactsByCriteria(contacts, [], SCALE_SEGMENT, matcherOf(ADD_CRITERIA), ADD_OPTIONS);

  const excluded = contacts.filter((c) => c.excludeFromSegment).length;
  expect(result.skipped).toEqual({ excluded, existing: 0 });
  expect(result.added).toHaveLength(N - excluded);
  expect(result.added[N - excluded - 1]?.lineNo).toBe((N - excluded) * 10000);

  const removed = reduceLines(contacts, result.added, matcherOf(REDUCE_CRITERIA), { entireCompanies: false });
  const expected = result.added.filter((l) => Number(l.contactNo.slice(1)) % 3 === 0).length;
  expect(removed).toHaveLength(expected);
}, 120_000);
