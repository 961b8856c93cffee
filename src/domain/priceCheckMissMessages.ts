/** Messages of a price check's missed campaigns (PN6) and of the lines that did not apply (PN7), in English and Danish. */
import type { Texts } from "./records";

export const MISS_MESSAGES: Readonly<Record<string, Texts>> = {
  MISS_OFFER_DISCOUNT: { en: "a {value}% discount", da: "{value} % rabat" },
  MISS_OFFER_PRICE: { en: "a unit price of {value}", da: "en enhedspris på {value}" },
  MISS_NOT_ACTIVATED: {
    en: "Campaign {campaign} gives {offer} on {item}, but {campaign} is not activated: activate it on the Campaigns tab.",
    da: "Kampagne {campaign} giver {offer} på {item}, men {campaign} er ikke aktiveret: aktivér den under fanen Kampagner.",
  },
  MISS_NOT_TARGETED: {
    en: "Campaign {campaign} gives {offer} on {item}, but {customer} is not in its target group: add contact {contact} to a segment of {campaign} with Campaign Target (or log an interaction of {campaign} with Campaign Target for it), then activate {campaign}.",
    da: "Kampagne {campaign} giver {offer} på {item}, men {customer} er ikke i dens målgruppe: føj kontakt {contact} til et segment for {campaign} med Kampagnemålgruppe (eller log en interaktion for {campaign} med Kampagnemålgruppe for den), og aktivér derefter {campaign}.",
  },
  MISS_NOT_TARGETED_ACTIVE: {
    en: "Campaign {campaign} gives {offer} on {item}, but {customer} is not in its target group: add contact {contact} to a segment of {campaign} with Campaign Target (or log an interaction of {campaign} with Campaign Target for it and activate again).",
    da: "Kampagne {campaign} giver {offer} på {item}, men {customer} er ikke i dens målgruppe: føj kontakt {contact} til et segment for {campaign} med Kampagnemålgruppe (eller log en interaktion for {campaign} med Kampagnemålgruppe for den, og aktivér igen).",
  },
  MISS_NO_CONTACT: {
    en: "Campaign {campaign} gives {offer} on {item}, but {customer} has no company contact, so it cannot be in the campaign's target group: create its contact, add it to a segment of {campaign} with Campaign Target, then activate {campaign}.",
    da: "Kampagne {campaign} giver {offer} på {item}, men {customer} har ingen virksomhedskontakt og kan derfor ikke være i kampagnens målgruppe: opret kontakten, føj den til et segment for {campaign} med Kampagnemålgruppe, og aktivér derefter {campaign}.",
  },
  // Why a line did not apply (the price check's exclusions, PN7).
  OUT_OF_DATES: {
    en: "Not valid on {date}: it runs from {startingDate} to {endingDate}.",
    da: "Gælder ikke den {date}: den løber fra {startingDate} til {endingDate}.",
  },
  MIN_QTY: {
    en: "The quantity {quantity} is below its minimum quantity {minimumQuantity}.",
    da: "Antallet {quantity} er under dens minimumsantal {minimumQuantity}.",
  },
  OTHER_CURRENCY: { en: "It is for currency {value}.", da: "Den gælder valuta {value}." },
  OTHER_VARIANT: { en: "It is for variant {value}.", da: "Den gælder variant {value}." },
  OTHER_UNIT: { en: "It is for unit of measure {value}.", da: "Den gælder enheden {value}." },
};
