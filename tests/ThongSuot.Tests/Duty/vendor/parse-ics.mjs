// Test helper: parses an .ics file with ical.js (an independent RFC 5545 implementation) and prints its events as JSON.
import { readFileSync } from 'node:fs';
import ICAL from './ical.mjs';

const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
const events = calendar.getAllSubcomponents('vevent').map(c => {
  const e = new ICAL.Event(c);
  return {
    uid: e.uid, summary: e.summary, description: e.description, location: e.location,
    start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString(),
    tzid: e.startDate.zone ? e.startDate.zone.tzid : null,
  };
});
process.stdout.write(JSON.stringify({ name: calendar.getFirstPropertyValue('x-wr-calname'), events }));
