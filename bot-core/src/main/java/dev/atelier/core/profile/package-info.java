/**
 * Member profiles: skills with levels, learning and career goals, time zone and working hours,
 * weekly hours, a short bio; for mentors expertise and capacity; pauses and don't-pair lists.
 * Members see and edit only their own; moderators see everyone's in their community.
 */
package dev.atelier.core.profile;
