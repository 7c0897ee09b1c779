/** The `.kehoach` file: read (parse, migrate, validate, NFC, the profile its date calls for) and written. */
export * from './plan-file';
