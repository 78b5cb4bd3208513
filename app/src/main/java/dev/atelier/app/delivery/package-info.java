/**
 * Delivery of the outbox: a Quartz job drains it every second on each instance (the lanes are claimed in
 * MongoDB, so instances never deliver an item twice), and Micrometer counts deliveries, retries and drops
 * and gauges the outbox's depth and the age of its oldest item.
 */
package dev.atelier.app.delivery;
