import { intakeEn } from './en-us/intake.ts';
import { textAidsEn } from './en-us/text-aids.ts';
import { programmesEn } from './en-us/programmes.ts';
import { topicsOfficeEn } from './en-us/topics-office.ts';
import { programmeEditingEn } from './en-us/programme-editing.ts';
import { casesEn } from './en-us/cases.ts';
import { supervisionEn } from './en-us/supervision.ts';
import { dashboardEn } from './en-us/dashboard.ts';
import { insightEn } from './en-us/insight.ts';
import { citizenEn } from './en-us/citizen.ts';
import { authEn } from './en-us/auth.ts';
import { commonEn } from './en-us/common.ts';
import { peopleEn } from './en-us/people.ts';
import { tokensAuditEn } from './en-us/tokens-audit.ts';
import { unitsEn } from './en-us/units.ts';
import type { Messages } from './message-types.ts';

/** English catalogue. Typed as `Messages`, so a missing or extra key fails the type check. */
export const enUS: Messages = {
  'app.name': '落实',
  'app.subtitle': 'Closed-loop work platform',
  'app.home': '落实 home',
  'app.loading': 'Loading…',
  'app.skipToContent': 'Skip to main content',
  'app.documentTitle': '{page} · 落实',

  'nav.label': 'Main navigation',
  'nav.workbench': 'Workbench',
  'nav.cases': 'Cases',
  'nav.programmes': 'Task lists',
  'nav.reports': 'Reports',
  'nav.indicators': 'Indicators',
  'nav.supervision': 'Supervision',
  'nav.briefings': 'Briefings',
  'nav.admin': 'Administration',

  'header.collapseNav': 'Collapse navigation',
  'header.expandNav': 'Expand navigation',
  'header.openNav': 'Open navigation',
  'header.language': 'Interface language',

  'user.notSignedIn': 'Not signed in',
  'user.menu': 'User menu ({name})',

  'workbench.welcomeTitle': 'Welcome to 落实',
  'workbench.welcomeBody':
    'Luoshi keeps citizens’ cases, task lists, reports and indicators in one closed loop: each problem is accepted, dispatched to the responsible unit with a deadline, followed and supervised until it is resolved, rated by the citizen and counted in the unit’s evaluation.',
  'workbench.apiDocs': 'API documentation',
  'workbench.apiDocsHint': 'Opens the server’s OpenAPI documentation in a new tab.',

  'status.title': 'System status',
  'status.refresh': 'Refresh',
  'status.refreshLabel': 'Check the system status again',
  'status.loading': 'Checking the system status…',
  'status.service': 'Service',
  'status.database': 'Database',
  'status.version': 'Version',
  'status.checkedAt': 'Checked at',
  'status.serviceUp': 'Running',
  'status.serviceDown': 'Unavailable',
  'status.dbNotReady': 'Not ready',
  'status.dbUnavailable': 'Unavailable',
  'status.problemTitle': 'Could not get the full system status',
  'status.notReadyTitle': 'The service is not ready yet',
  'status.errorNetwork': 'Could not reach the server ({path}). Check that it is running.',
  'status.errorTimeout': 'The server did not answer within {seconds} seconds ({path}).',
  'status.errorUnexpected': 'The server sent an unexpected response ({path}: HTTP {status}, {contentType}).',
  'status.errorNotReady': '{message} ({code})',
  'status.requestId': 'Request ID: {id}',
  'status.unknownContentType': 'no content type',

  'module.underConstruction': 'This module is under construction',
  'module.underConstructionHint': 'The {module} features are being developed and will appear here once released.',
  'module.backToWorkbench': 'Back to the workbench',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at {path}. It may have moved, or the address may be mistyped.',

  'error.title': 'Something went wrong',
  'error.body': 'The page could not be loaded. Reload and try again.',
  'error.reload': 'Reload page',

  ...commonEn,
  ...authEn,
  ...unitsEn,
  ...peopleEn,
  ...tokensAuditEn,
  ...citizenEn,
  ...supervisionEn,
  ...textAidsEn,
  ...dashboardEn,
  ...insightEn,
  ...casesEn,
  ...intakeEn,
  ...programmesEn,
  ...topicsOfficeEn,
  ...programmeEditingEn,
};
