/**
 * Every user-facing message, in English and Danish. Each template says what is wrong and what to do next.
 * `{name}` is replaced by the issue parameter `name`; `{field}` is shown as the field's label in the
 * user's language (FIELD_LABELS). Messages never print batch row indexes (params.otherRow is one): the
 * caller knows the sheet row and can add it.
 */
import { MISS_MESSAGES } from "./priceCheckMissMessages";
import { OPPORTUNITY_MESSAGES } from "./opportunityMessageCatalog";
import { TASK_MESSAGES } from "./taskMessageCatalog";
import { INTERACTION_FIELD_LABELS, INTERACTION_MESSAGES } from "./interactionMessageCatalog";
import { SEGMENT_FIELD_LABELS, SEGMENT_MESSAGES } from "./segmentMessageCatalog";
import type { Texts } from "./records";

export const MESSAGES: Readonly<Record<string, Texts>> = {
  KEY_REQUIRED: {
    en: "{field} is missing. Enter a {field} for this row.",
    da: "{field} mangler. Udfyld {field} for denne række.",
  },
  CODE_TOO_LONG: {
    en: '{field} "{value}" has {length} characters, but at most {max} are allowed. Shorten it.',
    da: '{field} "{value}" har {length} tegn, men der er højst plads til {max}. Forkort værdien.',
  },
  CODE_INVALID_CHARS: {
    en: "{field} contains control characters such as line breaks or tabs. Remove them.",
    da: "{field} indeholder kontroltegn som linjeskift eller tabulatorer. Fjern dem.",
  },
  TEXT_TOO_LONG: {
    en: "{field} has {length} characters, but at most {max} are allowed. Shorten the text.",
    da: "{field} har {length} tegn, men der er højst plads til {max}. Forkort teksten.",
  },
  DUPLICATE_KEY: {
    en: "{field} {key} is used in more than one row. Give each row a unique {field}, or delete the extra row.",
    da: "{field} {key} bruges i mere end én række. Giv hver række en unik værdi i {field}, eller slet den overskydende række.",
  },
  INVALID_DATE: {
    en: '{field} "{value}" is not a valid date. Enter it as YYYY-MM-DD, for example 2026-05-01, or leave it blank.',
    da: '{field} "{value}" er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD, f.eks. 2026-05-01, eller lad feltet stå tomt.',
  },
  CAMPAIGN_DATES_ORDER: {
    en: "Starting date {startingDate} is after ending date {endingDate}. Change one of the dates.",
    da: "Startdatoen {startingDate} ligger efter slutdatoen {endingDate}. Ret en af datoerne.",
  },
  UNKNOWN_STATUS: {
    en: "Campaign status {code} does not exist. Choose an existing status, or create {code} first.",
    da: "Kampagnestatus {code} findes ikke. Vælg en eksisterende status, eller opret {code} først.",
  },
  UNKNOWN_SALESPERSON: {
    en: "Salesperson {code} does not exist. Choose an existing salesperson, or create {code} first.",
    da: "Sælger {code} findes ikke. Vælg en eksisterende sælger, eller opret {code} først.",
  },
  SALESPERSON_BLOCKED: {
    en: "Salesperson {code} is blocked. Choose another salesperson, or remove the block on {code}.",
    da: "Sælger {code} er spærret. Vælg en anden sælger, eller fjern spærringen af {code}.",
  },
  NUMBER_OUT_OF_RANGE: {
    en: "{field} {value} is beyond what Business Central can store (from -999,999,999,999,999.99 to 999,999,999,999,999.99). Enter a smaller number.",
    da: "{field} {value} ligger uden for det, Business Central kan gemme (fra -999.999.999.999.999,99 til 999.999.999.999.999,99). Skriv et mindre tal.",
  },
  INVALID_EMAIL: {
    en: '"{value}" is not an e-mail address Business Central accepts: it needs exactly one @ with text on both sides, and no spaces. Correct it, e.g. name@example.com.',
    da: '"{value}" er ikke en e-mailadresse, som Business Central godtager: den skal have præcis ét @ med tekst på begge sider og ingen mellemrum. Ret den, f.eks. navn@eksempel.dk.',
  },
  NUMBER_SERIES_NO_DIGITS: {
    en: '{field} "{value}" contains no digits, so the next number cannot be counted up. Use a number such as CP0001.',
    da: '{field} "{value}" indeholder ingen cifre, så det næste nummer kan ikke tælles op. Brug et nummer som CP0001.',
  },
  MANUAL_NO_NOT_ALLOWED: {
    en: "Number series {series} does not allow manual numbers. Leave {field} blank to get the next number, or allow manual numbers on {series}.",
    da: "Nummerserien {series} tillader ikke manuelle numre. Lad {field} stå tomt for at få det næste nummer, eller tillad manuelle numre i {series}.",
  },
  CAMPAIGN_ACTIVATED_NO_DELETE: {
    en: "Campaign {no} is activated, so it was not deleted and its row is back. Deactivate it on the campaign card first, then delete the row.",
    da: "Kampagne {no} er aktiveret, så den blev ikke slettet, og rækken er sat ind igen. Deaktivér den først på kampagnekortet, og slet så rækken.",
  },
  CAMPAIGN_GONE: {
    en: "Campaign {no} was deleted or renumbered meanwhile (in the sheet or by someone else). Select it again in the list.",
    da: "Kampagne {no} er blevet slettet eller omnummereret imens (i arket eller af en anden). Vælg den igen på listen.",
  },
  DATE_FORMULA_SYNTAX: {
    en: 'Date formula "{formula}" is not valid. Use terms such as 10D, 2W, 1M+CM, -CW, D15 or WD1.',
    da: 'Datoformlen "{formula}" er ugyldig. Brug led som 10D, 2W, 1M+CM, -CW, D15 eller WD1.',
  },
  DATE_OUT_OF_RANGE: {
    en: 'Date formula "{formula}" from {baseDate} gives a date outside 0001–9999. Use a shorter period.',
    da: 'Datoformlen "{formula}" fra {baseDate} giver en dato uden for 0001–9999. Brug en kortere periode.',
  },
  // Items, customers, prices and discounts (issue 3).
  INVALID_NUMBER: {
    en: '{field} "{value}" is not a number. Enter a number, for example 12.5.',
    da: '{field} "{value}" er ikke et tal. Skriv et tal, f.eks. 12,5.',
  },
  NEGATIVE_AMOUNT: {
    en: "{field} is {value}, but an amount cannot be negative. Enter 0 or more.",
    da: "{field} er {value}, men et beløb kan ikke være negativt. Skriv 0 eller mere.",
  },
  NEGATIVE_QUANTITY: {
    en: "{field} is {value}, but a quantity cannot be negative. Enter 0 or more.",
    da: "{field} er {value}, men et antal kan ikke være negativt. Skriv 0 eller mere.",
  },
  DISCOUNT_OUT_OF_RANGE: {
    en: "{field} is {value}%, but a discount must be from 0 to 100%. Enter a value in that range.",
    da: "{field} er {value} %, men en rabat skal være fra 0 til 100 %. Skriv en værdi i det interval.",
  },
  EXCHANGE_RATE_NOT_POSITIVE: {
    en: "{field} is {value}, but it must be more than 0 (the amount in local currency for 1 unit). Enter the rate.",
    da: "{field} er {value}, men den skal være større end 0 (beløbet i lokal valuta for 1 enhed). Skriv kursen.",
  },
  QTY_PER_UNIT_NOT_POSITIVE: {
    en: "{field} is {value}, but it must be more than 0. Enter how many base units this unit holds.",
    da: "{field} er {value}, men den skal være større end 0. Skriv, hvor mange basisenheder denne enhed svarer til.",
  },
  BASE_UNIT_QTY_NOT_ONE: {
    en: "Unit {code} is the base unit of item {item}, so its quantity per unit must be 1, not {qty}. Set it to 1, or choose another base unit on the item.",
    da: "Enheden {code} er basisenhed for vare {item}, så antal pr. enhed skal være 1, ikke {qty}. Sæt det til 1, eller vælg en anden basisenhed på varen.",
  },
  UNKNOWN_ITEM: {
    en: "Item {code} does not exist. Choose an existing item, or create {code} first.",
    da: "Vare {code} findes ikke. Vælg en eksisterende vare, eller opret {code} først.",
  },
  UNKNOWN_ITEM_DISC_GROUP: {
    en: "Item discount group {code} does not exist. Choose an existing group, or create {code} first.",
    da: "Varerabatgruppe {code} findes ikke. Vælg en eksisterende gruppe, eller opret {code} først.",
  },
  UNKNOWN_ITEM_UNIT: {
    en: "Item {item} has no unit of measure {code}. Choose one of the item's units, or add {code} to item {item} first.",
    da: "Vare {item} har ingen enhed {code}. Vælg en af varens enheder, eller tilføj {code} til vare {item} først.",
  },
  UNKNOWN_ITEM_VARIANT: {
    en: "Item {item} has no variant {code}. Choose one of the item's variants, leave it blank, or add {code} to item {item} first.",
    da: "Vare {item} har ingen variant {code}. Vælg en af varens varianter, lad feltet stå tomt, eller tilføj {code} til vare {item} først.",
  },
  UNKNOWN_CUSTOMER: {
    en: "Customer {code} does not exist. Choose an existing customer, or create {code} first.",
    da: "Debitor {code} findes ikke. Vælg en eksisterende debitor, eller opret {code} først.",
  },
  UNKNOWN_CUSTOMER_PRICE_GROUP: {
    en: "Customer price group {code} does not exist. Choose an existing group, or create {code} first.",
    da: "Debitorprisgruppe {code} findes ikke. Vælg en eksisterende gruppe, eller opret {code} først.",
  },
  UNKNOWN_CUSTOMER_DISC_GROUP: {
    en: "Customer discount group {code} does not exist. Choose an existing group, or create {code} first.",
    da: "Debitorrabatgruppe {code} findes ikke. Vælg en eksisterende gruppe, eller opret {code} først.",
  },
  UNKNOWN_CURRENCY: {
    en: "Currency {code} does not exist. Choose an existing currency, leave it blank for local currency, or create {code} first.",
    da: "Valuta {code} findes ikke. Vælg en eksisterende valuta, lad feltet stå tomt for lokal valuta, eller opret {code} først.",
  },
  UNKNOWN_CAMPAIGN: {
    en: "Campaign {code} does not exist. Choose an existing campaign, or create {code} first on the Campaigns tab.",
    da: "Kampagne {code} findes ikke. Vælg en eksisterende kampagne, eller opret {code} først under fanen Kampagner.",
  },
  INVALID_SALES_TYPE: {
    en: '{field} "{value}" is not a sales type. Choose one of: {allowed}.',
    da: '{field} "{value}" er ikke en salgstype. Vælg en af: {allowed}.',
  },
  INVALID_LINE_DISCOUNT_TYPE: {
    en: '{field} "{value}" is not a discount type. Choose one of: {allowed}.',
    da: '{field} "{value}" er ikke en rabattype. Vælg en af: {allowed}.',
  },
  SALES_CODE_MUST_BE_BLANK: {
    en: 'The line is for all customers, so the sales code must be blank, not "{value}". Clear the sales code, or choose another sales type.',
    da: 'Linjen gælder alle debitorer, så salgskoden skal være tom, ikke "{value}". Ryd salgskoden, eller vælg en anden salgstype.',
  },
  SALES_CODE_REQUIRED: {
    en: "Sales code is missing. Enter the customer, group or campaign this line is for, or choose the sales type for all customers.",
    da: "Salgskode mangler. Skriv den debitor, gruppe eller kampagne, linjen gælder, eller vælg salgstypen for alle debitorer.",
  },
  PRICE_DATES_ORDER: {
    en: "Starting date {startingDate} is after ending date {endingDate}. Change one of the dates.",
    da: "Startdatoen {startingDate} ligger efter slutdatoen {endingDate}. Ret en af datoerne.",
  },
  CAMPAIGN_DATES_FROM_CARD: {
    en: "{field} {value} differs from the dates of campaign {campaign}. A campaign line takes its dates from the campaign: change them on the campaign card (Campaigns tab), or clear this cell.",
    da: "{field} {value} afviger fra datoerne for kampagne {campaign}. En kampagnelinje får sine datoer fra kampagnen: ret dem på kampagnekortet (fanen Kampagner), eller ryd cellen.",
  },
  NOT_ALLOWED_FOR_DISC_GROUP: {
    en: '{field} must be blank on a line for an item discount group, not "{value}": units and variants belong to single items. Clear it, or change the type to Item.',
    da: '{field} skal være tom på en linje for en varerabatgruppe, ikke "{value}": enheder og varianter hører til den enkelte vare. Ryd feltet, eller skift typen til Vare.',
  },
  DUPLICATE_PRICE_LINE: {
    en: "Another price line has the same item, sales type, sales code, starting date, currency, variant, unit and minimum quantity ({key}). Change one of them, or delete the extra line.",
    da: "En anden prislinje har samme vare, salgstype, salgskode, startdato, valuta, variant, enhed og minimumsantal ({key}). Ret en af dem, eller slet den overskydende linje.",
  },
  DUPLICATE_DISCOUNT_LINE: {
    en: "Another discount line has the same type, code, sales type, sales code, starting date, currency, variant, unit and minimum quantity ({key}). Change one of them, or delete the extra line.",
    da: "En anden rabatlinje har samme type, kode, salgstype, salgskode, startdato, valuta, variant, enhed og minimumsantal ({key}). Ret en af dem, eller slet den overskydende linje.",
  },
  // --- A duplicate as the sheet shows it (issue 13, PS3): the visible key fields and the other rows' numbers ---
  DUPLICATE_ROWS: {
    en: "Row {rows} has the same {fields}. Change one of the rows, or delete the extra one.",
    da: "Række {rows} har samme {fields}. Ret en af rækkerne, eller slet den overskydende.",
  },
  DUPLICATE_OF_KEPT: {
    en: "Not stored: row {rows} already has the same {fields} and is kept. Change this row, or delete it.",
    da: "Ikke gemt: række {rows} har allerede samme {fields} og beholdes. Ret denne række, eller slet den.",
  },
  DUPLICATE_KEPT: {
    en: "Kept; row {rows} duplicates it (the same {fields}). Change or delete row {rows}.",
    da: "Beholdt; række {rows} er en dublet af den (samme {fields}). Ret eller slet række {rows}.",
  },
  // --- Activation, target groups and price check (issue 4, activation/price-check block) ---
  NOTHING_TARGETED: {
    en: "No segment line or interaction of campaign {campaign} has Campaign Target, so there is no one to activate it for. Add segment lines with Campaign Target to campaign {campaign}, then activate again.",
    da: "Ingen segmentlinje eller interaktion i kampagne {campaign} har Kampagnemålgruppe, så der er ingen at aktivere den for. Tilføj segmentlinjer med Kampagnemålgruppe til kampagne {campaign}, og aktivér igen.",
  },
  ACTIVATION_NO_PRICES: {
    en: "Campaign {campaign} has no campaign prices or line discounts yet. Activate it anyway?",
    da: "Kampagne {campaign} har endnu ingen kampagnepriser eller linjerabatter. Vil du aktivere den alligevel?",
  },
  CAMPAIGN_ACTIVATED: {
    en: "Campaign {campaign} is now activated: its prices and discounts apply to its target customers and companies.",
    da: "Kampagne {campaign} er nu aktiveret: dens priser og rabatter gælder for dens måldebitorer og -virksomheder.",
  },
  CAMPAIGN_DEACTIVATED: {
    en: "Campaign {campaign} is now deactivated: its prices and discounts no longer apply to anyone.",
    da: "Kampagne {campaign} er nu deaktiveret: dens priser og rabatter gælder ikke længere for nogen.",
  },
  SOURCE_CAMPAIGN: { en: "campaign {code}", da: "kampagne {code}" },
  SOURCE_ALL_CUSTOMERS: { en: "all customers", da: "alle debitorer" },
  SOURCE_CUSTOMER: { en: "customer {code}", da: "debitor {code}" },
  SOURCE_CUSTOMER_PRICE_GROUP: { en: "price group {code}", da: "prisgruppe {code}" },
  SOURCE_CUSTOMER_DISC_GROUP: { en: "discount group {code}", da: "rabatgruppe {code}" },
  SOURCE_ITEM_CARD: { en: "item card", da: "varekort" },
  LOST_LESS_SPECIFIC: {
    en: "Less specific: the winning line has {field} {value}, this one has none.",
    da: "Mindre specifik: den vindende linje har {field} {value}, denne har ingen.",
  },
  LOST_HIGHER_AMOUNT: {
    en: "Higher amount: {amount} against the winner's {winnerAmount}.",
    da: "Højere beløb: {amount} mod vinderens {winnerAmount}.",
  },
  LOST_LOWER_DISCOUNT: {
    en: "Lower discount: {pct}% against the winner's {winnerPct}%.",
    da: "Lavere rabat: {pct} % mod vinderens {winnerPct} %.",
  },
  LOST_EARLIER_START: {
    en: "Same amount, but it starts {startingDate} and the winner later, {winnerStartingDate}: the later start wins.",
    da: "Samme beløb, men den starter {startingDate} og vinderen senere, {winnerStartingDate}: den seneste start vinder.",
  },
  LOST_NO_START: {
    en: "Same amount, but it has no starting date and the winner starts {winnerStartingDate}: the later start wins.",
    da: "Samme beløb, men den har ingen startdato, og vinderen starter {winnerStartingDate}: den seneste start vinder.",
  },
  LOST_TIE_CAMPAIGN: {
    en: "Same amount and starting date as campaign {campaign}: a tie goes to the campaign.",
    da: "Samme beløb og startdato som kampagne {campaign}: ved lighed vinder kampagnen.",
  },
  LOST_TIE_ORDER: {
    en: "Same in every respect as line {winnerRowId}: a tie goes to the line whose id comes first.",
    da: "Helt lig linje {winnerRowId}: ved lighed vinder linjen, hvis id kommer først.",
  },
  PRICE_CHECK_NO_LINE_DISC: {
    en: "The winning price does not allow line discount, so the best discount ({pct}%) is not given.",
    da: "Den vindende pris tillader ikke linjerabat, så den bedste rabat ({pct} %) gives ikke.",
  },
  ...MISS_MESSAGES,
  // --- end of the activation/price-check block ---
  // --- Contacts, teams, interactions, segments, filters (issue 4, segments block) ---
  ...SEGMENT_MESSAGES,
  ...OPPORTUNITY_MESSAGES,
  ...TASK_MESSAGES,
  ...INTERACTION_MESSAGES,
  // --- end of the segments block ---
};

/** Labels for record field names, used where a template says `{field}`. Unknown fields show their name. */
export const FIELD_LABELS: Readonly<Record<string, Texts>> = {
  code: { en: "Code", da: "Kode" },
  no: { en: "No.", da: "Nr." },
  description: { en: "Description", da: "Beskrivelse" },
  name: { en: "Name", da: "Navn" },
  email: { en: "E-mail", da: "E-mail" },
  blocked: { en: "Blocked", da: "Spærret" },
  startingDate: { en: "Starting date", da: "Startdato" },
  endingDate: { en: "Ending date", da: "Slutdato" },
  salespersonCode: { en: "Salesperson code", da: "Sælgerkode" },
  statusCode: { en: "Status code", da: "Statuskode" },
  lastDateModified: { en: "Last date modified", da: "Rettet den" },
  startingNo: { en: "Starting no.", da: "Startnr." },
  lastNoUsed: { en: "Last no. used", da: "Sidst anvendte nr." },
  manualNos: { en: "Manual nos.", da: "Manuelle numre" },
  dateFormula: { en: "Date formula", da: "Datoformel" },
  itemNo: { en: "Item no.", da: "Varenr." },
  type: { en: "Type", da: "Type" },
  salesType: { en: "Sales type", da: "Salgstype" },
  salesCode: { en: "Sales code", da: "Salgskode" },
  currencyCode: { en: "Currency code", da: "Valutakode" },
  unitPrice: { en: "Unit price", da: "Enhedspris" },
  minimumQuantity: { en: "Minimum quantity", da: "Minimumsantal" },
  unitOfMeasureCode: { en: "Unit of measure code", da: "Enhedskode" },
  variantCode: { en: "Variant code", da: "Variantkode" },
  lineDiscountPct: { en: "Line discount %", da: "Linjerabat %" },
  qtyPerUnitOfMeasure: { en: "Qty. per unit of measure", da: "Antal pr. enhed" },
  exchangeRate: { en: "Exchange rate", da: "Valutakurs" },
  baseUnitOfMeasure: { en: "Base unit of measure", da: "Basisenhed" },
  salesUnitOfMeasure: { en: "Sales unit of measure", da: "Salgsenhed" },
  itemDiscGroup: { en: "Item discount group", da: "Varerabatgruppe" },
  customerPriceGroup: { en: "Customer price group", da: "Debitorprisgruppe" },
  customerDiscGroup: { en: "Customer discount group", da: "Debitorrabatgruppe" },
  contactNo: { en: "Contact no.", da: "Kontaktnr." },
  priceIncludesVat: { en: "Price includes VAT", da: "Pris inkl. moms" },
  allowLineDisc: { en: "Allow line discount", da: "Tillad linjerabat" },
  allowInvoiceDisc: { en: "Allow invoice discount", da: "Tillad fakturarabat" },
  id: { en: "Row id", da: "Række-id" },
  // --- Contacts, teams, interactions, segments (issue 4, segments block) ---
  ...SEGMENT_FIELD_LABELS,
  ...INTERACTION_FIELD_LABELS,
  // --- end of the segments block ---
};
