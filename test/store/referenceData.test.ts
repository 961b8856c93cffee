/** Reference data for segments and target groups: contacts, the customer of a company contact, teams, templates, segments. */
import { createDexieSyncStore } from "../../src/store";
import type { SyncStore } from "../../src/store";
import { contactsUnit, scaleContactRows } from "../fixtures/referenceDataScale";
import { rowOf, rowsOf, segmentOf, unitOf } from "./storeBuilders";

let n = 0;
let store: SyncStore;
beforeEach(() => {
  store = createDexieSyncStore({ name: `refdata-db-${++n}` });
});
afterEach(() => store.close());

test("contacts by no. with type, company, name, e-mail and the exclude flag", async () => {
  const company = rowOf("contact", 3, { type: "Company", companyNo: "CT000003", name: "Nordlys A/S" });
  const person = rowOf("contact", 4, {
    type: "Person",
    companyNo: "CT000003",
    name: "Anna Jensen",
    email: "anna@nordlys.dk",
    excludeFromSegment: true,
    city: "Odense",
  });
  await store.commit(unitOf("contact", [company, person]));
  const refs = await store.loadReferenceData();
  expect(refs.contacts.get("CT000004")).toEqual({
    type: "Person",
    companyNo: "CT000003",
    name: "Anna Jensen",
    email: "anna@nordlys.dk",
    excludeFromSegment: true,
    salespersonCode: person.salespersonCode,
  });
  expect(refs.contacts.get("CT000003")?.companyNo).toBe("CT000003");
  expect(refs.contacts.size).toBe(2);
});

test("customerByContact maps a company contact to the customer whose Contact No. names it; blank ones are skipped", async () => {
  await store.commit(
    unitOf("customer", [
      rowOf("customer", 1, { contactNo: "CT000003" }),
      rowOf("customer", 2, { contactNo: "" }),
      rowOf("customer", 3, { contactNo: "CT000006" }),
    ]),
  );
  const refs = await store.loadReferenceData();
  expect([...refs.customerByContact].sort()).toEqual([
    ["CT000003", "K1"],
    ["CT000006", "K3"],
  ]);
  expect(refs.customers.size).toBe(3);
});

test("teams, interaction groups, templates (whole records, without row bookkeeping) and segment headers", async () => {
  await store.commit(unitOf("team", rowsOf("team", 1, 2)));
  await store.commit(unitOf("interactionGroup", rowsOf("interactionGroup", 1, 3)));
  const template = rowOf("interactionTemplate", 1, { campaignNo: "CP0001", unitCost: 12.5 });
  await store.commit(unitOf("interactionTemplate", [template]));
  const segment = segmentOf(7, { interactionTemplateCode: template.code });
  await store.commit(unitOf("segmentHeader", [segment]));

  const refs = await store.loadReferenceData();
  expect([...refs.teams].sort()).toEqual(["C00001", "C00002"]);
  expect(refs.interactionGroups.size).toBe(3);
  const { rowId: _r, rowVersion: _v, rowHash: _h, ...record } = template;
  expect(refs.interactionTemplates.get(template.code)).toEqual(record);
  const { rowId: _sr, rowVersion: _sv, rowHash: _sh, ...header } = segment;
  expect(refs.segments.get("SEG0007")).toEqual(header);
});

test("50,000 contacts load into reference data, each with its name", async () => {
  const contacts = scaleContactRows(50_000);
  await store.commit(contactsUnit(contacts));
  const refs = await store.loadReferenceData();
  expect(refs.contacts.size).toBe(50_000);
  expect(refs.contacts.get(contacts[49_999]!.no)?.name).toBe(contacts[49_999]!.name);
}, 120_000);

test("activated campaigns are those with target-group rows", async () => {
  const store = createDexieSyncStore({ name: `refs-activated-${++n}` });
  await store.commit({
    entity: "campaign",
    deletes: [],
    puts: [],
    targetGroups: { puts: [{ type: "Contact", no: "K1", campaignNo: "CP0007" }], deletes: [] },
    log: { at: "", bindingId: "", entity: "campaign", origin: "test", puts: 0, deletes: 0, keys: [] },
  });
  expect([...(await store.loadReferenceData()).activatedCampaigns]).toEqual(["CP0007"]);
  store.close();
});
