/*
 * Campaign Desk preflight: a small ES5 script that taskpane.html loads before the bundle (the CSP forbids inline
 * scripts). It checks what the bundle needs — an ES2022 webview, IndexedDB, and (once Office is ready) an Excel with
 * the manifest's floor requirement set — and shows a page saying what is missing instead of a blank pane. The bundle
 * does not start when `window.campaignDeskPreflight.ok` is false; it calls `campaignDeskPreflight.show("storage")`
 * when IndexedDB is there but cannot be opened. Kept in ES5 so an old webview can run it.
 */
(function () {
  "use strict";
  /** ExcelApi floor: the manifest's MinVersion (test/manifest/requirementSets.test.ts checks they agree). */
  var EXCEL_API_FLOOR = "1.8";

  var TEXTS = {
    en: {
      title: "Campaign Desk cannot run here",
      es2022:
        "This version of Office shows add-ins in an old browser engine. Update Office (or Windows' Microsoft Edge WebView2 Runtime), then open Campaign Desk again.",
      indexedDB:
        "This browser gives add-ins no local database (IndexedDB), for example in a private window or when site data is blocked. Use a normal window or allow site data, then open Campaign Desk again.",
      storage:
        "Campaign Desk could not open its local database (IndexedDB). Close other Campaign Desk windows, allow site data for this add-in, or clear the Office cache, then open it again.",
      host:
        "This Excel is too old for Campaign Desk: it needs ExcelApi " +
        EXCEL_API_FLOOR +
        " (Excel 2021, Excel for Microsoft 365, Excel on the web). Update Excel, then open Campaign Desk again.",
    },
    da: {
      title: "Campaign Desk kan ikke køre her",
      es2022:
        "Denne version af Office viser tilføjelsesprogrammer i en gammel browsermotor. Opdater Office (eller Windows' Microsoft Edge WebView2 Runtime), og åbn Campaign Desk igen.",
      indexedDB:
        "Denne browser giver ikke tilføjelsesprogrammer en lokal database (IndexedDB), fx i et privat vindue, eller når webstedsdata er blokeret. Brug et almindeligt vindue eller tillad webstedsdata, og åbn Campaign Desk igen.",
      storage:
        "Campaign Desk kunne ikke åbne sin lokale database (IndexedDB). Luk andre Campaign Desk-vinduer, tillad webstedsdata for tilføjelsesprogrammet, eller ryd Office-cachen, og åbn den igen.",
      host:
        "Denne Excel er for gammel til Campaign Desk: den kræver ExcelApi " +
        EXCEL_API_FLOOR +
        " (Excel 2021, Excel til Microsoft 365, Excel på internettet). Opdater Excel, og åbn Campaign Desk igen.",
    },
  };

  function language() {
    var office = window.Office;
    var tag = (office && office.context && office.context.displayLanguage) || navigator.language || "en";
    return /^da(-|_|$)/i.test(String(tag)) ? "da" : "en";
  }

  function hasEs2022() {
    try {
      return (
        typeof Array.prototype.at === "function" &&
        typeof Object.hasOwn === "function" &&
        typeof String.prototype.replaceAll === "function" &&
        typeof Promise.allSettled === "function"
      );
    } catch (e) {
      void e;
      return false;
    }
  }

  function hasIndexedDb() {
    try {
      return typeof window.indexedDB === "object" && window.indexedDB !== null;
    } catch (e) {
      void e;
      return false;
    }
  }

  function render(problem) {
    var root = document.getElementById("root");
    if (!root) return;
    var texts = TEXTS[language()];
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.setAttribute("data-testid", "preflight");
    box.setAttribute("data-problem", problem);
    box.style.padding = "16px";
    box.style.fontFamily = "'Segoe UI', sans-serif";
    var heading = document.createElement("h1");
    heading.style.fontSize = "18px";
    heading.textContent = texts.title;
    var text = document.createElement("p");
    text.textContent = texts[problem];
    box.appendChild(heading);
    box.appendChild(text);
    root.appendChild(box);
  }

  var state = { ok: true, problem: null, show: show };
  window.campaignDeskPreflight = state;

  /** Shows the page for `problem` ("es2022", "indexedDB", "storage", "host"); the bundle then does not start. */
  function show(problem) {
    state.ok = false;
    state.problem = problem;
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () {
        render(problem);
      });
    } else {
      render(problem);
    }
  }

  if (!hasEs2022()) show("es2022");
  else if (!hasIndexedDb()) show("indexedDB");

  var office = window.Office;
  if (office && typeof office.onReady === "function") {
    office.onReady(function () {
      var requirements = office.context && office.context.requirements;
      if (state.ok && requirements && !requirements.isSetSupported("ExcelApi", EXCEL_API_FLOOR)) show("host");
    });
  }
})();
