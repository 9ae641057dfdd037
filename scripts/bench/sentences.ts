/**
 * Sentence templates for the synthetic news pages, written for the benchmark (never taken from the development set
 * or any outlet), with slots that name the story's entities in the forms reporters vary between ("Flight J2-8243",
 * "the AZAL flight", "Mr Putin"). Filler names none of them, so the page without a mention is built from filler
 * alone (index.ts checks with the real matcher that it holds none).
 */
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
  country: ['Kazakhstan', 'Kazakh', 'Chechnya'], sea: ['the Caspian Sea', 'the Caspian'],
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
];

/** Headlines for the sidebars and the "more stories" lists; a few are about the story. */
export const HEADLINES: readonly string[] = [
  'Council approves riverside cycle path', 'Storm warning for exposed coasts tonight',
  'What we know about the crash near {site}', 'Bank shares edge higher after inflation data',
  '{aliyev} demands answers from Moscow', 'Summer festival sells out in record time',
  'Timeline: the last minutes of {flight}', 'New timetable for suburban trains', 'Museum reopens its east wing',
  '{airline} suspends flights to Russian cities', 'Two snow leopard cubs born at the zoo',
  'Runner sets mountain race record', 'Opinion: the hard questions after the crash',
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
