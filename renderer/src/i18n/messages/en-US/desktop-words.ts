/** The desktop's own screens and notices (About, Save diagnostics, writes this PC could not make): part of the other screens' words. */
export default {
  about: {
    title: 'About Registration Desk',
    product: 'Product',
    version: 'Version',
    runtime: 'Runtime',
    registerSource: 'Register source',
    office: 'Office',
    noOffice: 'No office preset',
    licences: 'Third-party licences',
    licencesIntro: 'This app includes these open-source packages. Select one to read its licence.',
    noLicences: 'The licence notices are missing from this build.',
  },
  diagnostics: {
    save: 'Save diagnostics…',
    saved: 'Saved to {file}. Give this file to IT.',
    cancelled: 'Not saved.',
    failed: 'The diagnostics file could not be written: {reason}',
  },
  notSaved: {
    what: '{target} {reason}',
    target: {
      journal: 'Not written to the journal:',
      settings: 'Settings not saved:',
      log: 'The log is not being written:',
    },
    code: {
      DISK_FULL: 'the disk is full.',
      NOT_WRITABLE: 'the data folder may not be written (ask IT).',
      FILE_LOCKED: 'another program holds the file open.',
      WRITE_FAILED: 'the disk refused the write.',
    },
    kept: 'The app keeps it and writes it as soon as it can; do not close the app meanwhile. | The app keeps {count} records and writes them as soon as it can; do not close the app meanwhile.',
    copy: 'Copy what was not written',
    copied: 'Copied',
  },
}
