/**
 * Peer help: a question still unanswered after the community's number of hours (12 by default) is
 * offered once in the cohort's channel (or the community's peer-help channel) with a thread where
 * peers and other mentors can answer, unless the asker kept it from peers or moderators turned
 * peer help off. Helpers who answer first get the credit in {@code status}.
 */
package dev.atelier.core.peerhelp;
