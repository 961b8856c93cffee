// IndexedDB for Dexie in jest's node environment (fake-indexeddb needs structuredClone, which Node has).
require("fake-indexeddb/auto");
