/** domain-resolve-contacts-50k: 50,000 pasted texts resolved against 50,000 contacts (test/fixtures/contactReferencesScale.ts). */
import { resolveContactReferences } from "../../src/domain";
import { contactReferencesScale } from "../../test/fixtures/contactReferencesScale";
import { measure, report } from "./benchKit";

test("domain-resolve-contacts-50k", () => {
  const { contacts, texts } = contactReferencesScale(50_000);
  const { result, stats } = measure(() => resolveContactReferences(texts, contacts));
  expect(result).toHaveLength(texts.length);
  report(
    "domain-resolve-contacts-50k",
    stats.p50Ms,
    { texts: texts.length, contacts: contacts.length, ...stats },
    {
      maxMs: 1000,
    },
  );
});
