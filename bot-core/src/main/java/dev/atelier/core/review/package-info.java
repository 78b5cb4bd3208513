/** Submissions and reviews: the intern hands in work, the mentor approves it or asks for changes. */
package dev.atelier.core.review;
