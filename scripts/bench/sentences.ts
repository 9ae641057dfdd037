/**
 * Sentence templates for the synthetic news pages and articles: written for the benchmark (never taken from
 * the development set or any outlet), with slots that name the story's entities in the forms reporters vary
 * between ("Flight J2-8243", "the AZAL flight", "Mr Putin", "Putin's"). Filler sentences name none of them, so
 * the page without a mention is built from filler alone (index.ts checks with the real matcher that it holds
 * no mention).
 */
import type { Random } from './random';

/** Ways of writing each slot. A `{slot}` in a template is replaced by one of these, picked at random. */
export const FORMS: Record<string, readonly string[]> = {
  flight: [
    'Flight J2-8243', 'flight J2-8243', 'J2 8243', 'the Azerbaijan Airlines flight', 'the AZAL flight',
    'Flight 8243', 'the Azerbaijani airliner', 'the Azerbaijani passenger plane', 'the Azerbaijan Airlines jet',
  ],
  airline: ['Azerbaijan Airlines', 'AZAL', 'the national carrier, Azerbaijan Airlines', 'AZAL Airlines'],
  aircraft: ['the Embraer 190', 'the Embraer jet', 'an Embraer-190', 'the E190', 'the Embraer'],
  origin: ['Baku', 'the Azerbaijani capital, Baku'],
  destination: ['Grozny', 'Groznyy', 'the Chechen capital, Grozny', 'Grozny in Chechnya'],
  site: ['Aktau', 'near Aktau', 'the Kazakh port city of Aktau', 'Aqtau', 'the outskirts of Aktau'],
  country: ['Kazakhstan', 'Kazakh', 'Chechnya'],
  sea: ['the Caspian Sea', 'the Caspian'],
  russianCity: ['Mozdok', 'Vladikavkaz', 'Grozny'],
  putin: ['Vladimir Putin', 'Putin', 'President Putin', 'Mr Putin', "Putin's office"],
  aliyev: ['Ilham Aliyev', 'President Aliyev', 'Aliyev', 'Mr Aliyev', 'Ilham Aliev'],
  zelensky: ['Volodymyr Zelensky', 'Zelensky', 'Mr Zelenskyy'],
  kremlin: ['the Kremlin', 'a Kremlin statement', 'the Kremlin readout', 'Kremlin officials'],
  defence: [
    'Russian air defences', 'air defence systems', 'a Pantsir-S battery', 'surface-to-air fire',
    'anti-aircraft fire', 'Russian air defense',
  ],
  drones: ['Ukrainian drone attacks', 'drone strikes', 'Ukrainian drones', 'a drone attack'],
  jamming: ['GPS jamming', 'electronic warfare', 'electronic jamming', 'a disrupted GPS signal'],
  toll: ['The death toll', 'Thirty-eight people died', '38 people were killed', 'The death toll of 38'],
  survivors: ['the survivors', '29 survivors', 'one survivor', 'the 29 survivors'],
  probe: ['a criminal case', 'the criminal investigation', 'a criminal probe'],
  agency: ['Reuters', 'US officials', 'U.S. intelligence', 'American officials', 'the White House'],
  precedent: ['MH17', 'Malaysia Airlines Flight 17', 'PS752', 'the Ukrainian airliner shot down over Tehran'],
  apologised: ['apologised', 'apologized'],
  interference: ['external physical and technical interference', 'external interference'],
  tragic: ['tragic incident'],
};

/** Sentences about the story; each names one to three entities. */
export const STORY: readonly string[] = [
  '{flight} left {origin} early on Wednesday bound for {destination}, but it never landed there.',
  'The crew of {flight} asked to divert after losing part of its hydraulics over southern Russia.',
  'Pictures from {site} show the tail section lying on its side in scrubland a few kilometres from the shore.',
  '{toll} was confirmed by emergency services in {country} late on Wednesday evening.',
  'According to {agency}, the aircraft was struck by {defence} while it circled near {russianCity}.',
  '{putin} {apologised} to {aliyev} in a telephone call but stopped short of accepting blame.',
  '{aliyev} told state television that the plane had been hit by {interference} over Russian territory.',
  '{kremlin} said {drones} had been under way near {russianCity} at the time of the flight.',
  'Pilots flying over the region have reported {jamming} for months, a pilots\' union said.',
  'Prosecutors in {country} opened {probe} into the circumstances of the crash.',
  '{airline} suspended its routes to several Russian cities pending the results of the inquiry.',
  'Flight data showed {aircraft} losing and regaining altitude repeatedly over {sea}.',
  'Rescue workers pulled {survivors} from the front section of the fuselage, which stayed largely intact.',
  'Experts compared the shrapnel damage with the downing of {precedent}.',
  '{zelensky} said the crash showed how far the war had spread beyond the front line.',
  'The jet, {aircraft} delivered to {airline} more than a decade ago, had a clean maintenance record.',
  'Relatives gathered at the airport in {origin} as the passenger list was read out.',
  'Investigators from Brazil, where {aircraft} was built, joined the team in {site}.',
  'The plane crossed {sea} after it was refused permission to land at two Russian airports.',
  '{agency} reported that preliminary findings pointed to {defence} rather than a bird strike.',
  'In a rare gesture, {putin} called the crash a {tragic} and expressed condolences to the families.',
  'Officials in {country} said the flight recorders would be examined abroad.',
  'Survivor accounts describe a loud bang shortly before {flight} began to shake violently.',
  '{aliyev} demanded that those responsible be punished and that compensation be paid.',
  'Analysts said {kremlin} was unlikely to admit that {defence} had fired on a civilian aircraft.',
  '{toll} included both pilots and a flight attendant, the airline said.',
  'The wreckage of {flight} was moved to a hangar for examination.',
  'Airlines from several countries cancelled flights to airports in the south of Russia after the crash.',
  'A video filmed by a passenger shows oxygen masks hanging down as {flight} lost height.',
  '{airline} said its own review pointed to {interference}.',
  'Holes in the tail of {aircraft} were consistent with fragments from a missile, two experts said.',
  'The route from {origin} to {destination} normally takes a little under two hours.',
  'Many of {survivors} were treated in hospitals in {site} for burns and fractures.',
  'Diplomats said the crash strained relations between {origin} and Moscow.',
  '{putin} later promised {aliyev} a full and objective investigation.',
  '{kremlin} at first said the plane had flown into a flock of birds.',
  'Air traffic controllers had closed the airspace over {russianCity} because of {drones}.',
  'The pilots were praised for steering {aircraft} away from populated areas.',
];

/** Neutral sentences: news-page prose that names no entity of the story. */
export const FILLER: readonly string[] = [
  'The city council will vote next week on a plan to widen the riverside cycle path.',
  'Rain is expected across much of the north on Thursday, easing by the weekend.',
  'Shares in regional banks rose slightly after the latest inflation figures were published.',
  'The museum reopened its east wing after a two-year renovation of the roof.',
  'Organisers said ticket sales for the summer festival had already passed last year\'s total.',
  'A new timetable for suburban trains comes into force at the start of next month.',
  'Teachers in several districts have asked for smaller classes and more support staff.',
  'The harbour authority is dredging the main channel so that larger ferries can dock.',
  'Local farmers say the dry spring has cut the first hay harvest by almost a third.',
  'The library is extending its opening hours on weekdays during the exam season.',
  'Engineers inspected the old bridge after residents reported cracks in the railings.',
  'The football club confirmed that its captain had signed a contract for two more seasons.',
  'Most economists expect interest rates to stay where they are until the autumn.',
  'Volunteers planted more than four hundred trees along the ring road on Saturday.',
  'The hospital trust said waiting times for routine operations had fallen slightly.',
  'A jazz quartet from the old town won the regional music prize this year.',
  'Road works on the western bypass are expected to last until the end of the month.',
  'The regulator published new guidance on how energy suppliers handle complaints.',
  'A survey of small businesses found that most plan to hire at least one person this year.',
  'Fishermen say catches have improved since new quotas were introduced three years ago.',
  'The university announced a scholarship scheme for students from rural schools.',
  'Visitors to the botanical garden can now book guided walks in four languages.',
  'House prices in the capital were flat in the second quarter, according to a lenders\' index.',
  'The weather service warned of strong winds along exposed coasts overnight.',
  'An exhibition of early photographs of the city opens at the town hall on Friday.',
  'The bakery on the corner of the market square is celebrating its centenary.',
  'Commuters faced delays after a signal fault near the central station.',
  'The parliament\'s budget committee will hear from the finance minister on Tuesday.',
  'Parents welcomed the decision to keep the swimming pool open through the winter.',
  'The theatre company will tour eleven towns with its new production this spring.',
  'Officials said the recycling rate had risen for the fourth year in a row.',
  'A long-distance runner from the valley set a new record for the mountain race.',
  'The chamber of commerce called for faster broadband in outlying villages.',
  'Cinema attendance recovered strongly over the holiday period, distributors said.',
  'The zoo welcomed two snow leopard cubs, which will go on show in the spring.',
  'Planning officers rejected a proposal for a tower block next to the old mill.',
];

/** Reader comments: opinions, some about the story and some not. */
export const COMMENTS: readonly string[] = [
  'Nobody will ever be held to account for this, mark my words.',
  'My thoughts are with the families of everyone on {flight}.',
  'The pilots deserve a medal for getting that plane down at all.',
  'Why was {flight} allowed to fly into that airspace in the first place?',
  'I fly with {airline} twice a year and never had a problem.',
  '{putin} will blame someone else, as always.',
  'Good article, but it would help to have a map of the route.',
  'The photos from {site} are heartbreaking.',
  'It reminds me of {precedent} all over again.',
  'Let us wait for the investigation before jumping to conclusions.',
  'Does anyone know whether the flight recorders have been found?',
  'Thank you for covering this properly, unlike some other outlets.',
  '{aliyev} was right to speak out so plainly.',
  'Airlines should simply avoid the whole region until the war ends.',
  'I cannot believe how quickly this story has disappeared from the front pages.',
  'This comment section is getting out of hand.',
];

/** Headlines for the sidebars and the "more stories" lists; a few are about the story. */
export const HEADLINES: readonly string[] = [
  'Council approves riverside cycle path',
  'Storm warning for exposed coasts tonight',
  'What we know about the crash near {site}',
  'Bank shares edge higher after inflation data',
  '{aliyev} demands answers from Moscow',
  'Summer festival sells out in record time',
  'Timeline: the last minutes of {flight}',
  'New timetable for suburban trains',
  'Museum reopens its east wing',
  '{airline} suspends flights to Russian cities',
  'Two snow leopard cubs born at the zoo',
  'Runner sets mountain race record',
  'Opinion: the hard questions after the crash',
  'Waiting times for operations fall slightly',
];

/** Navigation and footer labels. */
export const SECTIONS = [
  'Home', 'World', 'Europe', 'Asia', 'Business', 'Markets', 'Technology', 'Science', 'Health', 'Sport',
  'Culture', 'Travel', 'Opinion', 'Weather', 'Podcasts', 'Newsletters',
] as const;

export const FOOTER_LINKS = [
  'About us', 'Contact', 'Careers', 'Advertise', 'Terms of use', 'Privacy notice', 'Cookie settings',
  'Accessibility', 'Corrections', 'Subscribe',
] as const;

export const AUTHORS = [
  'Maren Holt', 'Tobias Lindqvist', 'Priya Raman', 'Jonas Weber', 'Clara Dufresne', 'Samuel Okafor',
  'Lena Petrova', 'Daniel Reyes', 'Ines Carvalho', 'Ruth Abernathy',
] as const;

/** Fills every `{slot}` of a template with a form picked at random. */
export function fill(template: string, random: Random): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const forms = FORMS[slot];
    if (!forms) throw new Error(`no forms for the slot {${slot}}`);
    return random.pick(forms);
  });
}

/**
 * A sentence: from the story with probability `storyShare`, else filler. A story sentence that starts a
 * paragraph with a lower-case form ("the AZAL flight…") gets its first letter capitalised.
 */
export function sentence(random: Random, storyShare: number): string {
  const text = random.chance(storyShare) ? fill(random.pick(STORY), random) : random.pick(FILLER);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
