/**
 * Plans that fit a worker's week: each milestone's estimate (its own, or a share of the task's hours), the
 * hours the intern has (weekly hours, working window, quiet hours, days away and holidays, in the intern's
 * time zone), the check that every due date can be met, a fitting date when one cannot, and logged hours
 * against the estimates (burn-up per milestone).
 */
package dev.atelier.core.planfit;
