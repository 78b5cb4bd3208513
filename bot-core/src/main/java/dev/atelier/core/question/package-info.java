/**
 * Questions an intern asks their mentor: the aggregate with its state machine (open, answered,
 * resolved, reopened), its store port and the use cases ask, resolve, reopen and the mentor's queue.
 */
package dev.atelier.core.question;
