/** Strings of XML and HTML markup: character references, a Word body's visible text and fingerprint, our model's part. */
export * from './entities';
export * from './visible-text';
export * from './model-part';
