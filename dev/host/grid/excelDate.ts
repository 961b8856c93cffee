/** Excel 1900 date system: serial → ISO date text, keeping Excel's fictitious 1900-02-29. */

const DAY_MS = 86_400_000;
/** Serial 60 is the 29 February 1900 that Excel (after Lotus 1-2-3) believes in. */
const FAKE_LEAP_DAY = 60;
/** Excel's largest date, 9999-12-31. */
const MAX_SERIAL = 2_958_465;

/**
 * The ISO date ("yyyy-mm-dd") Excel shows for a serial, or null where Excel shows no date (negative or beyond
 * 9999-12-31). The time-of-day fraction is ignored. Serial 0 is Excel's "1900-01-00".
 */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= MAX_SERIAL + 1) return null;
  const day = Math.floor(serial);
  if (day === 0) return "1900-01-00";
  if (day === FAKE_LEAP_DAY) return "1900-02-29";
  // Before the fake leap day serial 1 is 1900-01-01; after it every serial is one day "too large".
  const epoch = day < FAKE_LEAP_DAY ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day * DAY_MS).toISOString().slice(0, 10);
}
