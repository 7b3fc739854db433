import type { CostLineProfile, ImportProfile, TableFormat, TimeRecordProfile } from './profile-types.js';

// The delimiter is sniffed from the header line, so a file Excel saved with `,` still imports.
const finnishWithHeader: TableFormat = {
  encoding: 'auto',
  delimiter: 'auto',
  header: true,
  decimalSeparator: ',',
  dateFormat: 'd.m.yyyy',
};

/** Time records as Effica exports them (shared/formats/imports.md). */
export const efficaTimeV1: TimeRecordProfile = {
  id: 'effica-time-v1',
  kind: 'time-records',
  description:
    'Effica time records: Pvm;Työntekijä;Kustannuspaikka;Alue;Asiakas;…;Kesto min;Työn laji;Asiakasryhmä',
  format: finnishWithHeader,
  columns: {
    date: 'Pvm',
    workerCode: 'Työntekijä',
    costCenter: 'Kustannuspaikka',
    region: 'Alue',
    clientRef: 'Asiakas',
    homeMunicipality: 'Kotikunta',
    product: 'Palvelutuote',
    minutes: 'Kesto min',
    kind: 'Työn laji',
    clientGroups: 'Asiakasryhmä',
    sourceRecordId: 'Tunniste',
  },
  workKinds: { välitön: 'direct', V: 'direct', välillinen: 'indirect', VL: 'indirect' },
  clientGroupSeparator: ',',
};

/** A cost ledger: Vuosi;Versio;Kustannuspaikka;Tili;Tilin nimi;Euroa. */
export const ledgerV1: CostLineProfile = {
  id: 'ledger-v1',
  kind: 'cost-lines',
  description: 'Cost ledger: Vuosi;Versio;Kustannuspaikka;Tili;Tilin nimi;Euroa',
  format: finnishWithHeader,
  columns: {
    year: 'Vuosi',
    version: 'Versio',
    costCenter: 'Kustannuspaikka',
    account: 'Tili',
    accountName: 'Tilin nimi',
  },
  amounts: [{ column: 'Euroa' }],
};

/**
 * A headerless ledger of `account;amount` lines (`4100;1200,50`). The file carries no year, version or
 * cost center: they are given with each import (`defaults` of parseCostLines), or in a copy of this
 * profile made for one source.
 */
export const ledgerHeaderlessV1: CostLineProfile = {
  id: 'ledger-headerless-v1',
  kind: 'cost-lines',
  description: 'Headerless ledger: account;amount; year, version and cost center given with the import',
  format: { ...finnishWithHeader, header: false },
  columns: { account: 1 },
  amounts: [{ column: 2 }],
};

const JKL_LEVEL = 'Rapo2011hierarkia Taso';
const JKL_ACCOUNT = 'Tilinumero Taso 0 - Avain';

/**
 * The City of Jyväskylä's 2011 budget and actuals (shared/data/jyvaskyla-2011): each row gives a budget
 * (TA) and an actual (TP) cost line for one level-05 unit and account.
 */
export const jyvaskyla2011: CostLineProfile = {
  id: 'jyvaskyla-2011',
  kind: 'cost-lines',
  description: 'Jyväskylä 2011 budget and actuals by unit (level 05) and account',
  format: { encoding: 'auto', delimiter: ',', header: true, decimalSeparator: ',', dateFormat: 'd.m.yyyy' },
  columns: {
    costCenter: `${JKL_LEVEL} 05 - Avain - Category Code`,
    costCenterName: `${JKL_LEVEL} 05 - Avain - Pitkä nimi`,
    account: `${JKL_ACCOUNT} - Category Code`,
    accountName: `${JKL_ACCOUNT} - Pitkä nimi`,
  },
  amounts: [
    { column: 'Budjetti eur', version: 'TA' },
    { column: 'Toteuma eur', version: 'TP' },
  ],
  defaults: { year: 2011 },
  extract: { account: '^TILI/(\\S+)$', accountName: '^TILI/\\S+\\s+(.+)$' },
  attributes: {
    level00Code: `${JKL_LEVEL} 00 - Avain - Category Code`,
    level00Name: `${JKL_LEVEL} 00 - Avain - Pitkä nimi`,
    level03Code: `${JKL_LEVEL} 03 - Avain - Category Code`,
    level03Name: `${JKL_LEVEL} 03 - Avain - Pitkä nimi`,
    summaryLevel: 'Summataso3 - Category Code',
  },
};

export const BUILT_IN_PROFILES: readonly ImportProfile[] = [
  efficaTimeV1,
  ledgerV1,
  ledgerHeaderlessV1,
  jyvaskyla2011,
];

export function builtInProfile(id: string): ImportProfile | undefined {
  return BUILT_IN_PROFILES.find((profile) => profile.id === id);
}
