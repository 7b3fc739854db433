/** Palvelukuvaus in one language: for whom (kenelle), what (mitä), how and with which resources (miten). */
export interface ServiceDescriptionText {
  forWhom?: string;
  what?: string;
  how?: string;
}

/** Stored as jsonb, keyed by language. */
export interface ServiceDescription {
  fi?: ServiceDescriptionText;
  sv?: ServiceDescriptionText;
  en?: ServiceDescriptionText;
}

export const DEFAULT_UNIT = 'Asiakaspalvelu 60 min';
