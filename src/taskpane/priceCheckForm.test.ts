import { defaultPriceCheckDraft, priceCheckInputFromDraft } from "./priceCheckForm";

const DRAFT = { ...defaultPriceCheckDraft("2026-05-10"), customerNo: " 10000 ", itemNo: "1896-s", quantity: "1.000,5" };

describe("the price check form", () => {
  test("starts at quantity 1 on the given day", () => {
    const draft = defaultPriceCheckDraft("2026-05-10");
    expect([draft.quantity, draft.date]).toEqual(["1", "2026-05-10"]);
  });

  test("reads codes upper-cased and trimmed, and the quantity in the user's language", () => {
    const read = priceCheckInputFromDraft(DRAFT, "da");
    expect(read).toEqual({
      ok: true,
      input: {
        customerNo: "10000",
        itemNo: "1896-S",
        variantCode: "",
        unitOfMeasureCode: "",
        quantity: 1000.5,
        date: "2026-05-10",
        currencyCode: "",
      },
    });
  });

  test("a contact check carries no customer no.", () => {
    const read = priceCheckInputFromDraft({ ...DRAFT, customerNo: "", contactNo: "ct000010" }, "da");
    expect(read.ok && read.input).toMatchObject({ contactNo: "CT000010" });
    expect(read.ok && "customerNo" in read.input).toBe(false);
  });

  test("a customer and a contact together are refused at the contact field", () => {
    const read = priceCheckInputFromDraft({ ...DRAFT, contactNo: "CT1" }, "da");
    expect(read.ok).toBe(false);
    expect(!read.ok && Object.keys(read.errors)).toEqual(["contactNo"]);
  });

  test("the item, a number quantity and a date are required", () => {
    const read = priceCheckInputFromDraft({ ...DRAFT, itemNo: " ", quantity: "x", date: "" }, "en");
    expect(!read.ok && Object.keys(read.errors).sort()).toEqual(["date", "itemNo", "quantity"]);
  });
});
