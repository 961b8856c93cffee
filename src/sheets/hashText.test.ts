import { hashText, TextHash } from "./hashText";

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

test("[SP61] hashing texts in turn gives hashText of them joined, and the hashes stores already hold", () => {
  // Values the joined-text implementation gave: hashes stored in existing workbooks and stores must not change.
  expect(hashText("CP0001\u001fAutumn chairs\u001f2026-09-01")).toBe("b96904e9f3d12b75");
  expect(hashText("")).toBe("811c9dc5207bc242");
  expect(hashText("Beskrivelse æøå 😀")).toBe("94fd5c1894f3596b");
  const parts = ["CP0001", "\u001f", "Autumn chairs", "\u001f", "", "2026-09-01"];
  const inTurn = parts.reduce((h, p) => h.add(p), new TextHash()).digest();
  expect(inTurn).toBe(hashText(parts.join("")));
  expect(new TextHash().add("Beskrivelse ").add("æøå 😀").digest()).toBe("94fd5c1894f3596b");
});
