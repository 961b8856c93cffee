/**
 * Generated contacts for the dev host, the e2e tests and the benchmarks: companies K0001… with two persons
 * each (K0001-1, K0001-2), the first half in territory NORTH, every tenth company a customer (C1xxxx).
 */
type Fields = Record<string, string>;

const pad = (n: number) => String(n).padStart(4, "0");
export const companyNo = (i: number) => `K${pad(i)}`;
export const customerNo = (i: number) => `C1${pad(i)}`;

/** `companies` companies and two persons each; territory NORTH for the first half. */
export function contactRows(companies: number): Fields[] {
  const rows: Fields[] = [];
  for (let i = 1; i <= companies; i++) {
    const territory = i <= companies / 2 ? "NORTH" : "SOUTH";
    const common = { postCode: String(5000 + (i % 100)), city: "Odense", countryCode: "DK", territoryCode: territory };
    rows.push({
      no: companyNo(i),
      type: "Company",
      name: `Company ${pad(i)} Ltd`,
      email: `info${i}@company.example`,
      ...common,
    });
    for (const k of [1, 2]) {
      rows.push({
        no: `${companyNo(i)}-${k}`,
        type: "Person",
        name: `Person ${pad(i)}-${k}`,
        companyNo: companyNo(i),
        email: `p${i}.${k}@company.example`,
        ...common,
      });
    }
  }
  return rows;
}

/** Customers for every tenth company, linked to it. */
export function customerRows(companies: number): Fields[] {
  const rows: Fields[] = [];
  for (let i = 1; i <= companies; i += 10)
    rows.push({ no: customerNo(i), name: `Company ${pad(i)}`, contactNo: companyNo(i) });
  return rows;
}

/** An all-customers price and a lower campaign price for item I0001 (the price check's example). */
export function priceRows(campaignNo: string): Fields[] {
  return [
    { salesType: "AllCustomers", itemNo: "I0001", unitOfMeasureCode: "PCS", unitPrice: "10" },
    { salesType: "Campaign", salesCode: campaignNo, itemNo: "I0001", unitOfMeasureCode: "PCS", unitPrice: "7" },
  ];
}
