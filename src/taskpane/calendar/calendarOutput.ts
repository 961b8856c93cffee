/** Where a calendar's text goes from the pane: the clipboard (everywhere) or a .ics download (where downloads work). */

/** Copies the text; false when the clipboard is refused (no permission, an older host, a pane without focus). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves the text as a file through a Blob and an anchor's download (not in Excel on Mac: office-js #2700). */
export function downloadText(text: string, fileName: string, type = "text/calendar;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = "none";
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // The browser has taken the download once the click returns; the URL is let go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name for a salesperson's calendar: tasks-JR.ics (characters a file name cannot hold become "_"). */
export const calendarFileName = (salespersonCode: string) =>
  `tasks-${salespersonCode.replace(/[^A-Za-z0-9_-]/g, "_") || "salesperson"}.ics`;
