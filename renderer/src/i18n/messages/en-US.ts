export default {
  app: {
    title: 'Registration Desk',
    subtitle: 'Open customer accounts',
    language: 'Language',
    loading: 'Starting…',
  },
  status: {
    label: 'Application status',
    version: 'Version {version}',
    platform: 'System: {platform}',
    source: 'Register source {source}',
    sandbox: 'Sandbox (practice server, no real accounts)',
    connected: 'Platform: {host}',
    unavailable: 'Status unavailable',
  },
  platforms: {
    win32: 'Windows',
    darwin: 'macOS',
    linux: 'Linux',
    other: 'Other',
  },
  configProblem: {
    title: 'Configuration problem',
    body: 'The app cannot start registering because a setting is invalid. Ask your IT contact to correct it.',
    field: 'Setting: {field}',
    detail: 'Problem: {message}',
  },
}
