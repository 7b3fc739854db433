// The seed's product catalog (shared/seed): three service areas, nine products, all priced per
// client service hour. Names and descriptions in Finnish, Swedish and English.

export interface Translated {
  fi: string;
  sv: string;
  en: string;
}

export interface DemoServiceArea {
  code: string;
  name: Translated;
}

export interface DemoProduct {
  code: string;
  area: string;
  name: Translated;
  /** kenelle / för vem / for whom */
  forWhom: Translated;
  /** mitä / vad / what */
  what: Translated;
  /** miten / hur / how (with which resources) */
  how: Translated;
}

export interface DemoPackage {
  code: string;
  name: Translated;
  products: string[];
}

export const UNIT: Translated = {
  fi: 'Asiakaspalvelu 60 min',
  sv: 'Klientservice 60 min',
  en: 'Client service 60 min',
};

export const serviceAreas: DemoServiceArea[] = [
  { code: 'LS', name: { fi: 'Lastensuojelu', sv: 'Barnskydd', en: 'Child protection' } },
  {
    code: 'NTP',
    name: {
      fi: 'Nuorten ja työikäisten palvelut',
      sv: 'Tjänster för unga och personer i arbetsför ålder',
      en: 'Services for young people and working-age adults',
    },
  },
  {
    code: 'VAVA',
    name: {
      fi: 'Vanhus- ja vammaissosiaalityö',
      sv: 'Socialt arbete för äldre och personer med funktionsnedsättning',
      en: 'Social work for older and disabled people',
    },
  },
];

const childrenAndFamilies: Translated = {
  fi: 'Lapset, nuoret ja perheet, joiden kasvuolot tai oma käyttäytyminen vaarantavat lapsen terveyden tai kehityksen',
  sv: 'Barn, unga och familjer vars uppväxtförhållanden eller eget beteende äventyrar barnets hälsa eller utveckling',
  en: "Children, young people and families whose living conditions or own behaviour endanger the child's health or development",
};

const multiProfessional: Translated = {
  fi: 'Moniammatillisesti: sosiaalityöntekijät, sosiaaliohjaajat ja perhetyöntekijät; asiantuntijapalvelut (juristi, psykologi) sisältyvät hintaan',
  sv: 'Multiprofessionellt: socialarbetare, socialhandledare och familjearbetare; experttjänster (jurist, psykolog) ingår i priset',
  en: 'Multi-professionally: social workers, social counsellors and family workers; expert services (lawyer, psychologist) are included in the price',
};

export const products: DemoProduct[] = [
  {
    code: 'LS-ARVIOINTI',
    area: 'LS',
    name: {
      fi: 'Lastensuojelutarpeen arviointi',
      sv: 'Bedömning av behovet av barnskydd',
      en: 'Child welfare needs assessment',
    },
    forWhom: childrenAndFamilies,
    what: {
      fi: 'Lastensuojeluilmoituksen käsittely, lastensuojelutarpeen selvitys ja päätös asiakkuudesta',
      sv: 'Behandling av barnskyddsanmälan, utredning av behovet av barnskydd och beslut om klientskap',
      en: 'Handling of a child welfare notification, the needs assessment and the decision on clienthood',
    },
    how: multiProfessional,
  },
  {
    code: 'LS-AVO',
    area: 'LS',
    name: {
      fi: 'Lastensuojelun avohuollon palvelut',
      sv: 'Öppenvårdstjänster inom barnskyddet',
      en: 'Child welfare community care services',
    },
    forWhom: childrenAndFamilies,
    what: {
      fi: 'Avohuollon tukitoimet: asiakassuunnitelma, tukihenkilöt, perhetyö ja muu tuki kotiin',
      sv: 'Stödåtgärder inom öppenvården: klientplan, stödpersoner, familjearbete och annat stöd i hemmet',
      en: 'Community care support: client plan, support persons, family work and other support at home',
    },
    how: multiProfessional,
  },
  {
    code: 'LS-SIJAIS',
    area: 'LS',
    name: {
      fi: 'Lastensuojelun sijaishuollon palvelut',
      sv: 'Vårdtjänster utom hemmet inom barnskyddet',
      en: 'Child welfare substitute care services',
    },
    forWhom: {
      fi: 'Huostaan otetut ja kiireellisesti sijoitetut lapset ja heidän perheensä',
      sv: 'Omhändertagna och brådskande placerade barn och deras familjer',
      en: 'Children taken into care or placed urgently, and their families',
    },
    what: {
      fi: 'Sijaishuollon järjestäminen, valvonta ja yhteydenpito (sijoituksen hoitopäivät hinnoitellaan erikseen)',
      sv: 'Ordnande och tillsyn av vård utom hemmet samt kontakter (vårddygnen prissätts separat)',
      en: 'Arranging and supervising substitute care and keeping contact (care days are priced separately)',
    },
    how: multiProfessional,
  },
  {
    code: 'LS-JALKI',
    area: 'LS',
    name: {
      fi: 'Lastensuojelun jälkihuollon palvelut',
      sv: 'Eftervårdstjänster inom barnskyddet',
      en: 'Child welfare aftercare services',
    },
    forWhom: {
      fi: 'Sijaishuollosta tai avohuollon sijoituksesta itsenäistyvät nuoret (enintään 21-vuotiaat)',
      sv: 'Unga som flyttar till eget boende från vård utom hemmet (högst 21 år)',
      en: 'Young people leaving substitute care for independent living (up to 21 years)',
    },
    what: {
      fi: 'Jälkihuoltosuunnitelma, asumisen, opiskelun ja talouden tuki',
      sv: 'Eftervårdsplan, stöd i boende, studier och ekonomi',
      en: 'Aftercare plan, support with housing, studies and finances',
    },
    how: multiProfessional,
  },
  {
    code: 'LS-MUU',
    area: 'LS',
    name: {
      fi: 'Muut lastensuojelupalvelut',
      sv: 'Övriga barnskyddstjänster',
      en: 'Other child welfare services',
    },
    forWhom: childrenAndFamilies,
    what: {
      fi: 'Ennaltaehkäisevä perhetyö, lausunnot, olosuhdeselvitykset ja muu lastensuojelutyö',
      sv: 'Förebyggande familjearbete, utlåtanden, utredningar av förhållanden och annat barnskyddsarbete',
      en: 'Preventive family work, statements, reports on living conditions and other child welfare work',
    },
    how: multiProfessional,
  },
  {
    code: 'TOIMEENTULO',
    area: 'NTP',
    name: { fi: 'Toimeentulotukipalvelu', sv: 'Utkomststödstjänster', en: 'Social assistance services' },
    forWhom: {
      fi: 'Henkilöt ja perheet, joiden tulot ja varat eivät riitä välttämättömään toimeentuloon',
      sv: 'Personer och familjer vars inkomster och tillgångar inte räcker till nödvändig försörjning',
      en: 'People and families whose income and assets do not cover essential living costs',
    },
    what: {
      fi: 'Toimeentulotukipalvelu ja sosiaalihuollollinen toimeentulotukipalvelu (tuki itse kirjataan tileille 47xx, ei hintaan)',
      sv: 'Utkomststöd och socialt inriktat utkomststöd (själva stödet bokförs på konton 47xx, inte i priset)',
      en: 'Social assistance and socially oriented social assistance (the benefit itself is booked on 47xx, not in the price)',
    },
    how: {
      fi: 'Etuuskäsittelijät, sosiaaliohjaajat ja sosiaalityöntekijät',
      sv: 'Förmånshandläggare, socialhandledare och socialarbetare',
      en: 'Benefit officers, social counsellors and social workers',
    },
  },
  {
    code: 'AIKUISSOS',
    area: 'NTP',
    name: {
      fi: 'Aikuissosiaalityön palvelut',
      sv: 'Socialt arbete för vuxna',
      en: 'Adult social work services',
    },
    forWhom: {
      fi: 'Työikäiset, joilla on elämänhallinnan, päihde-, asumis- tai työllistymisen vaikeuksia',
      sv: 'Personer i arbetsför ålder med svårigheter i livshantering, missbruk, boende eller sysselsättning',
      en: 'Working-age adults with difficulties in managing life, substance use, housing or employment',
    },
    what: {
      fi: 'Palvelutarpeen arviointi, aikuissosiaalityö, TYP-aikuissosiaalityö, välitystili, sosiaalinen luototus, päihdehuollon tukiasuminen',
      sv: 'Bedömning av servicebehov, socialt arbete för vuxna, TYP, förmedlingskonto, social kreditgivning, stödboende inom missbrukarvården',
      en: 'Service needs assessment, adult social work, joint employment services, intermediary accounts, social credit, supported housing in substance abuse care',
    },
    how: {
      fi: 'Sosiaalityöntekijät ja sosiaaliohjaajat, yksilö- ja ryhmätyönä',
      sv: 'Socialarbetare och socialhandledare, individuellt och i grupp',
      en: 'Social workers and social counsellors, individually and in groups',
    },
  },
  {
    code: 'MAAHANMUUTTO',
    area: 'NTP',
    name: { fi: 'Maahanmuuttajapalvelut', sv: 'Invandrartjänster', en: 'Immigrant services' },
    forWhom: {
      fi: 'Pakolaiset ja muut maahanmuuttajat kotoutumisen alkuvaiheessa',
      sv: 'Flyktingar och andra invandrare i integrationens inledningsskede',
      en: 'Refugees and other immigrants in the early stage of integration',
    },
    what: {
      fi: 'Alkuvaiheen kotouttaminen ja kotouttaminen, sekä yksilö- että ryhmämuotoinen toiminta',
      sv: 'Integration i inledningsskedet och integration, individuellt och i grupp',
      en: 'Initial integration and integration, both individual and group activities',
    },
    how: {
      fi: 'Sosiaalityöntekijät, sosiaaliohjaajat ja kotoutumisohjaajat; tulkkaus sisältyy hintaan',
      sv: 'Socialarbetare, socialhandledare och integrationshandledare; tolkning ingår i priset',
      en: 'Social workers, social counsellors and integration counsellors; interpreting is included in the price',
    },
  },
  {
    code: 'VANHUSVAMMAIS',
    area: 'VAVA',
    name: {
      fi: 'Vanhus- ja vammaissosiaalityön palvelu',
      sv: 'Socialt arbete för äldre och personer med funktionsnedsättning',
      en: 'Social work for older and disabled people',
    },
    forWhom: {
      fi: 'Ikääntyneet ja vammaiset henkilöt sekä heidän omaisensa',
      sv: 'Äldre personer och personer med funktionsnedsättning samt deras anhöriga',
      en: 'Older people and people with disabilities, and their families',
    },
    what: {
      fi: 'VPL-palvelutarpeen arviointi ja selvitys, vammaissosiaalityö ja kotihoidon ohjaus',
      sv: 'Bedömning och utredning av servicebehov enligt handikappservicelagen, socialt arbete för personer med funktionsnedsättning och handledning inom hemvården',
      en: 'Service needs assessments under the Disability Services Act, disability social work and home care guidance',
    },
    how: {
      fi: 'Sosiaalityöntekijät ja sosiaaliohjaajat, yksilö- ja ryhmätyönä',
      sv: 'Socialarbetare och socialhandledare, individuellt och i grupp',
      en: 'Social workers and social counsellors, individually and in groups',
    },
  },
];

export const packages: DemoPackage[] = [
  {
    code: 'LASTENSUOJELU',
    name: {
      fi: 'Lastensuojelun palvelukokonaisuus',
      sv: 'Barnskyddets tjänstehelhet',
      en: 'Child protection services',
    },
    products: ['LS-ARVIOINTI', 'LS-AVO', 'LS-SIJAIS', 'LS-JALKI', 'LS-MUU'],
  },
  {
    code: 'TALOUDELLINEN-TUKI',
    name: {
      fi: 'Taloudellisen tuen prosessi',
      sv: 'Processen för ekonomiskt stöd',
      en: 'Financial support process',
    },
    products: ['TOIMEENTULO', 'AIKUISSOS'],
  },
  {
    code: 'SOSIAALINEN-TUKI',
    name: { fi: 'Sosiaalisen tuen prosessi', sv: 'Processen för socialt stöd', en: 'Social support process' },
    products: ['AIKUISSOS', 'MAAHANMUUTTO', 'VANHUSVAMMAIS'],
  },
];
