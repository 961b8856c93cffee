import { hashText } from "./hashText";

test("the first half is standard 32-bit FNV-1a (published test vectors)", () => {
  expect(hashText("").slice(0, 8)).toBe("811c9dc5");
  expect(hashText("a").slice(0, 8)).toBe("e40c292c");
  expect(hashText("foobar").slice(0, 8)).toBe("bf9cf968");
});

test("hashes are 16 hex digits, stable, and differ for 100,000 distinct row texts", () => {
  const seen = new Set<string>();
  let malformed = 0;
  for (let i = 0; i < 100_000; i++) {
    const h = hashText(`CP${i}\u001fCampaign ${i}\u001f2026-03-01`);
    if (!/^[0-9a-f]{16}$/.test(h)) malformed++;
    seen.add(h);
  }
  expect(malformed).toBe(0);
  expect(seen.size).toBe(100_000);
  expect(hashText("Beskrivelse æøå")).toBe(hashText("Beskrivelse æøå"));
});
