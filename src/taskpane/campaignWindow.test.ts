import { campaignWindowText } from "./campaignWindow";

describe("a campaign's window: a blank date is open-ended", () => {
  test.each(["en", "da"] as const)("%s: both dates are shown", (lang) => {
    const text = campaignWindowText(lang, "2026-05-01", "2026-05-31");
    expect(text).toContain("2026-05-01");
    expect(text).toContain("2026-05-31");
  });

  test.each(["en", "da"] as const)("%s: each half-open and the fully open window read differently", (lang) => {
    const from = campaignWindowText(lang, "2026-05-01", "");
    const until = campaignWindowText(lang, "", "2026-05-31");
    const open = campaignWindowText(lang, "", "");
    expect(from).toContain("2026-05-01");
    expect(until).toContain("2026-05-31");
    expect(open).not.toMatch(/\d/);
    expect(new Set([from.replace("2026-05-01", "D"), until.replace("2026-05-31", "D"), open]).size).toBe(3);
  });
});
