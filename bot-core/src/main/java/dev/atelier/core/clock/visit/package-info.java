/**
 * The clock's visits to one internship: each active internship has a visit planned as due work for the
 * next moment something may fall due for it (a reminder's occasion, its stall threshold, at the latest a
 * day later), and every change to it, its questions or its check-in plans one at once. A visit plans the
 * reminders whose occasion came, raises or clears the stall flag, keeps the check-in's due work in step,
 * plans its next visit and, at most once an hour per community, a look at the mentors' load. So the
 * clock's periodic work follows what is due or changed, not how many internships are stored.
 */
package dev.atelier.core.clock.visit;
